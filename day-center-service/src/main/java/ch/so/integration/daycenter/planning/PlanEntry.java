package ch.so.integration.daycenter.planning;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ch.so.integration.daycenter.area.HalfDay;

/** DC-04: one participant planned in one work area for one half-day. */
@Entity
@Table(name = "plan_entry")
public class PlanEntry {

    @Id
    private UUID id;

    @Column(name = "placement_id", nullable = false)
    private UUID placementId;

    @Column(name = "plan_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "half_day", nullable = false, length = 10)
    private HalfDay halfDay;

    @Column(name = "area_id", nullable = false)
    private UUID areaId;

    @Column(name = "planned_at", nullable = false)
    private OffsetDateTime plannedAt;

    protected PlanEntry() {
    }

    PlanEntry(PlanCheck.Candidate candidate, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.placementId = candidate.placementId();
        this.date = candidate.date();
        this.halfDay = candidate.halfDay();
        this.areaId = candidate.areaId();
        this.plannedAt = now;
    }

    PlanCheck.Candidate asCandidate() {
        return new PlanCheck.Candidate(placementId, date, halfDay, areaId);
    }

    public UUID id() {
        return id;
    }

    public UUID placementId() {
        return placementId;
    }

    public LocalDate date() {
        return date;
    }

    public HalfDay halfDay() {
        return halfDay;
    }

    public UUID areaId() {
        return areaId;
    }

    public OffsetDateTime plannedAt() {
        return plannedAt;
    }
}
