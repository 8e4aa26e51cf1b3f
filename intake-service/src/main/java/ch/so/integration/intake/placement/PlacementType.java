package ch.so.integration.intake.placement;

/** The kinds of placement intake makes. The three IVSE B settings are day-center places. */
public enum PlacementType {
    /** DC-07: a resident of stationary housing; organised by Intake Housing; always through the assessment. */
    IVSE_B_STATIONARY("IVSE B stationär (intern)"),
    /** DC-08: a resident of semi-stationary housing; places by capacity, without guarantee. */
    IVSE_B_SEMI_STATIONARY("IVSE B teilstationär (intern)"),
    /** DC-09: lives elsewhere and only wants a day-center place; needs an IV pension. */
    IVSE_B_EXTERNAL("IVSE B extern"),
    /** AM-02: a labour-market integration programme of a provider in the catalogue. */
    AMI_PROGRAMME("Arbeitsmarktintegrationsprogramm (AMI)"),
    /** PG-01, PG-02: pass(t)genau individual qualification modules, financed by a personal budget. */
    PASST_GENAU("pass(t)genau Individuelle Qualifizierung");

    private final String label;

    PlacementType(String label) {
        this.label = label;
    }

    /** The German name used in documents. */
    public String label() {
        return label;
    }

    /** Whether this is a day-center place (work areas, Pensum, attendance in the day center). */
    public boolean isDayCenter() {
        return this == IVSE_B_STATIONARY || this == IVSE_B_SEMI_STATIONARY || this == IVSE_B_EXTERNAL;
    }
}
