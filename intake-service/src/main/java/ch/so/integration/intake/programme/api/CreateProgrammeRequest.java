package ch.so.integration.intake.programme.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.programme.PostalCodeEntry;
import ch.so.integration.intake.programme.Programme;
import ch.so.integration.intake.programme.ProgrammeType;

/** A programme of a registered provider. */
public record CreateProgrammeRequest(
        @NotNull(message = "is required") UUID providerId,
        @NotNull(message = "is required") ProgrammeType type,
        @Schema(examples = "Gastro-Werkstatt")
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
        @Schema(description = "Postal code where the programme runs (the search measures distances from it)", examples = "4500")
        @NotBlank(message = "is required")
        @Pattern(regexp = PostalCodeEntry.ZIPCODE_PATTERN, message = "must be a Swiss postal code (4 digits)") String postalCode,
        @Schema(description = "Where it runs; defaults to the postal code's place", examples = "Solothurn")
        @Size(max = 100, message = "must be at most 100 characters") String town,
        @Schema(description = "Places", examples = "12")
        @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more")
        @Max(value = Programme.MAX_CAPACITY, message = "must be at most " + Programme.MAX_CAPACITY) Integer capacity,
        @Schema(description = "Leave out for Teillohn (CHF 0)")
        @Valid TariffsDto tariffs) {
}
