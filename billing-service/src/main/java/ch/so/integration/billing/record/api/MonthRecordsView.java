package ch.so.integration.billing.record.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A participant's recorded month.
 *
 * @param revision  0 while nothing was recorded; counts up with every change (an identical resubmission keeps it)
 * @param changedAt when the records last changed, null while none
 * @param abort     null when none
 */
public record MonthRecordsView(UUID participationId, String month, int revision, OffsetDateTime changedAt,
                               List<DayDto> days, List<SessionDto> sessions, AbortDto abort,
                               List<ModuleTotalView> moduleHours) {
}
