package ch.so.integration.billing.tariff.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.billing.tariff.IbbLevel;

/** DC-21: a new version of the monthly flat rate of an IBB level, open-ended from validFrom. */
public record NewDayCenterFlatRate(
        @NotNull(message = "is required") IbbLevel level,
        @Schema(examples = "1850.00")
        @NotNull(message = "is required") @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 8, fraction = 2, message = "must be an amount in CHF with at most 2 decimals")
        BigDecimal monthlyChf,
        @Schema(examples = "2027-01-01") @NotNull(message = "is required") LocalDate validFrom) {
}
