package ch.so.integration.intake.report;

/** What the intake report counts per month and placement type (DC-10, DC-19). */
public enum Measure {
    /** Placements whose first day lies in the month. */
    ENTRIES,
    /** Transfers (SETTING mutations) into the type, effective in the month. */
    TRANSFERS_IN,
    /** Transfers out of the type, effective in the month. */
    TRANSFERS_OUT,
    /** Ended placements whose last day lies in the month. */
    EXITS,
    /** Placements that hold a place on the month's last day. */
    OCCUPIED_AT_MONTH_END
}
