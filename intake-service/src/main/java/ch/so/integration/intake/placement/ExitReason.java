package ch.so.integration.intake.placement;

/** Why a placement ends. Notice given by a party keeps the agreement's notice period (DC-13); the others don't. */
public enum ExitReason {
    NOTICE_BY_PARTICIPANT(true),
    NOTICE_BY_INSTITUTION(true),
    MUTUAL_AGREEMENT(false),
    /** Without notice for an important reason, which must be stated. */
    EXTRAORDINARY(false),
    /** The programme or the booked modules ended as planned. */
    COMPLETED(false),
    /** An unforeseen abort or a no-show at the start (AM-07 limits what is billed). */
    ABORTED(false),
    /** A move to another setting or placement (DC-15), ending this one. */
    TRANSFER(false);

    private final boolean keepsNoticePeriod;

    ExitReason(boolean keepsNoticePeriod) {
        this.keepsNoticePeriod = keepsNoticePeriod;
    }

    public boolean keepsNoticePeriod() {
        return keepsNoticePeriod;
    }
}
