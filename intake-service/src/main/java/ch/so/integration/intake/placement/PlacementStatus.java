package ch.so.integration.intake.placement;

/** Where a placement stands. */
public enum PlacementStatus {
    /** Registered by intake; the place is being set up. */
    CREATED
}
