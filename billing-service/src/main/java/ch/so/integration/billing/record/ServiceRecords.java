package ch.so.integration.billing.record;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The record package's answer to the participation and invoice packages: what a provider recorded for a
 * participant's month. Joins the caller's transaction; writes no audit record (the caller audits what it shows).
 */
public interface ServiceRecords {

    /** Empty lists and no abort when nothing was recorded. */
    MonthRecords of(UUID participationId, YearMonth month);

    /**
     * The month's records of many participations at once (a fixed number of queries, for the monthly run); a
     * participation without records maps to empty records.
     */
    java.util.Map<UUID, MonthRecords> of(java.util.Collection<UUID> participationIds, YearMonth month);

    /**
     * AM-07: the first abort or no-show recorded in a month before {@code month}, per participation that has one
     * (after it, later months are not full months).
     */
    java.util.Map<UUID, ch.so.integration.billing.calculation.AbortEvent> abortsBefore(
            java.util.Collection<UUID> participationIds, YearMonth month);

    /**
     * The month's revision: 0 while nothing was recorded; counts up with every change of the month's days, sessions,
     * abort or module hours (an identical resubmission changes nothing). An invoice remembers the revision it billed;
     * a higher one later means the month changed after invoicing (a correction in the next run).
     */
    int revision(UUID participationId, YearMonth month);

    /** Every month whose records changed after {@code since} (exclusive), oldest change first. */
    List<Revision> changedSince(OffsetDateTime since);

    /** A month's revision and when it last changed. */
    record Revision(UUID participationId, YearMonth month, int revision, OffsetDateTime changedAt) {
    }
}
