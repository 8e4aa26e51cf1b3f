package ch.so.integration.billing.record.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.billing.calculation.AbortEvent;

/** AM-07: an unforeseen abort or a no-show at the start, on a date of the month. */
public record AbortDto(@Schema(examples = "2026-03-20") LocalDate date, AbortEvent.Kind kind) {
}
