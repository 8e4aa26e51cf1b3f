package ch.so.integration.intake.assessment;

/** Why an assessment was made (DC-15, 000 §7). */
public enum AssessmentReason {
    /** An entry from stationary housing: always through the assessment. */
    ENTRY_FROM_STATIONARY_HOUSING,
    /** Any other entry that is assessed. */
    ENTRY,
    /** A move from one work area to another. */
    CHANGE_OF_AREA,
    /** Working in several areas: an area is added. */
    ADDITIONAL_AREA,
    /** The setting changes (IVSE B stationary, semi-stationary, external). */
    CHANGE_OF_SETTING,
    /** The work profile changes. */
    CHANGE_OF_PROFILE
}
