package ch.so.integration.platform.auth;

import java.util.List;

/**
 * The roles of the suite. A token carries them in its {@code groups} claim (Keycloak: realm roles mapped to
 * {@code groups}; {@code realm_access.roles} is read as a fallback). Every endpoint names the roles it admits.
 */
public final class Roles {

    /** Intake Work / Intake Housing / Intake Professional Integration: persons, placements, financing. */
    public static final String INTAKE = "intake";
    /** Social workers of the social regions: integration cases, segments, measures. */
    public static final String CASEWORKER = "caseworker";
    /** Coordination persons of the iiz office. */
    public static final String IIZ_COORDINATOR = "iiz-coordinator";
    /** Partner institutions and programme providers; their tokens carry an institution id. */
    public static final String PARTNER = "partner";
    /** Agogues and lead of the day center. */
    public static final String DAY_CENTER_STAFF = "day-center-staff";
    /** The day-center lead: besides the staff's rights, incidents and concerns (DC-17, DC-18). */
    public static final String DAY_CENTER_LEAD = "day-center-lead";
    /** Back office: tariffs, service records, invoices. */
    public static final String BILLING = "billing";
    /** The canton as payer and supervisor. */
    public static final String CANTON = "canton";
    /** Case-based controlling: anonymised figures only. */
    public static final String CONTROLLING = "controlling";
    /** Operators of the suite. */
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(
            INTAKE, CASEWORKER, IIZ_COORDINATOR, PARTNER, DAY_CENTER_STAFF, DAY_CENTER_LEAD, BILLING, CANTON,
            CONTROLLING, ADMIN);

    /** The claim that names a partner's institution. */
    public static final String INSTITUTION_CLAIM = "institution";

    private Roles() {
    }
}
