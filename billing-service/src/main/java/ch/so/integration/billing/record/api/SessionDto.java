package ch.so.integration.billing.record.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A coaching session: its minutes as held (billing rounds up to the quarter hour, AM-07). */
public record SessionDto(@Schema(examples = "2026-03-04") LocalDate date, @Schema(examples = "55") Integer minutes) {
}
