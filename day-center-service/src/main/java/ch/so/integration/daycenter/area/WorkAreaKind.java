package ch.so.integration.daycenter.area;

/** DC-06: whether a work area has work or a service for its participants; only those pay motivation compensation. */
public enum WorkAreaKind {
    /** The area has work: compensation CHF 50–100 per month. */
    WORK,
    /** The area provides a service: compensation CHF 50–100 per month. */
    SERVICE,
    /** Neither work nor a service: no compensation. */
    NONE;

    public boolean paysCompensation() {
        return this != NONE;
    }
}
