package ch.so.integration.billing.tariff.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.billing.tariff.ProgrammeType;
import ch.so.integration.billing.tariff.TariffUnit;

/** AM-01: a new version of the maximum tariff of a programme type in a unit, open-ended from validFrom. */
public record NewAmiMaximumTariff(
        @NotNull(message = "is required") ProgrammeType programmeType,
        @NotNull(message = "is required") TariffUnit unit,
        @Schema(examples = "85.00")
        @NotNull(message = "is required") @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 8, fraction = 2, message = "must be an amount in CHF with at most 2 decimals")
        BigDecimal maximumChf,
        @Schema(description = "Optional monthly cap in CHF")
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 8, fraction = 2, message = "must be an amount in CHF with at most 2 decimals")
        BigDecimal monthlyCapChf,
        @Schema(description = "First day of the new version; the open version of the key ends the day before. Not "
                + "before today unless the key has no version in force then", examples = "2027-01-01")
        @NotNull(message = "is required") LocalDate validFrom) {
}
