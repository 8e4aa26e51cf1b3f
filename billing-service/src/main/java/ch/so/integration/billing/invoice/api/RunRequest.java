package ch.so.integration.billing.invoice.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Run a month for a creditor (AM-07). */
public record RunRequest(
        @NotNull(message = "is required") UUID creditorId,
        @NotNull(message = "is required")
        @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month as YYYY-MM") String month) {
}
