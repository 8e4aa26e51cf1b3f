package ch.so.integration.daycenter.place;

/** Where a participant's place stands. */
public enum PlaceStatus {
    /** Intake placed the participant; the place is reserved from the start date on. */
    RESERVED
}
