package ch.so.integration.intake.intakecase;

/** The three intake units of the WG Treffpunkt (000 §6.4–6.6). */
public enum IntakeUnit {
    /** Intake Arbeit: responsible for every entry, transfer and exit (DC-10). */
    INTAKE_WORK,
    /** Intake Wohnen: placements in the setting housing and day center. */
    INTAKE_HOUSING,
    /** Intake Berufliche Integration. */
    INTAKE_PROFESSIONAL_INTEGRATION
}
