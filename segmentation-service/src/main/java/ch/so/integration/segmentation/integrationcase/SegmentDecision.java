package ch.so.integration.segmentation.integrationcase;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A segment decision (SG-02..SG-04, SG-08): the segment, the structured reason (need categories and text; never
 * personality traits), its validity and when its review is due. Never changed once taken.
 */
@Entity
@Table(name = "segment_decision")
public class SegmentDecision {

    @Id
    private UUID id;

    @Column(name = "sequence_no", nullable = false)
    private int sequenceNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DecisionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Segment segment;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_segment", length = 1)
    private Segment previousSegment;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "review_due_on", nullable = false)
    private LocalDate reviewDueOn;

    @ElementCollection
    @CollectionTable(name = "segment_decision_need", joinColumns = @JoinColumn(name = "decision_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "need", nullable = false, length = 40)
    private Set<NeedCategory> needs = new HashSet<>();

    @Column(nullable = false, length = SegmentRules.MAX_REASON_LENGTH)
    private String reason;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected SegmentDecision() {
    }

    SegmentDecision(int sequenceNo, DecisionKind kind, Segment segment, Segment previousSegment,
                    SegmentRules.Validity validity, Set<NeedCategory> needs, String reason, String decidedBy,
                    OffsetDateTime recordedAt) {
        this.id = UUID.randomUUID();
        this.sequenceNo = sequenceNo;
        this.kind = kind;
        this.segment = segment;
        this.previousSegment = previousSegment;
        this.decidedOn = validity.decidedOn();
        this.validUntil = validity.validUntil();
        this.reviewDueOn = validity.reviewDueOn();
        this.needs = new HashSet<>(needs);
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public int sequenceNo() {
        return sequenceNo;
    }

    public DecisionKind kind() {
        return kind;
    }

    public Segment segment() {
        return segment;
    }

    public Segment previousSegment() {
        return previousSegment;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public LocalDate reviewDueOn() {
        return reviewDueOn;
    }

    public Set<NeedCategory> needs() {
        return needs.isEmpty() ? Set.of() : EnumSet.copyOf(needs);
    }

    public String reason() {
        return reason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
