package ch.so.integration.segmentation.integrationcase;

/** Why a person left social assistance (SG-09, SG-10). */
public enum DetachmentReason {
    /** Professional integration: aftercare of at least 6 months follows (SG-09). */
    PROFESSIONAL_INTEGRATION,
    /** Other bodies pay (subsidiarity: insurance, relatives, assets). */
    SUBSIDIARITY,
    /**
     * Intake only: the need and entitlement check found no entitlement and the person is not followed as prevention
     * (SG-11).
     */
    NOT_ENTITLED,
    /** Intake only: the person withdrew the application. */
    WITHDRAWN,
    OTHER;

    /** Whether an intake may end with this reason (SG-01): everything but a professional integration. */
    public boolean endsIntake() {
        return this != PROFESSIONAL_INTEGRATION;
    }

    /** Whether a segmented case may leave assistance with this reason (SG-10). */
    public boolean endsIntegration() {
        return this != NOT_ENTITLED && this != WITHDRAWN;
    }
}
