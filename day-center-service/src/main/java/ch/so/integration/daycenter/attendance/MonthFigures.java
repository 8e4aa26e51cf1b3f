package ch.so.integration.daycenter.attendance;

import java.math.BigDecimal;

/** A participant's attendance figures of a month, as month close reports them. */
public record MonthFigures(int daysWorked, BigDecimal hoursWorked, int absent, int unexcused, int excused, int sick,
                           int vacationDays, int plannedPensumPercent, int actualPensumPercent) {
}
