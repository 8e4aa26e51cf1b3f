package ch.so.integration.billing.participation.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** AM-07: the agreed days per week (1 to 5) and hours per day (above 0, at most 24, two decimals). */
public record ScheduleRequest(
        @NotNull(message = "is required")
        @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5")
        Integer daysPerWeek,
        @NotNull(message = "is required")
        @DecimalMin(value = "0", inclusive = false, message = "must be above 0")
        @DecimalMax(value = "24", message = "must be at most 24")
        @Digits(integer = 2, fraction = 2, message = "must have at most two decimals")
        BigDecimal hoursPerDay) {
}
