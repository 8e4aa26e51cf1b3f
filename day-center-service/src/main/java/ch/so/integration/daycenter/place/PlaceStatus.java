package ch.so.integration.daycenter.place;

/** Where a participant's place stands. */
public enum PlaceStatus {
    /** Intake placed the participant; the place is reserved from the start date on. */
    RESERVED,
    /** The placement started (financing granted, agreement signed). */
    ACTIVE,
    /** The placement ended; the place was held up to its end date. */
    ENDED,
    /** The placement was cancelled before it started. */
    CANCELLED
}
