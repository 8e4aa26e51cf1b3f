package ch.so.integration.iiz.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ch.so.integration.platform.web.ProblemException;

/** IZ-09: a review (Standortbestimmung) held at the agreed interval or on demand, with its outcome and adjustments. */
@Entity
@Table(name = "iiz_monitoring_review")
public class MonitoringReview {

    public enum Kind { SCHEDULED, ON_DEMAND }

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false, length = 4000)
    private String outcome;

    @Column(length = 4000)
    private String adjustments;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected MonitoringReview() {
    }

    /**
     * IZ-09: a SCHEDULED review needs an agreed interval (409 IZ-09 otherwise); an ON_DEMAND one can be held any time.
     * The date must not lie in the future.
     */
    public static MonitoringReview hold(UUID caseId, Monitoring schedule, LocalDate heldOn, Kind kind, String outcome,
                                        String adjustments, String by, Clock clock) {
        if (heldOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("heldOn", "must not lie in the future");
        }
        if (kind == Kind.SCHEDULED && schedule == null) {
            throw ProblemException.rule(Monitoring.RULE, "IZ-09: no review interval is agreed for this case yet; agree "
                    + "one, or record the review as ON_DEMAND.");
        }
        MonitoringReview review = new MonitoringReview();
        review.id = UUID.randomUUID();
        review.caseId = caseId;
        review.heldOn = heldOn;
        review.kind = kind;
        review.outcome = outcome.strip();
        review.adjustments = adjustments == null || adjustments.isBlank() ? null : adjustments.strip();
        review.recordedBy = by.length() > 100 ? by.substring(0, 100) : by;
        review.recordedAt = OffsetDateTime.now(clock);
        if (schedule != null) {
            schedule.reviewed(heldOn);
        }
        return review;
    }

    String fingerprint() {
        return heldOn + "|" + kind + "|" + outcome + "|" + adjustments;
    }

    public UUID id() { return id; }
    public UUID caseId() { return caseId; }
    public LocalDate heldOn() { return heldOn; }
    public Kind kind() { return kind; }
    public String outcome() { return outcome; }
    public String adjustments() { return adjustments; }
    public String recordedBy() { return recordedBy; }
    public OffsetDateTime recordedAt() { return recordedAt; }
}
