package ch.so.integration.daycenter.attendance.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** DC-05: the place's planned Pensum against the actual one of a month (see Pensum for the reading). */
public record PensumView(UUID placementId, String month, int plannedPercent, BigDecimal actualPercent,
                         int actualBillingPercent, int countedWorkdays, int dayPercentSum, List<WeekView> weeks) {

    public record WeekView(LocalDate monday, int percent) {
    }
}
