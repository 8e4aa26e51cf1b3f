package ch.so.integration.daycenter.monthclose.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One participant's figures of a closed month. {@code ibbLevel} null: assessment pending. */
public record LineView(UUID placementId, UUID personId, String officialName, String firstName, int daysWorked,
                       BigDecimal hoursWorked, Absences absences, int vacationDays, int plannedPensumPercent,
                       int actualPensumPercent, Integer ibbLevel, List<String> workAreas,
                       BigDecimal motivationCompensation, String motivationCompensationArea,
                       OffsetDateTime correctedAt) {

    public record Absences(int absent, int unexcused, int excused, int sick) {
    }
}
