package ch.so.integration.billing.participation;

/**
 * PENDING until intake activates the placement; ACTIVE from its start; ENDED after the exit (billed up to the exit
 * day); CANCELLED when it ended before it started (never billed).
 */
public enum ParticipationStatus {
    PENDING, ACTIVE, ENDED, CANCELLED
}
