package ch.so.integration.intake.placement;

/** PG-05: the agreement is made with one of the two cooperating providers. */
public enum PasstGenauProvider {
    LEBENSHILFE_SUEDSCHWARZWALD("Lebenshilfe Südschwarzwald e.V."),
    ST_JOSEFSHAUS("St. Josefshaus");

    private final String label;

    PasstGenauProvider(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
