package ch.so.integration.segmentation.effort;

/**
 * What a caseworker spent the time on (SG-12: the pilot asks for the monthly effort per person per segment and for
 * the effort of intake and short assessment). The kinds follow the process steps of seed 001.
 */
public enum EffortKind {
    /** Process 2010: administrative intake, first counselling, need, entitlement and subsidiarity check. */
    INTAKE,
    /** Process 2010: the short assessment and the initial segmentation based on it. */
    SHORT_ASSESSMENT,
    /** Practical assessment or in-depth potential assessment (before a goal agreement, mostly V and O). */
    CLARIFICATION,
    /** Writing, agreeing and filing a goal agreement (SG-06). */
    GOAL_AGREEMENT,
    /** Counselling, measures and case-related inter-institutional work in the segment's process (2030 to 2060). */
    CASE_WORK,
    /** Process 2070: review (Standortbestimmung) and re-segmentation (SG-07). */
    REVIEW,
    /** Process 2080: aftercare after professional integration (SG-09). */
    AFTERCARE;

    /** Process 2010: reported as the effort of intake and short assessment, not as effort in a segment. */
    public boolean isIntakeProcess() {
        return this == INTAKE || this == SHORT_ASSESSMENT;
    }
}
