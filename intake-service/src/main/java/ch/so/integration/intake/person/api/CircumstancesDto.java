package ch.so.integration.intake.person.api;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.person.Benefit;
import ch.so.integration.intake.person.Circumstances;
import ch.so.integration.intake.person.GermanLevel;
import ch.so.integration.intake.person.ResidencePermit;

/**
 * What financing and programme access depend on. Household income and assets only for a possible waiver (AM-06),
 * the German level only where a programme needs it (AM-02).
 */
@Schema(name = "Circumstances")
public record CircumstancesDto(
        @Schema(description = "SWISS for Swiss citizens, else the permit") @NotNull(message = "is required")
        ResidencePermit residencePermit,
        @Schema(description = "Benefits drawn; empty for none") Set<Benefit> benefits,
        @Schema(description = "The social office responsible for the social assistance",
                examples = "Sozialregion Oberer Leberberg")
        @Size(max = 120, message = "must be at most 120 characters") String responsibleSocialOffice,
        @Schema(description = "Persons in the household (AM-06 waiver only)")
        @Min(value = 1, message = "must be at least 1") @Max(value = 20, message = "must be at most 20")
        Integer householdSize,
        @Schema(description = "Household income per month in CHF (AM-06 waiver only)")
        @DecimalMin(value = "0.00", message = "must not be negative")
        @Digits(integer = 10, fraction = 2, message = "must be an amount in CHF with at most 2 decimals")
        BigDecimal monthlyHouseholdIncome,
        @Schema(description = "Household assets in CHF (AM-06 waiver only)")
        @DecimalMin(value = "0.00", message = "must not be negative")
        @Digits(integer = 12, fraction = 2, message = "must be an amount in CHF with at most 2 decimals")
        BigDecimal householdAssets,
        @Schema(description = "CEFR level of German (AM-02: Coaching needs enough German)") GermanLevel germanLevel) {

    public Circumstances toCircumstances() {
        return new Circumstances(residencePermit, benefits, responsibleSocialOffice, householdSize,
                monthlyHouseholdIncome, householdAssets, germanLevel);
    }

    public static CircumstancesDto of(Circumstances c) {
        return new CircumstancesDto(c.residencePermit(), c.benefits(), c.responsibleSocialOffice(), c.householdSize(),
                c.monthlyHouseholdIncome(), c.householdAssets(), c.germanLevel());
    }
}
