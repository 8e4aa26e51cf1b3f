package ch.so.integration.iiz.roundtable;

/** SCHEDULED (invitations out), HELD (minutes recorded), CANCELLED. */
public enum RoundTableStatus {
    SCHEDULED, HELD, CANCELLED
}
