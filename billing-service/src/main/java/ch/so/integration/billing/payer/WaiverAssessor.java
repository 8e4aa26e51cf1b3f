package ch.so.integration.billing.payer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import ch.so.integration.billing.payer.WaiverDecision.Outcome;
import ch.so.integration.billing.calculation.Chf;

/** Decides a foreigner's application for a waiver of the rest (AM-06). Pure. */
public final class WaiverAssessor {

    public static final String CANTON = "SO";

    private WaiverAssessor() {
    }

    /**
     * @param application the application
     * @param rest        the participant's rest for the month ({@link CostSplitter#participantRest(BigDecimal)})
     * @param limits      configured limits per household size
     * @param policy      how an income at or above the limit is treated
     */
    public static WaiverDecision decide(WaiverApplication application, BigDecimal rest, WaiverLimits limits,
            WaiverPolicy policy) {
        BigDecimal theRest = Chf.requireAmount(rest, "rest");
        if (application == null || limits == null || policy == null) {
            throw new IllegalArgumentException("application, limits and policy are required");
        }
        List<String> failed = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        lines.add("AM-06: waiver of the rest CHF " + theRest + ", policy " + policy);

        check(CANTON.equalsIgnoreCase(application.residenceCanton()), "resident in canton " + CANTON,
                "residence canton is " + application.residenceCanton(), failed, lines);
        check(application.permit().allowsWaiver(), "valid permit B, C, F, N or S",
                "permit " + application.permit() + " is not B, C, F, N or S", failed, lines);
        check(application.cashBenefits().isEmpty(), "no social assistance, IV or ALV cash benefits",
                "receives " + application.cashBenefits().stream().sorted().toList(), failed, lines);

        WaiverLimits.Limit limit = limits.forHouseholdSize(application.householdSize());
        BigDecimal assets = application.householdAssets();
        BigDecimal income = application.monthlyHouseholdIncome();
        check(assets.compareTo(limit.assetLimit()) < 0, "household assets below the limit",
                "household assets CHF " + assets + " are not below the limit CHF " + limit.assetLimit()
                        + " for " + application.householdSize() + " person(s)", failed, lines);
        boolean incomeBelow = income.compareTo(limit.monthlyIncomeLimit()) < 0;
        String incomeText = "monthly household income CHF " + income + " against the limit CHF "
                + limit.monthlyIncomeLimit() + " for " + application.householdSize() + " person(s)";
        if (policy == WaiverPolicy.FULL_OR_NOTHING || incomeBelow) {
            check(incomeBelow, "household income below the limit", incomeText + ": not below", failed, lines);
        } else {
            lines.add("partial: " + incomeText + ": not below, the participant pays the excess income");
        }

        if (!failed.isEmpty()) {
            lines.add("not eligible: the participant pays the rest CHF " + theRest);
            return new WaiverDecision(Outcome.NOT_ELIGIBLE, theRest, Chf.ZERO, theRest, failed, lines);
        }
        if (incomeBelow) {
            lines.add("full waiver: the canton pays the whole rest CHF " + theRest);
            return new WaiverDecision(Outcome.FULL_WAIVER, theRest, theRest, Chf.ZERO, failed, lines);
        }
        BigDecimal excess = income.subtract(limit.monthlyIncomeLimit());
        // payable amounts are multiples of CHF 0.05: the excess is rounded (half up) before it is compared
        BigDecimal participant = Chf.roundTo5Rappen(excess).min(theRest);
        BigDecimal canton = theRest.subtract(participant);
        lines.add("excess income CHF " + excess + "; participant pays min(excess rounded to CHF 0.05, rest) = CHF "
                + participant
                + ", canton pays CHF " + canton + " more");
        if (canton.signum() == 0) {
            failed.add("excess income CHF " + excess + " is at least the rest CHF " + theRest + ": nothing to waive");
            lines.add("not eligible: nothing left to waive");
            return new WaiverDecision(Outcome.NOT_ELIGIBLE, theRest, Chf.ZERO, theRest, failed, lines);
        }
        Outcome outcome = participant.signum() == 0 ? Outcome.FULL_WAIVER : Outcome.PARTIAL_WAIVER;
        return new WaiverDecision(outcome, theRest, canton, participant, failed, lines);
    }

    private static void check(boolean ok, String condition, String failure, List<String> failed, List<String> lines) {
        if (ok) {
            lines.add("met: " + condition);
        } else {
            failed.add(failure);
            lines.add("failed: " + condition + " (" + failure + ")");
        }
    }
}
