package ch.so.integration.billing.record.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A day attended: 0 < hours <= 24, at most two decimals. */
public record DayDto(@Schema(examples = "2026-03-02") LocalDate date, @Schema(examples = "7.5") BigDecimal hours) {
}
