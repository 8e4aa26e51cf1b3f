package ch.so.integration.daycenter.monthclose;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/**
 * A participant's month was closed (one per participant holding the place in the month): attendance figures,
 * Pensum (DC-05), IBB level at month end (DC-16, null = assessment pending) and motivation compensation (DC-06).
 *
 * @param month                      yyyy-MM
 * @param hoursWorked                CHF-like decimal string with two places, e.g. "96.50"
 * @param actualPensumPercent        billing Pensum, rounded down to 10 % steps
 * @param motivationCompensation     CHF, "0.00" without work or without an area with work or service
 * @param motivationCompensationArea the area the amount comes from, null without compensation
 */
@EventType(aggregate = "attendance-month", name = "attendance-month-closed", version = 1)
public record AttendanceMonthClosed(UUID placementId, UUID personId, String month, int daysWorked,
                                    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal hoursWorked,
                                    Absences absences, int vacationDays, int plannedPensumPercent,
                                    int actualPensumPercent, Integer ibbLevel, List<String> workAreas,
                                    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal motivationCompensation,
                                    String motivationCompensationArea) implements DomainEvent {

    /** Absence days per kind (DC-03). */
    public record Absences(int absent, int unexcused, int excused, int sick) {
    }

    @Override
    public String aggregateId() {
        return placementId.toString();
    }
}
