package ch.so.integration.billing.calculation;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The service records of one participant in one month: attended days with hours, coaching sessions and at most one
 * abort/no-show event (which must fall in this month).
 *
 * @param abort null when there was none
 */
public record ParticipantMonth(Placement placement, YearMonth month, List<ServiceDay> days,
                               List<CoachingSession> sessions, AbortEvent abort) {

    public ParticipantMonth {
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(month, "month");
        days = List.copyOf(days);
        sessions = List.copyOf(sessions);
    }
}
