package ch.so.integration.intake.placement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One recorded change of a placement: what changed from what to what, effective when, on which assessment. */
@Embeddable
public class Mutation {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private MutationKind kind;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(name = "from_value", length = 300)
    private String fromValue;

    @Column(name = "to_value", length = 300)
    private String toValue;

    @Column(name = "assessment_id")
    private UUID assessmentId;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected Mutation() {
    }

    Mutation(MutationKind kind, LocalDate effectiveDate, String fromValue, String toValue, UUID assessmentId,
             OffsetDateTime recordedAt) {
        this.kind = kind;
        this.effectiveDate = effectiveDate;
        this.fromValue = fromValue;
        this.toValue = toValue;
        this.assessmentId = assessmentId;
        this.recordedAt = recordedAt;
    }

    public MutationKind kind() { return kind; }
    public LocalDate effectiveDate() { return effectiveDate; }
    public String fromValue() { return fromValue; }
    public String toValue() { return toValue; }
    public UUID assessmentId() { return assessmentId; }
    public OffsetDateTime recordedAt() { return recordedAt; }
}
