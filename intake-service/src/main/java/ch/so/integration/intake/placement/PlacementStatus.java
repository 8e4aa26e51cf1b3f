package ch.so.integration.intake.placement;

/**
 * PENDING until the financing instrument is granted and the agreement signed; ACTIVE from the start; ENDED after
 * an exit; CANCELLED when it ended before it started.
 */
public enum PlacementStatus {
    PENDING, ACTIVE, ENDED, CANCELLED;

    public boolean isOpen() {
        return this == PENDING || this == ACTIVE;
    }
}
