package ch.so.integration.intake.assessment;

/** An assessment is recorded once it is done, so it is completed from the start. */
public enum AssessmentStatus {
    COMPLETED
}
