package ch.so.integration.intake.report.api;

import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The intake report (DC-10, DC-19): per month, the figures of every placement type and their total. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "IntakeReport", description = "Counts only, no personal data. One entry per month of the period, "
        + "in order; each lists all five placement types (zeros included) and a total.")
public record IntakeReportView(
        @Schema(implementation = String.class, pattern = "^[0-9]{4}-[0-9]{2}$", examples = "2026-01",
                description = "First month (YYYY-MM)") YearMonth from,
        @Schema(implementation = String.class, pattern = "^[0-9]{4}-[0-9]{2}$", examples = "2026-12",
                description = "Last month (YYYY-MM), included") YearMonth to,
        List<MonthFigures> months) {
}
