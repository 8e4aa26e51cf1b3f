package ch.so.integration.intake.intakecase;

/** Where an intake case stands. */
public enum IntakeCaseStatus {
    /** Steps are being recorded. */
    OPEN,
    /** The last step (case-management opening) is recorded. */
    COMPLETED,
    /** The intake was stopped before it completed. */
    WITHDRAWN
}
