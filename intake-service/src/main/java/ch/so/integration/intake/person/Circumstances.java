package ch.so.integration.intake.person;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What financing and programme access depend on: residence permit, benefits, and only where a rule needs them the
 * household's size, monthly income and assets (AM-06 waiver) and the command of German (AM-02 Coaching).
 *
 * @param responsibleSocialOffice the social office responsible for the social assistance (required with it, refused
 *                                without it)
 */
public record Circumstances(ResidencePermit residencePermit, Set<Benefit> benefits, String responsibleSocialOffice,
                           Integer householdSize, BigDecimal monthlyHouseholdIncome, BigDecimal householdAssets,
                           GermanLevel germanLevel) {

    /** AM-06: a waiver needs residence in Canton Solothurn. */
    public static final String WAIVER_CANTON = "SO";

    public Circumstances {
        benefits = benefits == null || benefits.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(benefits));
        responsibleSocialOffice = responsibleSocialOffice == null || responsibleSocialOffice.isBlank()
                ? null : responsibleSocialOffice.strip();
    }

    public boolean socialAssistance() {
        return benefits.contains(Benefit.SOCIAL_ASSISTANCE);
    }

    public boolean ivPension() {
        return benefits.contains(Benefit.IV_PENSION);
    }

    public boolean unemploymentInsurance() {
        return benefits.contains(Benefit.UNEMPLOYMENT_INSURANCE);
    }

    /**
     * AM-06: a waiver of the participant's share is open to foreigners resident in the canton with a permit B, C, F,
     * N or S who draw no social assistance, IV or ALV cash benefits. Only then are income and assets collected.
     */
    public boolean mayApplyForWaiver(String cantonOfResidence) {
        return residencePermit != null && residencePermit.allowsProgrammeCostWaiver()
                && WAIVER_CANTON.equals(cantonOfResidence) && benefits.isEmpty();
    }

    /** The violations of the collection rules, as (field, message) pairs; empty when consistent. */
    public List<String[]> violations(String cantonOfResidence) {
        List<String[]> violations = new ArrayList<>();
        if (socialAssistance() && responsibleSocialOffice == null) {
            violations.add(new String[] {"responsibleSocialOffice", "is required with social assistance"});
        }
        if (!socialAssistance() && responsibleSocialOffice != null) {
            violations.add(new String[] {"responsibleSocialOffice", "is only recorded with social assistance"});
        }
        boolean financialData = monthlyHouseholdIncome != null || householdAssets != null;
        if (financialData && !mayApplyForWaiver(cantonOfResidence)) {
            violations.add(new String[] {monthlyHouseholdIncome != null ? "monthlyHouseholdIncome" : "householdAssets",
                    "is only collected for a waiver (AM-06): foreigners resident in SO with permit B, C, F, N or S "
                            + "and no social assistance, IV or ALV benefits"});
        }
        if (financialData && (monthlyHouseholdIncome == null || householdAssets == null || householdSize == null)) {
            violations.add(new String[] {"householdSize",
                    "household size, monthly income and assets are given together (AM-06 limits depend on them)"});
        }
        return violations;
    }
}
