package ch.so.integration.intake.report.api;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A month's figures summed over all placement types. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "IntakeReportTotal")
public record Figures(
        @Schema(description = ENTRIES) long entries,
        @Schema(description = TRANSFERS) long transfers,
        @Schema(description = TRANSFERS_OUT) long transfersOut,
        @Schema(description = EXITS) long exits,
        @Schema(description = OCCUPIED) long occupiedAtMonthEnd,
        @Schema(description = "The sum of the capacities that are known (null when none is)", nullable = true)
        Integer capacity,
        @Schema(description = "The placements of the types with a capacity that hold a place at the month's end, "
                + "in % of that capacity, 1 decimal (half up); null without capacity", nullable = true)
        BigDecimal occupancyPercent) {

    static final String ENTRIES = "Placements whose start date lies in the month, counted for the type they started "
            + "in; not CANCELLED and not ended before their start";
    static final String TRANSFERS = "Transfers in: SETTING mutations (a move between IVSE B settings) effective in "
            + "the month, counted for the new setting";
    static final String TRANSFERS_OUT = "Transfers out: the same SETTING mutations, counted for the old setting";
    static final String EXITS = "Placements with status ENDED whose end date (last day) lies in the month, counted "
            + "for the type they ended in. A cancelled placement (it never started) is no exit";
    static final String OCCUPIED = "Placements holding a place on the month's last day: not CANCELLED (PENDING ones "
            + "reserve their place, as for the DC-08 capacity check), start date on or before that day, no end date "
            + "or an end date on or after it; counted for the type they had on that day";
    static final String CAPACITY = "Places: IVSE B settings from the place capacities (null when not set), "
            + "AMI_PROGRAMME the sum of the catalogue programmes' capacities (null without programmes), PASST_GENAU "
            + "null (modules, no places). The current values: no history of capacities is kept";
    static final String OCCUPANCY = "occupiedAtMonthEnd / capacity x 100, 1 decimal, rounded half up; null without a "
            + "capacity or with a capacity of 0";
}
