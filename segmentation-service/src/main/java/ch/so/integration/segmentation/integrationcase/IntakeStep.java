package ch.so.integration.segmentation.integrationcase;

import java.util.Optional;

/**
 * SG-01: the steps of process 2010 "Intake und Kurzassessment" after the administrative case intake (opening the
 * case), in order. The initial segmentation follows the short assessment and is recorded as the first segment
 * decision.
 */
public enum IntakeStep {
    FIRST_COUNSELLING,
    NEED_AND_ENTITLEMENT_CHECK,
    SUBSIDIARITY_CHECK,
    SHORT_ASSESSMENT;

    public static IntakeStep first() {
        return values()[0];
    }

    public Optional<IntakeStep> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }
}
