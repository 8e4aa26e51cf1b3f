package ch.so.integration.billing.payer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import ch.so.integration.billing.payer.CostSplitResult.OpenItem;
import ch.so.integration.billing.payer.CostSplitResult.Split;
import ch.so.integration.billing.calculation.Chf;

/**
 * Who pays an invoice amount for one participant-month (AM-05, AM-06, DC-07..DC-09, DC-21, PG-05).
 * Pure: the financing comes from intake as data.
 */
public final class CostSplitter {

    /** The canton's name on the subsidy share (AM-06). */
    public static final String CANTON_NAME = "Kanton Solothurn";

    private CostSplitter() {
    }

    /** Splits without a waiver. */
    public static CostSplitResult split(BigDecimal amount, ServicePeriod period, Financing financing) {
        return split(amount, period, financing, null);
    }

    /**
     * Splits {@code amount}; {@code waiver} (may be {@code null}) applies only to {@link InstrumentKind#CANTON_SUBSIDY}
     * and must have been decided for this amount's participant rest ({@link #participantRest(BigDecimal)}).
     */
    public static CostSplitResult split(BigDecimal amount, ServicePeriod period, Financing financing,
            WaiverDecision waiver) {
        BigDecimal total = Chf.requireAmount(amount, "invoice amount");
        if (period == null || financing == null) {
            throw new IllegalArgumentException("period and financing are required");
        }
        if (waiver != null && financing.instrument() != InstrumentKind.CANTON_SUBSIDY) {
            throw new IllegalArgumentException("a waiver (AM-06) applies only to the canton subsidy, not to "
                    + financing.instrument());
        }
        List<String> lines = new ArrayList<>();
        lines.add("Amount CHF " + total + " for " + period + ", instrument " + financing.instrument()
                + ", debtor " + financing.debtorKind() + " " + financing.debtorName());
        return switch (financing.instrument()) {
            case KGS -> requireGranted(total, period, financing, financing.debtorKind() == DebtorKind.SOCIAL_OFFICE
                    ? "AM-05" : "DC-07", "cost approval (KGS)", lines);
            case KUEG -> requireGranted(total, period, financing, "DC-09", "cost-coverage guarantee (KÜG)", lines);
            case EVIDENCE_DIRECT -> requireGranted(total, period, financing, "DC-09",
                    "Evidence registration (direct billing with the AGS)", lines);
            case OTHER_FINANCING_BODY -> optionalGranted(total, period, financing, "DC-09", lines);
            case PERSONAL_BUDGET -> optionalGranted(total, period, financing, "PG-05", lines);
            case CANTON_SUBSIDY -> cantonSubsidy(total, financing, waiver, lines);
        };
    }

    /** The canton's 50 % (AM-06): half the amount rounded to CHF 0.05, half up. */
    public static BigDecimal cantonHalf(BigDecimal amount) {
        BigDecimal total = Chf.requireAmount(amount, "invoice amount");
        return Chf.roundTo5Rappen(total.divide(BigDecimal.TWO));
    }

    /** The participant's rest (AM-06): the amount minus the canton's rounded half, so both sum exactly. */
    public static BigDecimal participantRest(BigDecimal amount) {
        BigDecimal total = Chf.requireAmount(amount, "invoice amount");
        return total.subtract(cantonHalf(total));
    }

    private static CostSplitResult requireGranted(BigDecimal total, ServicePeriod period, Financing financing,
            String rule, String what, List<String> lines) {
        GrantedInstrument granted = financing.granted();
        if (granted == null) {
            return new OpenItem(rule, total, rule + ": no granted " + what + " of " + financing.debtorName()
                    + " for " + period + "; obtain it before invoicing CHF " + total);
        }
        if (!granted.covers(period)) {
            return new OpenItem(rule, total, rule + ": " + what + " " + granted.number() + " of "
                    + financing.debtorName() + " is valid " + granted.validFrom() + ".."
                    + (granted.validTo() == null ? "" : granted.validTo()) + " and does not cover " + period
                    + "; obtain a valid one before invoicing CHF " + total);
        }
        lines.add(rule + ": " + what + " " + granted.number() + " covers " + period + "; "
                + financing.debtorName() + " pays the whole CHF " + total);
        return new Split(total, List.of(new Share(payerOf(financing.debtorKind()), financing.debtorName(), total,
                granted.number())), lines);
    }

    private static CostSplitResult optionalGranted(BigDecimal total, ServicePeriod period, Financing financing,
            String rule, List<String> lines) {
        GrantedInstrument granted = financing.granted();
        if (granted != null && !granted.covers(period)) {
            return new OpenItem(rule, total, rule + ": instrument " + granted.number() + " of "
                    + financing.debtorName() + " does not cover " + period + "; clarify before invoicing CHF " + total);
        }
        String reference = granted == null ? rule : granted.number();
        lines.add(rule + ": " + financing.debtorName() + " pays the whole CHF " + total
                + (granted == null ? " (no instrument number given)" : " under " + granted.number()));
        return new Split(total, List.of(new Share(payerOf(financing.debtorKind()), financing.debtorName(), total,
                reference)), lines);
    }

    private static CostSplitResult cantonSubsidy(BigDecimal total, Financing financing, WaiverDecision waiver,
            List<String> lines) {
        BigDecimal half = cantonHalf(total);
        BigDecimal rest = total.subtract(half);
        lines.add("AM-06: canton pays 50 % = CHF " + half + " (half rounded to CHF 0.05), participant rest CHF " + rest);
        BigDecimal waived = Chf.ZERO;
        if (waiver != null) {
            if (waiver.rest().compareTo(rest) != 0) {
                throw new IllegalArgumentException("the waiver was decided for a rest of CHF " + waiver.rest()
                        + ", this invoice's rest is CHF " + rest);
            }
            waived = waiver.cantonPaysMore();
            lines.add("AM-06 waiver " + waiver.outcome() + ": canton pays CHF " + waived + " more, participant CHF "
                    + waiver.participantPays());
        }
        String reference = financing.grantedInstrument().map(GrantedInstrument::number).orElse("AM-06");
        List<Share> shares = List.of(
                new Share(PayerRole.CANTON, CANTON_NAME, half.add(waived), reference),
                new Share(PayerRole.PARTICIPANT, financing.debtorName(), rest.subtract(waived), reference));
        return new Split(total, shares, lines);
    }

    private static PayerRole payerOf(DebtorKind debtor) {
        return switch (debtor) {
            case SOCIAL_OFFICE -> PayerRole.SOCIAL_OFFICE;
            case AGS -> PayerRole.AGS;
            case IVSE_LIAISON_OFFICE -> PayerRole.IVSE_LIAISON_OFFICE;
            case OTHER_FINANCING_BODY -> PayerRole.OTHER_FINANCING_BODY;
            case BUDGET_HOLDER -> PayerRole.BUDGET_HOLDER;
            case CANTON_AND_PARTICIPANT -> throw new IllegalArgumentException("split between canton and participant");
        };
    }
}
