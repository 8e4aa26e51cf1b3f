package ch.so.integration.billing.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import ch.so.integration.billing.participation.ParticipationDirectory.ModuleLimit;

/**
 * PG-02: professional service hours are recorded only for a booked module, on a day of its planned window (from the
 * planned start to the planned end, both inclusive), and never beyond the module's hour limit (entry phase 48 h,
 * qualification 540 h, stabilisation 378 h, transition 324 h, job securing 30 h per calendar month and at most its
 * whole limit from intake). Job coaching has no limit of its own.
 *
 * <p>Reading: the window limits the day the service was rendered, not the day it is recorded: hours of a day inside
 * the window may be recorded later, also after the planned end. A day after the planned end is refused: the module's
 * duration is limited too (PG-02), and a longer module is a plan change in intake, which checks the duration.
 */
public final class ModuleHourLimits {

    public static final String RULE = "PG-02";

    private ModuleHourLimits() {
    }

    /** Why PG-02 refuses the entry, and the field it concerns. */
    public record Refusal(String field, String message) {
    }

    /**
     * @param booked      the participation's booked modules with their limits
     * @param moduleTotal the hours recorded for the module so far
     * @param monthTotal  the hours recorded for the module so far in the calendar month of {@code date}
     */
    public static Optional<Refusal> refusal(List<ModuleLimit> booked, String module, LocalDate date, BigDecimal hours,
                                            BigDecimal moduleTotal, BigDecimal monthTotal) {
        Optional<ModuleLimit> found = booked.stream().filter(m -> m.module().equals(module)).findFirst();
        if (found.isEmpty()) {
            String modules = booked.isEmpty() ? "none"
                    : booked.stream().map(ModuleLimit::module).collect(Collectors.joining(", "));
            return Optional.of(new Refusal("module", module + " is not booked for this participation (booked: "
                    + modules + ")"));
        }
        ModuleLimit limit = found.get();
        if (limit.plannedStart() != null && date.isBefore(limit.plannedStart())) {
            return Optional.of(new Refusal("date", "lies before the module's planned start on " + limit.plannedStart()));
        }
        if (limit.plannedEnd() != null && date.isAfter(limit.plannedEnd())) {
            return Optional.of(new Refusal("date", "lies after the module's planned end on " + limit.plannedEnd()
                    + "; a longer module needs a plan change in intake"));
        }
        BigDecimal total = moduleTotal.add(hours);
        if (limit.hourLimit() != null && total.compareTo(BigDecimal.valueOf(limit.hourLimit())) > 0) {
            return Optional.of(new Refusal("hours", "%s has at most %d h: %s h are recorded, %s h more would make %s h"
                    .formatted(module, limit.hourLimit(), plain(moduleTotal), plain(hours), plain(total))));
        }
        BigDecimal inMonth = monthTotal.add(hours);
        if (limit.monthlyHourLimit() != null
                && inMonth.compareTo(BigDecimal.valueOf(limit.monthlyHourLimit())) > 0) {
            return Optional.of(new Refusal("hours",
                    "%s has at most %d h a month: %s h are recorded in %s, %s h more would make %s h".formatted(
                            module, limit.monthlyHourLimit(), plain(monthTotal), YearMonth.from(date), plain(hours),
                            plain(inMonth))));
        }
        return Optional.empty();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
