package ch.so.integration.intake.programme.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.programme.Cantons;
import ch.so.integration.intake.programme.PostalCodeEntry;

/** A programme provider to register. */
public record CreateProviderRequest(
        @Schema(examples = "Regiomech AG")
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
        @Schema(examples = "Industriestrasse 12")
        @Size(max = 100, message = "must be at most 100 characters") String street,
        @Schema(examples = "4500")
        @NotBlank(message = "is required")
        @Pattern(regexp = PostalCodeEntry.ZIPCODE_PATTERN, message = "must be a Swiss postal code (4 digits)") String postalCode,
        @Schema(examples = "Solothurn")
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String town,
        @Schema(description = "Canton of the provider's seat", examples = "SO")
        @NotBlank(message = "is required")
        @Pattern(regexp = Cantons.PATTERN, message = "must be a canton abbreviation such as SO") String canton) {
}
