package ch.so.integration.billing.record.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A month's submission; it replaces what was recorded for the month. Missing lists count as empty.
 *
 * @param abort null when there was none
 */
public record MonthRecordsRequest(
        @Schema(description = "Days attended, one entry per day, each with its hours") List<DayDto> days,
        @Schema(description = "Coaching sessions with their minutes") List<SessionDto> sessions,
        @Schema(description = "At most one unforeseen abort or no-show at the start (AM-07)") AbortDto abort) {
}
