package ch.so.integration.segmentation.integrationcase;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A review (Standortbestimmung, SG-07): the structured evaluation of the goal agreement, the person's situation and
 * the labour market, and the decision it led to; or the final review of aftercare (SG-09). Its file note is stored
 * as a document.
 */
@Entity
@Table(name = "case_review")
public class Review {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewKind kind;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "goal_agreement_id", nullable = false)
    private UUID goalAgreementId;

    @ElementCollection
    @CollectionTable(name = "review_goal_evaluation", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<GoalEvaluation> evaluations = new ArrayList<>();

    @Column(nullable = false, length = IntegrationCase.MAX_TEXT)
    private String situation;

    @Column(name = "labour_market", length = IntegrationCase.MAX_TEXT)
    private String labourMarket;

    @Column(name = "decision_id")
    private UUID decisionId;

    @Column(name = "further_support_needed")
    private Boolean furtherSupportNeeded;

    @Column(name = "taken_over_by", length = 1000)
    private String takenOverBy;

    @Column(name = "file_note_id", nullable = false)
    private UUID fileNoteId;

    @Column(name = "held_by", nullable = false, length = 100)
    private String heldBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected Review() {
    }

    Review(ReviewKind kind, LocalDate heldOn, UUID goalAgreementId, List<GoalEvaluation> evaluations,
           String situation, String labourMarket, UUID decisionId, Boolean furtherSupportNeeded, String takenOverBy,
           String heldBy, OffsetDateTime recordedAt) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.heldOn = heldOn;
        this.goalAgreementId = goalAgreementId;
        this.evaluations = new ArrayList<>(evaluations);
        this.situation = situation;
        this.labourMarket = labourMarket;
        this.decisionId = decisionId;
        this.furtherSupportNeeded = furtherSupportNeeded;
        this.takenOverBy = takenOverBy;
        this.heldBy = heldBy;
        this.recordedAt = recordedAt;
        this.fileNoteId = UUID.randomUUID();
    }

    public UUID id() {
        return id;
    }

    public ReviewKind kind() {
        return kind;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public UUID goalAgreementId() {
        return goalAgreementId;
    }

    public List<GoalEvaluation> evaluations() {
        return List.copyOf(evaluations);
    }

    public String situation() {
        return situation;
    }

    public Optional<String> labourMarket() {
        return Optional.ofNullable(labourMarket);
    }

    public Optional<UUID> decisionId() {
        return Optional.ofNullable(decisionId);
    }

    public Optional<Boolean> furtherSupportNeeded() {
        return Optional.ofNullable(furtherSupportNeeded);
    }

    public Optional<String> takenOverBy() {
        return Optional.ofNullable(takenOverBy);
    }

    /** The file note's id, fixed when the review is taken (the note is written in the same transaction). */
    public UUID fileNoteId() {
        return fileNoteId;
    }

    public String heldBy() {
        return heldBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
