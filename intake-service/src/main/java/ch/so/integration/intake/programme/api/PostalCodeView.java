package ch.so.integration.intake.programme.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.programme.PostalCodeEntry;

/** A postal code and the places it serves. */
public record PostalCodeView(
        String zipcode,
        List<Place> places,
        @Schema(examples = PostalCodeView.ATTRIBUTION) String attribution) {

    public static final String ATTRIBUTION = "Postal code data © GeoNames, CC BY 4.0";

    /** A place of the postal code, in a municipality (BFS number), with WGS84 coordinates. */
    public record Place(String place, int municipalityNumber, String canton, double latitude, double longitude) {
    }

    public static PostalCodeView of(String zipcode, List<PostalCodeEntry> entries) {
        return new PostalCodeView(zipcode, entries.stream().map(e -> new Place(e.place(), e.municipalityNumber(),
                e.cantonCode(), e.latitude(), e.longitude())).toList(), ATTRIBUTION);
    }
}
