package ch.so.integration.daycenter.ibb;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** DC-16: an IBB (individual care need) level 0-4 for a participant, valid from a day, until a day or open. */
@Entity
@Table(name = "ibb_classification")
public class IbbClassification {

    @Id
    private UUID id;

    @Column(name = "placement_id", nullable = false)
    private UUID placementId;

    @Column(nullable = false)
    private int level;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "classified_by", nullable = false, length = 200)
    private String classifiedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 200)
    private String recordedBy;

    protected IbbClassification() {
    }

    IbbClassification(UUID placementId, int level, LocalDate validFrom, LocalDate validTo, String classifiedBy,
                      OffsetDateTime now, String actor) {
        this.id = UUID.randomUUID();
        this.placementId = placementId;
        this.level = level;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.classifiedBy = classifiedBy;
        this.recordedAt = now;
        this.recordedBy = actor;
    }

    /** A newer classification takes over: this one ends the day before. */
    void endBefore(LocalDate next) {
        this.validTo = next.minusDays(1);
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        return (validTo == null || !validTo.isBefore(from)) && (to == null || !to.isBefore(validFrom));
    }

    public UUID id() {
        return id;
    }

    public UUID placementId() {
        return placementId;
    }

    public int level() {
        return level;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public String classifiedBy() {
        return classifiedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
