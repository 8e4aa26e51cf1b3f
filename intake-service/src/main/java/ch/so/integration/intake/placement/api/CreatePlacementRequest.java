package ch.so.integration.intake.placement.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.placement.PlacementType;

public record CreatePlacementRequest(
        @NotNull(message = "is required") UUID personId,
        @NotNull(message = "is required") PlacementType type,
        @Schema(examples = "2026-12-01") @NotNull(message = "is required") LocalDate startDate,
        @Schema(description = "Pensum in % (DC-05: 10 % steps)", examples = "60")
        @NotNull(message = "is required") @Min(value = 10, message = "must be 10 to 100 in steps of 10 (DC-05)")
        @Max(value = 100, message = "must be 10 to 100 in steps of 10 (DC-05)") Integer pensumPercent) {
}
