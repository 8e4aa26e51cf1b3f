package ch.so.integration.billing.participation.api;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import ch.so.integration.billing.payer.CashBenefit;
import ch.so.integration.billing.payer.ResidencePermit;

/**
 * AM-06: a foreigner's application for a waiver of the rest: canton of residence, permit, cash benefits received
 * (empty when none), household size, monthly household income and household assets in CHF.
 */
public record WaiverApplicationRequest(
        @NotNull(message = "is required")
        @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter canton, e.g. SO")
        String residenceCanton,
        @NotNull(message = "is required")
        ResidencePermit permit,
        Set<CashBenefit> cashBenefits,
        @NotNull(message = "is required")
        @Min(value = 1, message = "must be 1 to 20") @Max(value = 20, message = "must be 1 to 20")
        Integer householdSize,
        @NotNull(message = "is required")
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 10, fraction = 2, message = "must be CHF with at most two decimals")
        BigDecimal monthlyHouseholdIncome,
        @NotNull(message = "is required")
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 12, fraction = 2, message = "must be CHF with at most two decimals")
        BigDecimal householdAssets) {
}
