package ch.so.integration.billing.record.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PG-02: professional service hours a pass(t)genau trainer rendered in a booked module on a day. */
public record ModuleHoursRequest(
        @Schema(required = true, examples = "ENTRY_PHASE", description = "the booked module, as intake names it")
        String module,
        @Schema(required = true, examples = "2026-12-03") LocalDate date,
        @Schema(required = true, examples = "2.5", description = "0 < hours <= 24, at most two decimals")
        BigDecimal hours,
        @Schema(description = "optional, at most 500 characters") String note) {
}
