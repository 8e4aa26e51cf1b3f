package ch.so.integration.daycenter.attendance.api;

import java.util.List;
import java.util.UUID;

/** The recorded days of one month; {@code frozen} once the month is closed. */
public record MonthView(UUID placementId, String month, boolean frozen, List<DayView> days) {
}
