package ch.so.integration.intake.intakecase;

import java.util.Optional;

/** DC-11: the steps of the external intake, in the order they are done (000 §6.6). */
public enum IntakeStep {
    /** Anfragebearbeitung. */
    REQUEST,
    /** Erstgespräch. */
    FIRST_INTERVIEW,
    /** Eintrittsadministration. */
    ENTRY_ADMINISTRATION,
    /** Finanzierungsabklärung. */
    FINANCING_CLARIFICATION,
    /** Case-Management-Eröffnung: the last step; recording it completes the intake. */
    CASE_MANAGEMENT_OPENING;

    public static IntakeStep first() {
        return REQUEST;
    }

    /** The step after this one; empty after the last. */
    public Optional<IntakeStep> next() {
        IntakeStep[] steps = values();
        return ordinal() + 1 < steps.length ? Optional.of(steps[ordinal() + 1]) : Optional.empty();
    }

    public boolean isLast() {
        return next().isEmpty();
    }
}
