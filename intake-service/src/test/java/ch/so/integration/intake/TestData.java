package ch.so.integration.intake;

import java.util.concurrent.ThreadLocalRandom;

import ch.so.integration.testing.TestAhvNumbers;

/** Fresh, valid test data so tests never collide in the shared test database. */
public final class TestData {

    private TestData() {
    }

    /** A random valid AHV number (756 prefix, EAN-13 check digit), formatted with dots. */
    public static String ahvNumber() {
        return TestAhvNumbers.next();
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
