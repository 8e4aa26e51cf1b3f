package ch.so.integration.daycenter.area;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What is planned in a work area, as far as closures (DC-02) and capacity changes (DC-04) need to know. Implemented
 * by the planning package (which owns the plan); declared here so that areas do not depend on planning. Counts
 * only, no participants.
 */
public interface AreaPlans {

    /** A day with {@code entries} planned half-days (one per participant and half-day) in the area. */
    record PlannedDay(LocalDate date, long entries) {
    }

    /** The half-day with the most participants planned in the area. */
    record BusiestHalfDay(LocalDate date, HalfDay halfDay, long planned) {
    }

    /** The days within {@code days} on which something is planned in the area, by date; one aggregate query. */
    List<PlannedDay> plannedDays(UUID areaId, DateRange days);

    /** The half-day on or after {@code from} with the most entries in the area (the earliest date of equals); empty if none. */
    Optional<BusiestHalfDay> busiestHalfDayFrom(UUID areaId, LocalDate from);
}
