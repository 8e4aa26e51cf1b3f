package ch.so.integration.intake.placement.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.placement.PlacementType;

/**
 * A mutation (DC-14), effective on a date. Give only what changes. Areas and setting move through the assessment
 * (DC-15). {@code redetermineFinancing} re-checks financing against the person's current circumstances (e.g. after
 * social assistance began or ended).
 */
public record ChangePlacementRequest(
        @NotNull(message = "is required") LocalDate effectiveDate,
        @Schema(description = "New Pensum in % (DC-05)") Integer pensumPercent,
        @Size(max = 10, message = "must name at most 10 areas")
        List<@NotBlank(message = "must not be blank") @Size(max = 80, message = "must be at most 80 characters") String> workAreas,
        @Schema(description = "New IVSE B setting (a transfer, DC-15)") PlacementType setting,
        Boolean externalDayStructure,
        UUID assessmentId,
        Boolean redetermineFinancing) {
}
