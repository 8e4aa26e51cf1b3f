package ch.so.integration.intake.intakecase.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.intakecase.IntakeCase;

/** Stops an open intake. */
public record WithdrawIntakeCaseRequest(
        @Schema(description = "Not in the future, not before the last recorded step's date", examples = "2026-11-20")
        @NotNull(message = "is required") LocalDate date,
        @Schema(description = "The responsible staff member's name or short id", examples = "ikw-mba")
        @NotBlank(message = "is required")
        @Size(max = IntakeCase.MAX_RESPONSIBLE_LENGTH, message = "must be at most 100 characters") String responsible) {
}
