package ch.so.integration.daycenter.mis.api;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** DC-19: one month of the MIS, per work area and in total. Counts only, no personal data. */
public record MisReport(
        @Schema(examples = "2031-05") String month,
        List<Figures> areas,
        Figures total) {

    /** The name of the total row. */
    public static final String TOTAL = "TOTAL";

    public record Figures(
            @Schema(description = "The work area's name, or TOTAL") String area,
            @Schema(description = "Participants per half-day; null for an area the day center does not know")
            Integer capacityPerHalfDay,
            @Schema(description = "Days the area is open in the month (Mon-Fri without company holidays); "
                    + "for the total the weekdays") int openDays,
            @Schema(description = "capacityPerHalfDay x 2 x openDays: half-day slots") Long capacityHalfDays,
            @Schema(description = "Head count: places held on the month's last day that list the area; "
                    + "a participant in two areas counts in both areas, once in the total") long participantsAtMonthEnd,
            @Schema(description = "Pensum-weighted half-days held at month end: per place Pensum % x 2 / 100 per open "
                    + "day, split evenly across its areas, x openDays; the total counts each place once (areas with "
                    + "capacity only), summed unrounded; one decimal, half up", examples = "79.2")
            BigDecimal heldHalfDays,
            @Schema(description = "heldHalfDays / capacityHalfDays x 100 (from the unrounded held half-days), one "
                    + "decimal, half up; null without capacity")
            BigDecimal occupancyPercent,
            @Schema(description = "Half-days planned in the area in the month (weekly plans)") long plannedHalfDays,
            @Schema(description = "plannedHalfDays / capacityHalfDays x 100, one decimal; null without capacity")
            BigDecimal plannedPercent,
            @Schema(description = "Places starting in the month") long entries,
            @Schema(description = "Places ended in the month") long exits) {
    }
}
