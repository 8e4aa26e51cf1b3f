package ch.so.integration.daycenter.concern.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.daycenter.concern.ConcernAbout;
import ch.so.integration.daycenter.concern.ReportingOffice;

/** DC-18: a participant's concern, as the day-center lead records it. */
public record RaiseConcernRequest(
        @Schema(description = "The participant's placement (intake's placement id)")
        @NotNull(message = "is required") UUID placementId,
        @NotNull(message = "is required") ReportingOffice office,
        @NotNull(message = "is required") ConcernAbout about,
        @Schema(description = "The concern; confidential, never logged")
        @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String content,
        @Schema(description = "The day the participant raised it; not in the future", examples = "2026-11-20")
        @NotNull(message = "is required") LocalDate receivedOn) {
}
