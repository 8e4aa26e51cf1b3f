package ch.so.integration.billing.participation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** PG-02: a booked pass(t)genau module with its planned window and hour limit, as intake published it. */
@Embeddable
public class BookedModule {

    @Column(name = "module", nullable = false, length = 30)
    private String module;

    @Column(name = "planned_start", nullable = false)
    private LocalDate plannedStart;

    @Column(name = "planned_end", nullable = false)
    private LocalDate plannedEnd;

    @Column(name = "planned_hours", nullable = false)
    private int plannedHours;

    @Column(name = "hour_limit")
    private Integer hourLimit;

    protected BookedModule() {
    }

    public BookedModule(String module, LocalDate plannedStart, LocalDate plannedEnd, int plannedHours,
                        Integer hourLimit) {
        this.module = module;
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
        this.plannedHours = plannedHours;
        this.hourLimit = hourLimit;
    }

    public String module() { return module; }
    public LocalDate plannedStart() { return plannedStart; }
    public LocalDate plannedEnd() { return plannedEnd; }
    public int plannedHours() { return plannedHours; }
    public Integer hourLimit() { return hourLimit; }
}
