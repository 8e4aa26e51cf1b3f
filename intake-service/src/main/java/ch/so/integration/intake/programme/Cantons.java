package ch.so.integration.intake.programme;

import java.util.regex.Pattern;

/** The 26 canton abbreviations, as providers and the postal-code data name them. */
public final class Cantons {

    /** For {@code @Pattern}: exactly one canton abbreviation. */
    public static final String PATTERN = "AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|VS|ZG|ZH";

    private static final Pattern CANTON = Pattern.compile(PATTERN);

    private Cantons() {
    }

    public static boolean isCanton(String abbreviation) {
        return abbreviation != null && CANTON.matcher(abbreviation).matches();
    }
}
