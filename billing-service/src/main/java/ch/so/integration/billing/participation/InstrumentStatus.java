package ch.so.integration.billing.participation;

/** Intake's lifecycle of a financing instrument as billing follows it. */
public enum InstrumentStatus {
    REQUESTED, GRANTED, REFUSED, SUPERSEDED
}
