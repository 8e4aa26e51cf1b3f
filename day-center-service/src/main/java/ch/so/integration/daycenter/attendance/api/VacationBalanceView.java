package ch.so.integration.daycenter.attendance.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** DC-03 balance in weeks; a week counts in the year of its Monday. */
public record VacationBalanceView(UUID placementId, int year, int entitlementWeeks, boolean entitlementOverridden,
                                  int takenWeeks, int remainingWeeks, List<LocalDate> weeksFrom) {
}
