package ch.so.integration.segmentation.measure;

/** SG-05: the catalogue of measure types (seed 001, processes 2030–2060). */
public enum MeasureType {
    /** Periodic counselling by the caseworker. */
    COUNSELLING("Periodische Beratung"),
    /** Clarify and enforce subsidiarity (claims against third parties). */
    SUBSIDIARITY_ENFORCEMENT("Abklärung und Durchsetzung der Subsidiarität"),
    /** Cooperation with the RAV. */
    RAV_COOPERATION("Zusammenarbeit mit dem RAV"),
    /** Support of placement in the first labour market. */
    PLACEMENT_SUPPORT("Unterstützung der Vermittlung"),
    LABOUR_MARKET_INTEGRATION("Arbeitsmarktintegration"),
    /** Praxisassessment (clarification). */
    PRACTICAL_ASSESSMENT("Praxisassessment"),
    /** Vertiefte Potenzialerfassung (clarification). */
    IN_DEPTH_POTENTIAL_ASSESSMENT("Vertiefte Potenzialerfassung"),
    QUALIFICATION("Qualifizierungsmassnahme"),
    INTEGRATION_COACHING("Integrationscoaching"),
    SOCIAL_INTEGRATION("Massnahme zur sozialen Integration"),
    STABILISATION("Stabilisierungsmassnahme"),
    OCCUPATION("Beschäftigungsmassnahme"),
    TEST_WORKPLACE("Testarbeitsplatz"),
    /** Contact with the IV office (disability insurance). */
    IV_CONTACT("Kontaktnahme mit der IV-Stelle");

    private final String label;

    MeasureType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
