package ch.so.integration.billing.participation;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The participation package's answer to the monthly run: every participation of a creditor that has something to
 * bill in a month (it ran on at least one day of the month), in a stable order (participant name, then id). Called
 * inside the run's transaction.
 */
public interface BillableMonths {

    List<BillableMonth> of(UUID creditorId, YearMonth month);

    /** The one participation's month, or empty when it did not run in that month. */
    java.util.Optional<BillableMonth> of(UUID creditorId, UUID participationId, YearMonth month);

    /**
     * DC-05: the revision of the day center's month of a participation (1 as closed, one more with each correction),
     * empty while the day center has not closed it; the run compares it to tell that a billed month's data changed.
     * (Added by the participation package.)
     */
    java.util.OptionalInt dayCenterRevision(UUID participationId, YearMonth month);
}
