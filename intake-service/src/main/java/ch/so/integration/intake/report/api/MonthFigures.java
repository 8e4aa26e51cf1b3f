package ch.so.integration.intake.report.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One month of the intake report. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "IntakeReportMonth")
public record MonthFigures(
        @Schema(implementation = String.class, pattern = "^[0-9]{4}-[0-9]{2}$", examples = "2026-03",
                description = "The month (YYYY-MM)") YearMonth month,
        @Schema(description = "The month's last day: the day occupancy is counted on") LocalDate monthEnd,
        @Schema(description = "All five placement types, in the order of the type enum, zeros included")
        List<TypeFigures> types,
        @Schema(description = "The sums over the types; capacity and occupancy over the types with a capacity")
        Figures total) {
}
