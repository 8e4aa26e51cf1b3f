package ch.so.integration.segmentation.effort.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.segmentation.effort.EffortKind;

/** SG-12: one day's time on a case, by kind of work. No free text: controlling needs none. */
public record RecordEffortRequest(
        @Schema(description = "The day worked; not in the future, not before the case was opened",
                examples = "2026-11-20")
        @NotNull(message = "is required") LocalDate workedOn,
        @Schema(description = "Minutes, 1 to 720", examples = "45")
        @NotNull(message = "is required") @Min(value = 1, message = "must be between 1 and 720")
        @Max(value = 720, message = "must be between 1 and 720") Integer minutes,
        @Schema(description = "INTAKE and SHORT_ASSESSMENT are process 2010; the others count as effort in the "
                + "segment the case is in on that day")
        @NotNull(message = "is required") EffortKind kind) {
}
