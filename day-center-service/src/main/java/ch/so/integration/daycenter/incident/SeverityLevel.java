package ch.so.integration.daycenter.incident;

/**
 * DC-17: the classification grid's severity levels, as the Bündner Standard counts them (1 to 4). Our reading of the
 * levels: 1 boundary-violating (slight, unintended: "grenzverletzend"), 2 slightly abusive ("leicht übergriffig"),
 * 3 severely abusive ("schwer übergriffig"), 4 criminally relevant ("strafrechtlich relevant").
 */
public enum SeverityLevel {
    BOUNDARY_VIOLATING(1),
    SLIGHTLY_ABUSIVE(2),
    SEVERELY_ABUSIVE(3),
    CRIMINALLY_RELEVANT(4);

    private final int level;

    SeverityLevel(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }

    /** The level with this number, or null when there is none (1 to 4). */
    public static SeverityLevel of(int level) {
        for (SeverityLevel value : values()) {
            if (value.level == level) {
                return value;
            }
        }
        return null;
    }
}
