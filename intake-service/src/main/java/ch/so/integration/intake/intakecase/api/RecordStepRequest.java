package ch.so.integration.intake.intakecase.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.intakecase.IntakeCase;
import ch.so.integration.intake.intakecase.IntakeStep;

/** Records the next intake step (DC-11). */
public record RecordStepRequest(
        @Schema(description = "Must be the case's next step (DC-11 order)", examples = "FIRST_INTERVIEW")
        @NotNull(message = "is required") IntakeStep step,
        @Schema(description = "Not in the future, not before the previous step's date", examples = "2026-11-20")
        @NotNull(message = "is required") LocalDate date,
        @Schema(description = "The responsible staff member's name or short id (not the client's data)", examples = "ikw-mba")
        @NotBlank(message = "is required")
        @Size(max = IntakeCase.MAX_RESPONSIBLE_LENGTH, message = "must be at most 100 characters") String responsible,
        @Schema(description = "Optional")
        @Size(max = IntakeCase.MAX_NOTE_LENGTH, message = "must be at most 500 characters") String note) {
}
