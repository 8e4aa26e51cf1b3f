package ch.so.integration.intake.placement;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A booked pass(t)genau module with its planned period and hours (PG-02). */
@Embeddable
public class ModuleBooking {

    @Enumerated(EnumType.STRING)
    @Column(name = "module", nullable = false, length = 30)
    private PasstGenauModule module;

    @Column(name = "planned_start", nullable = false)
    private LocalDate plannedStart;

    @Column(name = "planned_end", nullable = false)
    private LocalDate plannedEnd;

    @Column(name = "planned_hours", nullable = false)
    private int plannedHours;

    @Column(name = "ifd_mandate_reference", length = 60)
    private String ifdMandateReference;

    protected ModuleBooking() {
    }

    public ModuleBooking(PasstGenauModule module, LocalDate plannedStart, LocalDate plannedEnd, int plannedHours,
                         String ifdMandateReference) {
        this.module = module;
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
        this.plannedHours = plannedHours;
        this.ifdMandateReference = ifdMandateReference;
    }

    public PasstGenauModule module() {
        return module;
    }

    public LocalDate plannedStart() {
        return plannedStart;
    }

    public LocalDate plannedEnd() {
        return plannedEnd;
    }

    public int plannedHours() {
        return plannedHours;
    }

    public String ifdMandateReference() {
        return ifdMandateReference;
    }
}
