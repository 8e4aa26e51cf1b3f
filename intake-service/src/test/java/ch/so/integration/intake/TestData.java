package ch.so.integration.intake;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid test data so tests never collide in the shared test database. */
public final class TestData {

    private TestData() {
    }

    /** A random valid AHV number (756 prefix, EAN-13 check digit), formatted with dots. */
    public static String ahvNumber() {
        StringBuilder digits = new StringBuilder("756");
        for (int i = 0; i < 9; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int d = digits.charAt(i) - '0';
            sum += i % 2 == 0 ? d : 3 * d;
        }
        digits.append((10 - sum % 10) % 10);
        String s = digits.toString();
        return s.substring(0, 3) + "." + s.substring(3, 7) + "." + s.substring(7, 11) + "." + s.substring(11);
    }

    /** A name no other test uses. */
    public static String uniqueName(String base) {
        return base + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    public static String personJson(String ahv, String officialName, String firstName) {
        return """
                {"ahvNumber":"%s","officialName":"%s","firstName":"%s","sex":"FEMALE","dateOfBirth":"1990-04-17"}"""
                .formatted(ahv, officialName, firstName);
    }
}
