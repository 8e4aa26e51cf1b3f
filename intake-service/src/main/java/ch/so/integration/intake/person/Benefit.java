package ch.so.integration.intake.person;

/** Benefits a person draws; none is an empty set. They decide financing (DC-07..DC-09, AM-05, AM-06). */
public enum Benefit {
    /** Social assistance (Sozialhilfe), with a responsible social office. */
    SOCIAL_ASSISTANCE,
    /** An IV pension (Invalidenversicherung). */
    IV_PENSION,
    /** Unemployment insurance (ALV) cash benefits. */
    UNEMPLOYMENT_INSURANCE
}
