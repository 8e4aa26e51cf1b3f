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

    /** A Swiss woman born 1990 living in Solothurn with an IV pension (financeable for an external place). */
    public static String personJson(String ahv, String officialName, String firstName) {
        return personJson(ahv, officialName, firstName, "1990-04-17", "SO", """
                {"residencePermit":"SWISS","benefits":["IV_PENSION"]}""");
    }

    /** A person with the given date of birth, canton of residence and circumstances (JSON object). */
    public static String personJson(String ahv, String officialName, String firstName, String dateOfBirth,
                                    String canton, String circumstancesJson) {
        return """
                {"ahvNumber":"%s","officialName":"%s","firstName":"%s","sex":"FEMALE","dateOfBirth":"%s",
                 "address":{"street":"Hauptgasse","houseNumber":"1","postalCode":"4500","town":"Solothurn",
                            "municipalityBfsNumber":2601,"canton":"%s"},
                 "circumstances":%s}"""
                .formatted(ahv, officialName, firstName, dateOfBirth, canton, circumstancesJson);
    }
}
