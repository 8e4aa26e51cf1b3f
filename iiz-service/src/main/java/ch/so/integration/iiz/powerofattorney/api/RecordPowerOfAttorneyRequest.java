package ch.so.integration.iiz.powerofattorney.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** IZ-01: the signed Vollmacht (fields are checked by the aggregate, all at once). */
public record RecordPowerOfAttorneyRequest(
        @Schema(description = "The day the client signed") LocalDate signedOn,
        @Schema(description = "Last day of validity") LocalDate validUntil,
        @Schema(description = "The institutions it covers (ids as in partner tokens, and the social office)")
        List<String> institutions,
        @Schema(description = "Where the signed scan is filed (e.g. a DMS reference)") String scanReference) {
}
