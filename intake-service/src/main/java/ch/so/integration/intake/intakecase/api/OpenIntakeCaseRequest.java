package ch.so.integration.intake.intakecase.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.intakecase.IntakeUnit;

/** Opens a person's intake. */
public record OpenIntakeCaseRequest(
        @Schema(description = "Intake's person id") @NotNull(message = "is required") UUID personId,
        @Schema(description = "The unit that opens the case; Intake Work coordinates every case (DC-10)")
        @NotNull(message = "is required") IntakeUnit openedBy) {
}
