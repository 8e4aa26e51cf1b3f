package ch.so.integration.billing.participation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import ch.so.integration.billing.payer.ServicePeriod;

/**
 * The billed days of a participation in a month (AM-07 entry and exit months, DC-05, PG-05): from the later of entry
 * and the 1st to the earlier of exit and the month's last day. A participation runs in a month when it was entered
 * (activated) on or before the month's last day and not left before its first day; a pending or cancelled one never
 * runs.
 */
public final class BillingPeriod {

    private BillingPeriod() {
    }

    public static Optional<ServicePeriod> of(ParticipationStatus status, LocalDate entry, LocalDate exit,
                                             YearMonth month) {
        if (status == ParticipationStatus.CANCELLED || status == ParticipationStatus.PENDING || entry == null) {
            return Optional.empty();
        }
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        if (entry.isAfter(last) || (exit != null && exit.isBefore(first))) {
            return Optional.empty();
        }
        LocalDate from = entry.isAfter(first) ? entry : first;
        LocalDate to = exit != null && exit.isBefore(last) ? exit : last;
        if (to.isBefore(from)) {
            return Optional.empty();
        }
        return Optional.of(new ServicePeriod(from, to));
    }
}
