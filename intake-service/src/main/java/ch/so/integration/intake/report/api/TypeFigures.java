package ch.so.integration.intake.report.api;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.placement.PlacementType;

/** One placement type's figures in one month. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "IntakeReportTypeFigures")
public record TypeFigures(
        PlacementType type,
        @Schema(description = "The type's German name", examples = "IVSE B extern") String label,
        @Schema(description = Figures.ENTRIES) long entries,
        @Schema(description = Figures.TRANSFERS) long transfers,
        @Schema(description = Figures.TRANSFERS_OUT) long transfersOut,
        @Schema(description = Figures.EXITS) long exits,
        @Schema(description = Figures.OCCUPIED) long occupiedAtMonthEnd,
        @Schema(description = Figures.CAPACITY, nullable = true) Integer capacity,
        @Schema(description = Figures.OCCUPANCY, nullable = true, examples = "87.5") BigDecimal occupancyPercent) {

    public Figures figures() {
        return new Figures(entries, transfers, transfersOut, exits, occupiedAtMonthEnd, capacity, occupancyPercent);
    }
}
