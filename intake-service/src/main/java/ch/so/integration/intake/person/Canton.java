package ch.so.integration.intake.person;

import java.util.Set;

/** The 26 canton abbreviations. */
public final class Canton {

    public static final Set<String> ALL = Set.of("AG", "AI", "AR", "BE", "BL", "BS", "FR", "GE", "GL", "GR", "JU",
            "LU", "NE", "NW", "OW", "SG", "SH", "SO", "SZ", "TG", "TI", "UR", "VD", "VS", "ZG", "ZH");

    /** The canton the suite serves first; the waiver of AM-06 needs residence here. */
    public static final String SOLOTHURN = "SO";

    private Canton() {
    }

    public static boolean isValid(String abbreviation) {
        return abbreviation != null && ALL.contains(abbreviation);
    }
}
