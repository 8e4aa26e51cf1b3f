package ch.so.integration.intake.financing;

/** Who the invoices go to. */
public enum Debtor {
    /** The social office responsible for the person's social assistance. */
    SOCIAL_OFFICE("Zuständiger Sozialdienst"),
    /** Amt für Gesellschaft und Soziales (AGS), Canton Solothurn, via Evidence. */
    AGS("Amt für Gesellschaft und Soziales (AGS)"),
    /** The IVSE liaison office of the person's home canton. */
    IVSE_LIAISON_OFFICE("Ausserkantonale IVSE-Verbindungsstelle"),
    /** Another financing body named in the instrument (ALV, IV office, another canton's social office). */
    OTHER_FINANCING_BODY("Anderer Finanzierungsträger"),
    /** The participant as holder of a personal budget (PG-05). */
    BUDGET_HOLDER("Budgetnehmer/in"),
    /** Canton Solothurn for 50 %, the participant for the rest (AM-06). */
    CANTON_AND_PARTICIPANT("Kanton Solothurn (50 %) und Teilnehmer/in (50 %)");

    private final String label;

    Debtor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
