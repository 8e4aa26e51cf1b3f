package ch.so.integration.billing.participation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ch.so.integration.billing.tariff.IbbLevel;

/**
 * The day center's closed month of a participant (DC-05 actual Pensum, DC-16 IBB level at month end): what the
 * monthly flat rate (DC-21) is billed on. A correction replaces it and counts up {@code revision}, so the invoice
 * run can tell that the data changed since it billed the month.
 */
@Entity
@Table(name = "participation_day_center_month")
public class DayCenterMonth {

    @Id
    private UUID id;

    @Column(name = "participation_id", nullable = false)
    private UUID participationId;

    @Column(name = "month_start", nullable = false)
    private LocalDate monthStart;

    /** 0..4, null while the assessment is pending. */
    @Column(name = "ibb_level")
    private Integer ibbLevel;

    @Column(name = "planned_pensum_percent", nullable = false)
    private int plannedPensumPercent;

    @Column(name = "actual_pensum_percent", nullable = false)
    private int actualPensumPercent;

    @Column(name = "days_worked", nullable = false)
    private int daysWorked;

    @Column(name = "hours_worked", precision = 7, scale = 2)
    private BigDecimal hoursWorked;

    /** 1 for the first close; each correction (or repeated close) adds one. */
    @Column(nullable = false)
    private int revision;

    @Column(name = "corrected_date")
    private LocalDate correctedDate;

    @Column(name = "last_event_id", nullable = false)
    private UUID lastEventId;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Version
    private long version;

    protected DayCenterMonth() {
    }

    /** The figures of a closed or corrected month. */
    public record Figures(Integer ibbLevel, int plannedPensumPercent, int actualPensumPercent, int daysWorked,
                          BigDecimal hoursWorked) {
    }

    static DayCenterMonth closed(UUID participationId, YearMonth month, Figures figures, UUID eventId,
                                 OffsetDateTime now) {
        DayCenterMonth m = new DayCenterMonth();
        m.id = UUID.randomUUID();
        m.participationId = participationId;
        m.monthStart = month.atDay(1);
        m.revision = 0;
        m.replace(figures, null, eventId, now);
        return m;
    }

    /** A correction (or a repeated close) replaces the figures and counts up the revision. */
    void replace(Figures figures, LocalDate correctedDate, UUID eventId, OffsetDateTime now) {
        this.ibbLevel = figures.ibbLevel();
        this.plannedPensumPercent = figures.plannedPensumPercent();
        this.actualPensumPercent = figures.actualPensumPercent();
        this.daysWorked = figures.daysWorked();
        this.hoursWorked = figures.hoursWorked();
        this.correctedDate = correctedDate;
        this.lastEventId = eventId;
        this.receivedAt = now;
        this.revision++;
    }

    /** DC-16, DC-21: the IBB level billed on; assessment pending while none is set. */
    public IbbLevel level() {
        return ibbLevel == null ? IbbLevel.ASSESSMENT_PENDING : IbbLevel.values()[ibbLevel + 1];
    }

    public UUID id() { return id; }
    public UUID participationId() { return participationId; }
    public YearMonth month() { return YearMonth.from(monthStart); }
    public Integer ibbLevel() { return ibbLevel; }
    public int plannedPensumPercent() { return plannedPensumPercent; }
    public int actualPensumPercent() { return actualPensumPercent; }
    public int daysWorked() { return daysWorked; }
    public BigDecimal hoursWorked() { return hoursWorked; }
    public int revision() { return revision; }
    public LocalDate correctedDate() { return correctedDate; }
}
