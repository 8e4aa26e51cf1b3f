package ch.so.integration.intake.placement.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.placement.CourseStage;

/** AM-03: the next stage of an AMI programme's course; the final talk with its documents and follow-up. */
public record CourseStepRequest(
        @NotNull(message = "is required") CourseStage stage,
        @NotNull(message = "is required") @PastOrPresent(message = "must not lie in the future") LocalDate date,
        @Size(max = 1000, message = "must be at most 1000 characters") String note,
        @Schema(description = "Final talk: the report was issued") Boolean reportIssued,
        @Schema(description = "Final talk: the participation confirmation was issued") Boolean participationConfirmationIssued,
        @Schema(description = "Final talk: a work reference was issued (where due)") Boolean workReferenceIssued,
        @Schema(description = "Final talk: the follow-up agreed")
        @Size(max = 1000, message = "must be at most 1000 characters") String followUp) {
}
