package ch.so.integration.intake.placement.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.placement.ExitReason;

/** An exit (DC-13): when notice was given, the last day, why. */
public record ExitRequest(
        @NotNull(message = "is required") ExitReason reason,
        @Schema(description = "The day notice was given (required for notice by a party)") LocalDate noticeGivenOn,
        @Schema(description = "The placement's last day") @NotNull(message = "is required") LocalDate endDate,
        @Schema(description = "Why (required for an extraordinary exit)")
        @Size(max = 500, message = "must be at most 500 characters") String note) {
}
