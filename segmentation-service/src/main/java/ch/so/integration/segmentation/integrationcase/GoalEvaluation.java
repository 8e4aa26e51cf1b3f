package ch.so.integration.segmentation.integrationcase;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** SG-07: how far one goal of the goal agreement was reached, and why. */
@Embeddable
public class GoalEvaluation {

    @Column(name = "goal_id", nullable = false)
    private UUID goalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Achievement achievement;

    @Column(nullable = false, length = 2000)
    private String reason;

    protected GoalEvaluation() {
    }

    public GoalEvaluation(UUID goalId, Achievement achievement, String reason) {
        this.goalId = goalId;
        this.achievement = achievement;
        this.reason = reason;
    }

    public UUID goalId() {
        return goalId;
    }

    public Achievement achievement() {
        return achievement;
    }

    public String reason() {
        return reason;
    }
}
