package ch.so.integration.intake.financing;

/** The financing instruments a placement can rest on. */
public enum InstrumentKind {
    /** Kostengutsprache: cost approval of a financing body in the institution's canton (DC-07, DC-08, AM-05). */
    KGS("Kostengutsprache (KGS)"),
    /** Kostenübernahmegarantie: cost-coverage guarantee of the home canton's IVSE liaison office (DC-07..DC-09). */
    KUEG("Kostenübernahmegarantie (KÜG)"),
    /** No third-party approval: billed directly via Evidence with the AGS; the Evidence registration is recorded. */
    EVIDENCE_DIRECT("Direktabrechnung über Evidence mit dem AGS"),
    /** Cost approval of another financing body (e.g. a social office of another canton, ALV, IV). */
    OTHER_FINANCING_BODY("Kostengutsprache eines anderen Finanzierungsträgers"),
    /** PG-05: personal budget (§ 29 SGB IX) held by the participant. */
    PERSONAL_BUDGET("Persönliches Budget (§ 29 SGB IX)"),
    /** AM-06: the canton pays 50 %, the participant the rest (a waiver of the rest can be applied for). */
    CANTON_SUBSIDY("Kantonsbeitrag 50 % mit Selbstbehalt");

    private final String label;

    InstrumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
