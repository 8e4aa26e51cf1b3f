package ch.so.integration.billing.invoice.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import ch.so.integration.billing.payer.CashBenefit;
import ch.so.integration.billing.payer.DebtorKind;
import ch.so.integration.billing.payer.InstrumentKind;
import ch.so.integration.billing.payer.ResidencePermit;
import ch.so.integration.billing.tariff.ProgrammeType;

/**
 * Cost preview (issue #5 item 7): what a programme costs in a full month with this schedule, and who pays what, before
 * the cost approval is requested. The programme's tariffs as in the catalogue; the schedule as agreed; for coaching
 * the planned sessions' minutes; for Suchthilfe Stundenlohn the planned hours worked. {@code month} (YYYY-MM) picks
 * the tariffs valid then; default: next month.
 */
public record CostPreviewRequest(
        @NotNull(message = "is required") ProgrammeType programmeType,
        @DecimalMin(value = "0.00", message = "must not be negative") @Digits(integer = 6, fraction = 2,
                message = "CHF with at most two decimals") BigDecimal tariffPerDay,
        @DecimalMin(value = "0.00", message = "must not be negative") @Digits(integer = 6, fraction = 2,
                message = "CHF with at most two decimals") BigDecimal tariffPerCoachingHour,
        @DecimalMin(value = "0.00", message = "must not be negative") @Digits(integer = 6, fraction = 2,
                message = "CHF with at most two decimals") BigDecimal tariffPerHourWorked,
        @NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 5")
        @Max(value = 5, message = "must be 1 to 5") Integer daysPerWeek,
        @NotNull(message = "is required") @DecimalMin(value = "0.25", message = "must be at least 0.25")
        @DecimalMax(value = "12", message = "must be at most 12") BigDecimal hoursPerDay,
        @Size(max = 31, message = "at most 31 sessions a month") List<@NotNull @Min(value = 1,
                message = "a session lasts at least 1 minute") @Max(value = 600,
                message = "a session lasts at most 600 minutes") Integer> coachingSessionMinutes,
        @DecimalMin(value = "0", message = "must not be negative") @DecimalMax(value = "300",
                message = "must be at most 300") BigDecimal hoursWorkedPerMonth,
        @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month as YYYY-MM") String month,
        @NotNull(message = "is required") @Valid FinancingInput financing,
        @Valid WaiverInput waiverApplication) {

    /** Who would pay: the instrument to be requested and the debtor intake determined. */
    public record FinancingInput(@NotNull(message = "is required") InstrumentKind instrument,
                                 @NotNull(message = "is required") DebtorKind debtorKind,
                                 @NotBlank(message = "is required") @Size(max = 200) String debtorName) {
    }

    /** AM-06 waiver application of the participant (only with the canton subsidy). */
    public record WaiverInput(@NotBlank(message = "is required") @Size(min = 2, max = 2) String residenceCanton,
                              @NotNull(message = "is required") ResidencePermit permit,
                              Set<CashBenefit> cashBenefits,
                              @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
                              @Max(value = 20, message = "must be at most 20") Integer householdSize,
                              @NotNull(message = "is required") @DecimalMin(value = "0.00",
                                      message = "must not be negative") @Digits(integer = 9, fraction = 2,
                                      message = "CHF with at most two decimals") BigDecimal monthlyHouseholdIncome,
                              @NotNull(message = "is required") @DecimalMin(value = "0.00",
                                      message = "must not be negative") @Digits(integer = 10, fraction = 2,
                                      message = "CHF with at most two decimals") BigDecimal householdAssets) {
    }
}
