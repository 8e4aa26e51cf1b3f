package ch.so.integration.billing.payer;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import ch.so.integration.billing.calculation.Chf;

/**
 * A foreigner's application for a waiver of the rest (AM-06, "Gesuch um Kostenerlass").
 *
 * @param residenceCanton        two-letter canton of residence (e.g. "SO")
 * @param permit                 the permit
 * @param cashBenefits           cash benefits received (empty when none)
 * @param householdSize          persons in the household, at least 1
 * @param monthlyHouseholdIncome CHF per month
 * @param householdAssets        CHF
 */
public record WaiverApplication(String residenceCanton, ResidencePermit permit, Set<CashBenefit> cashBenefits,
        int householdSize, BigDecimal monthlyHouseholdIncome, BigDecimal householdAssets) {

    public WaiverApplication {
        if (residenceCanton == null || permit == null) {
            throw new IllegalArgumentException("residence canton and permit are required");
        }
        cashBenefits = cashBenefits == null || cashBenefits.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(cashBenefits));
        if (householdSize < 1) {
            throw new IllegalArgumentException("household size must be at least 1: " + householdSize);
        }
        monthlyHouseholdIncome = Chf.requireAmount(monthlyHouseholdIncome, "monthly household income");
        householdAssets = Chf.requireAmount(householdAssets, "household assets");
    }
}
