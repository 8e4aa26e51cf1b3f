package ch.so.integration.segmentation.integrationcase.api;

import java.util.UUID;

import ch.so.integration.segmentation.integrationcase.Achievement;

/** SG-07: one goal, how far it was reached (FULLY, PARTLY, NOT), and why. */
public record GoalEvaluationDto(UUID goalId, Achievement achievement, String reason) {
}
