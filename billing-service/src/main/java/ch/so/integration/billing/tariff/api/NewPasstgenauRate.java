package ch.so.integration.billing.tariff.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * PG-05: a new version of the rate per professional service hour, for one module or (module null) all modules,
 * open-ended from validFrom.
 */
public record NewPasstgenauRate(
        @Schema(description = "intake's module name, e.g. ENTRY_PHASE; omit for all modules", examples = "ENTRY_PHASE")
        @Pattern(regexp = MODULE_PATTERN, message = "must be a module name such as ENTRY_PHASE (A-Z, 0-9, _)")
        String module,
        @Schema(examples = "62.50")
        @NotNull(message = "is required") @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 8, fraction = 2, message = "must be an amount with at most 2 decimals")
        BigDecimal ratePerHour,
        @Schema(examples = "EUR")
        @NotNull(message = "is required") @Pattern(regexp = "CHF|EUR", message = "must be CHF or EUR")
        String currency,
        @Schema(examples = "2027-01-01") @NotNull(message = "is required") LocalDate validFrom) {

    public static final String MODULE_PATTERN = "[A-Z][A-Z0-9_]{0,39}";
}
