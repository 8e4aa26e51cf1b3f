package ch.so.integration.billing.record;

import java.math.BigDecimal;
import java.util.List;

import ch.so.integration.billing.calculation.AbortEvent;
import ch.so.integration.billing.calculation.CoachingSession;
import ch.so.integration.billing.calculation.ServiceDay;

/**
 * A participant's recorded month: days with hours and coaching sessions (AMI programmes, AM-07), at most one abort or
 * no-show (null when none), and pass(t)genau professional service hours per module (PG-02, PG-05).
 */
public record MonthRecords(List<ServiceDay> days, List<CoachingSession> sessions, AbortEvent abort,
                           List<ModuleHoursEntry> moduleHours) {

    public MonthRecords {
        days = List.copyOf(days);
        sessions = List.copyOf(sessions);
        moduleHours = List.copyOf(moduleHours);
    }

    /** Hours recorded for a module in the month (summed over the month's entries). */
    public record ModuleHoursEntry(String module, BigDecimal hours) {
    }
}
