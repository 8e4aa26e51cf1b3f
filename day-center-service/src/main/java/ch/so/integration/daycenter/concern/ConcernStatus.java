package ch.so.integration.daycenter.concern;

/** DC-18: a concern goes RECEIVED, FORWARDED (to its office), IN_PROGRESS, CLOSED; one step at a time. */
public enum ConcernStatus {
    RECEIVED,
    FORWARDED,
    IN_PROGRESS,
    CLOSED;

    /** The only status this one may change to, or null for CLOSED. */
    public ConcernStatus next() {
        return this == CLOSED ? null : values()[ordinal() + 1];
    }

    public boolean mayChangeTo(ConcernStatus target) {
        return target != null && target == next();
    }
}
