package ch.so.integration.intake.person.api;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.person.Sex;

/** eCH-0044 identity of a person to register, with address and circumstances. */
public record RegisterPersonRequest(
        @Schema(description = "AHV number (AHVN13), with or without dots", examples = "756.9217.0769.85")
        @NotBlank(message = "is required") @ValidAhvNumber String ahvNumber,
        @Schema(description = "Official name (eCH-0044 officialName)", examples = "Muster")
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String officialName,
        @Schema(description = "First name (eCH-0044 firstName)", examples = "Anna")
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String firstName,
        @NotNull(message = "is required") Sex sex,
        @Schema(examples = "1990-04-17")
        @NotNull(message = "is required") @PastOrPresent(message = "must not lie in the future") LocalDate dateOfBirth,
        @NotNull(message = "is required") @Valid AddressDto address,
        @NotNull(message = "is required") @Valid CircumstancesDto circumstances) {
}
