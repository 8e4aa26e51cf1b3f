package ch.so.integration.platform.audit;

/** What was done with personal data. */
public enum AuditAction {
    CREATE, READ, SEARCH, UPDATE, DELETE,
    /** Personal data received from another service through an event. */
    RECEIVE
}
