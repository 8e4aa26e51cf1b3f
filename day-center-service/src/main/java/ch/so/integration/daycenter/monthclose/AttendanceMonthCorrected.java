package ch.so.integration.daycenter.monthclose;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/**
 * A day of a closed month was corrected: the participant's full new figures of the month (same fields as
 * AttendanceMonthClosed) and the corrected day. Consumers replace their figures for that month. The reason stays in
 * the day center (it may speak of health); billing gets the figures only.
 */
@EventType(aggregate = "attendance-month", name = "attendance-month-corrected", version = 1)
public record AttendanceMonthCorrected(UUID placementId, UUID personId, String month, int daysWorked,
                                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal hoursWorked,
                                       AttendanceMonthClosed.Absences absences, int vacationDays,
                                       int plannedPensumPercent, int actualPensumPercent, Integer ibbLevel,
                                       List<String> workAreas,
                                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal motivationCompensation,
                                       String motivationCompensationArea, LocalDate correctedDate)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return placementId.toString();
    }
}
