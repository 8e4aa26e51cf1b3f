package ch.so.integration.intake.person.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.person.Address;
import ch.so.integration.intake.programme.Cantons;

/** An eCH-0010-style Swiss address. */
@Schema(name = "Address")
public record AddressDto(
        @Schema(examples = "Hauptgasse") @NotBlank(message = "is required")
        @Size(max = 100, message = "must be at most 100 characters") String street,
        @Schema(examples = "12a") @Size(max = 12, message = "must be at most 12 characters") String houseNumber,
        @Schema(description = "Swiss postal code (4 digits)", examples = "4500")
        @NotBlank(message = "is required") @Pattern(regexp = "[1-9][0-9]{3}", message = "must be a 4-digit Swiss postal code")
        String postalCode,
        @Schema(examples = "Solothurn") @NotBlank(message = "is required")
        @Size(max = 40, message = "must be at most 40 characters") String town,
        @Schema(description = "BFS municipality number", examples = "2601")
        @NotNull(message = "is required") @Min(value = 1, message = "must be a BFS municipality number")
        @Max(value = 9999, message = "must be a BFS municipality number") Integer municipalityBfsNumber,
        @Schema(description = "Canton abbreviation", examples = "SO")
        @NotBlank(message = "is required")
        @Pattern(regexp = Cantons.PATTERN, message = "must be a canton abbreviation such as SO") String canton) {

    public Address toAddress() {
        return new Address(street, houseNumber, postalCode, town, municipalityBfsNumber, canton);
    }

    public static AddressDto of(Address address) {
        return address == null ? null : new AddressDto(address.street(), address.houseNumber(), address.postalCode(),
                address.town(), address.municipalityBfsNumber(), address.canton());
    }
}
