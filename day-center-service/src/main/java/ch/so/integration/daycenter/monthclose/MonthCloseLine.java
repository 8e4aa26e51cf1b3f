package ch.so.integration.daycenter.monthclose;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import ch.so.integration.daycenter.attendance.MonthFigures;
import ch.so.integration.platform.events.DomainEvent;

/** One participant's figures of a closed month. Registers AttendanceMonthClosed / AttendanceMonthCorrected. */
@Entity
@Table(name = "month_close_line")
public class MonthCloseLine {

    @Id
    private UUID id;

    @Column(nullable = false, length = 7)
    private String month;

    @Column(name = "placement_id", nullable = false)
    private UUID placementId;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "official_name", nullable = false, length = 100)
    private String officialName;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "days_worked", nullable = false)
    private int daysWorked;

    @Column(name = "hours_worked", nullable = false, precision = 6, scale = 2)
    private BigDecimal hoursWorked;

    @Column(nullable = false)
    private int absent;

    @Column(nullable = false)
    private int unexcused;

    @Column(nullable = false)
    private int excused;

    @Column(nullable = false)
    private int sick;

    @Column(name = "vacation_days", nullable = false)
    private int vacationDays;

    @Column(name = "planned_pensum_percent", nullable = false)
    private int plannedPensumPercent;

    @Column(name = "actual_pensum_percent", nullable = false)
    private int actualPensumPercent;

    @Column(name = "ibb_level")
    private Integer ibbLevel;

    /** Newline-separated area names. */
    @Column(name = "work_areas", nullable = false, length = 2000)
    private String workAreas;

    @Column(name = "motivation_compensation", nullable = false, precision = 7, scale = 2)
    private BigDecimal motivationCompensation;

    @Column(name = "motivation_compensation_area", length = 80)
    private String motivationCompensationArea;

    @Column(name = "corrected_at")
    private OffsetDateTime correctedAt;

    @Version
    private long version;

    @Transient
    private final List<DomainEvent> events = new ArrayList<>();

    protected MonthCloseLine() {
    }

    static MonthCloseLine close(String month, UUID placementId, UUID personId, String officialName, String firstName,
                                List<String> workAreas, MonthFigures figures, Integer ibbLevel,
                                MotivationCompensation.Award award) {
        MonthCloseLine line = new MonthCloseLine();
        line.id = UUID.randomUUID();
        line.month = month;
        line.placementId = placementId;
        line.personId = personId;
        line.officialName = officialName;
        line.firstName = firstName;
        line.workAreas = String.join("\n", workAreas);
        line.apply(figures, ibbLevel, award);
        line.events.add(new AttendanceMonthClosed(placementId, personId, month, line.daysWorked, line.hoursWorked,
                line.absences(), line.vacationDays, line.plannedPensumPercent, line.actualPensumPercent,
                line.ibbLevel, line.workAreas(), line.motivationCompensation, line.motivationCompensationArea));
        return line;
    }

    /** A traced correction: new figures, never silently. */
    void correct(MonthFigures figures, Integer ibbLevel, MotivationCompensation.Award award, LocalDate date,
                 String reason, OffsetDateTime now) {
        apply(figures, ibbLevel, award);
        this.correctedAt = now;
        events.add(new AttendanceMonthCorrected(placementId, personId, month, daysWorked, hoursWorked, absences(),
                vacationDays, plannedPensumPercent, actualPensumPercent, ibbLevel, workAreas(),
                motivationCompensation, motivationCompensationArea, date));
    }

    private void apply(MonthFigures figures, Integer ibbLevel, MotivationCompensation.Award award) {
        this.daysWorked = figures.daysWorked();
        this.hoursWorked = figures.hoursWorked().setScale(2);
        this.absent = figures.absent();
        this.unexcused = figures.unexcused();
        this.excused = figures.excused();
        this.sick = figures.sick();
        this.vacationDays = figures.vacationDays();
        this.plannedPensumPercent = figures.plannedPensumPercent();
        this.actualPensumPercent = figures.actualPensumPercent();
        this.ibbLevel = ibbLevel;
        this.motivationCompensation = award.amount();
        this.motivationCompensationArea = award.area();
    }

    List<DomainEvent> releaseEvents() {
        List<DomainEvent> released = List.copyOf(events);
        events.clear();
        return released;
    }

    AttendanceMonthClosed.Absences absences() {
        return new AttendanceMonthClosed.Absences(absent, unexcused, excused, sick);
    }

    public List<String> workAreas() {
        return workAreas.isEmpty() ? List.of() : Arrays.asList(workAreas.split("\n"));
    }

    public String month() {
        return month;
    }

    public UUID placementId() {
        return placementId;
    }

    public UUID personId() {
        return personId;
    }

    public String officialName() {
        return officialName;
    }

    public String firstName() {
        return firstName;
    }

    public int daysWorked() {
        return daysWorked;
    }

    public BigDecimal hoursWorked() {
        return hoursWorked;
    }

    public int vacationDays() {
        return vacationDays;
    }

    public int plannedPensumPercent() {
        return plannedPensumPercent;
    }

    public int actualPensumPercent() {
        return actualPensumPercent;
    }

    public Integer ibbLevel() {
        return ibbLevel;
    }

    public BigDecimal motivationCompensation() {
        return motivationCompensation;
    }

    public String motivationCompensationArea() {
        return motivationCompensationArea;
    }

    public OffsetDateTime correctedAt() {
        return correctedAt;
    }
}
