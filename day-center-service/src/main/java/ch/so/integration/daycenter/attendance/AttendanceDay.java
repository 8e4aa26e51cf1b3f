package ch.so.integration.daycenter.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ch.so.integration.platform.web.ProblemException;

/** One participant's workday (DC-03, DC-05): hours worked, or an absence kind, or a day of a vacation week. */
@Entity
@Table(name = "attendance_day")
public class AttendanceDay {

    @Id
    private UUID id;

    @Column(name = "placement_id", nullable = false)
    private UUID placementId;

    @Column(nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttendanceKind kind;

    @Column(precision = 4, scale = 2)
    private BigDecimal hours;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 200)
    private String recordedBy;

    /** Set when the day was corrected after its month was closed. */
    @Column(name = "correction_reason", length = 500)
    private String correctionReason;

    @Version
    private long version;

    protected AttendanceDay() {
    }

    static AttendanceDay of(UUID placementId, LocalDate day) {
        AttendanceDay d = new AttendanceDay();
        d.id = UUID.randomUUID();
        d.placementId = placementId;
        d.day = day;
        return d;
    }

    /** Exactly one of hours (worked) or kind (an absence, or VACATION as part of a whole week). */
    void set(BigDecimal hours, AttendanceKind kind, OffsetDateTime now, String actor) {
        if (hours != null) {
            if (!Workdays.validHours(hours)) {
                throw ProblemException.rule("DC-01",
                        "Hours must be more than 0 and at most 8.5 (08:00-16:30), in quarter hours.");
            }
            this.kind = AttendanceKind.WORKED;
            this.hours = hours.setScale(2);
        } else {
            this.kind = kind;
            this.hours = null;
        }
        this.recordedAt = now;
        this.recordedBy = actor;
    }

    void correct(BigDecimal hours, AttendanceKind kind, String reason, OffsetDateTime now, String actor) {
        set(hours, kind, now, actor);
        this.correctionReason = reason;
    }

    public UUID placementId() {
        return placementId;
    }

    public LocalDate day() {
        return day;
    }

    public AttendanceKind kind() {
        return kind;
    }

    public BigDecimal hours() {
        return hours;
    }

    public String correctionReason() {
        return correctionReason;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
