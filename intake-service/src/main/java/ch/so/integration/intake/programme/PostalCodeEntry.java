package ch.so.integration.intake.programme;

/**
 * One place of a Swiss postal code: the zip code, the place name, the municipality it lies in (BFS number), its
 * canton and its WGS84 coordinates. A zip code can serve several places, and a place can lie in several
 * municipalities; (zip code, place, municipality) identifies an entry.
 */
public record PostalCodeEntry(String zipcode, String place, int municipalityNumber, String cantonCode,
                              double latitude, double longitude) {

    /** A Swiss postal code: four digits, not starting with 0. */
    public static final String ZIPCODE_PATTERN = "[1-9][0-9]{3}";

    /** What identifies an entry. */
    public record Key(String zipcode, String place, int municipalityNumber) {
    }

    public Key key() {
        return new Key(zipcode, place, municipalityNumber);
    }

    public Coordinates coordinates() {
        return new Coordinates(latitude, longitude);
    }
}
