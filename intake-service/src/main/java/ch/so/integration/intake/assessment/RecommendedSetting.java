package ch.so.integration.intake.assessment;

/**
 * The IVSE B settings an assessment can recommend (DC-07 to DC-09). Placement owns its own setting type; the two
 * meet by name: {@link Assessment#recommendedSetting()} is this constant's name.
 */
public enum RecommendedSetting {
    IVSE_B_STATIONARY,
    IVSE_B_SEMI_STATIONARY,
    IVSE_B_EXTERNAL
}
