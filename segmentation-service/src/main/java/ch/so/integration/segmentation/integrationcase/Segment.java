package ch.so.integration.segmentation.integrationcase;

/** SG-02: the four norm strategies (segments). */
public enum Segment {
    /** Ablösen: expected off assistance within 6 months without significant social-work need. */
    A("Ablösen"),
    /** Verändern: professional integration reachable with measures. */
    V("Verändern"),
    /** Orientieren: unclear; in-depth clarification first. The default when the situation is unclear. */
    O("Orientieren"),
    /** Stabilisieren: no realistic integration; stabilise, social integration. */
    S("Stabilisieren");

    /** SG-02 / process 2010: offered when the situation is unclear. */
    public static final Segment DEFAULT_WHEN_UNCLEAR = O;

    private final String label;

    Segment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
