package ch.so.integration.intake.placement;

/** PG-01: the basis on which a person belongs to the pass(t)genau target group; NONE_OF_THESE is refused. */
public enum PasstGenauTargetGroup {
    /** A workshop recommendation (Werkstattempfehlung). */
    WORKSHOP_RECOMMENDATION,
    /** Coming from a sheltered workshop (WfbM). */
    FROM_SHELTERED_WORKSHOP,
    /** A significant disability (wesentliche Behinderung). */
    SIGNIFICANT_DISABILITY,
    MENTAL_IMPAIRMENT,
    AUTISM,
    NONE_OF_THESE;

    public boolean eligible() {
        return this != NONE_OF_THESE;
    }
}
