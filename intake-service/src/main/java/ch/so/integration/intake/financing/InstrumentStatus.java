package ch.so.integration.intake.financing;

/** REQUESTED from the financing body; GRANTED or REFUSED by it; SUPERSEDED when a mutation needs a new one. */
public enum InstrumentStatus {
    REQUESTED, GRANTED, REFUSED, SUPERSEDED
}
