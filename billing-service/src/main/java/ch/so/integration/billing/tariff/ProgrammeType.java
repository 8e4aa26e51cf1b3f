package ch.so.integration.billing.tariff;

/**
 * The AMI programme types of Canton Solothurn as billing knows them (AM-01). Billing's own list: no domain code is
 * shared with intake. The tariffs themselves are data in {@link AmiMaximumTariffs}.
 */
public enum ProgrammeType {
    INTEGRATION_ARBEIT("integration.arbeit"),
    COACHING("Coaching"),
    QUALIFIZIERUNG("Qualifizierung"),
    JUGENDPROGRAMM("Jugendprogramm"),
    BESCHAEFTIGUNG_I("Beschäftigung I"),
    BESCHAEFTIGUNG_I_PROGRAMM_R("Beschäftigung I: Programm R (Pilot)"),
    TRAUMAPROGRAMM("Traumaprogramm"),
    BESCHAEFTIGUNG_II("Beschäftigung II"),
    SUCHTHILFE_STUNDENLOHN("Suchthilfe Stundenlohn"),
    TEILLOHN("Teillohn");

    private final String label;

    ProgrammeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
