package ch.so.integration.billing.payer;

import java.math.BigDecimal;
import java.util.List;
import ch.so.integration.billing.calculation.Chf;

/** The outcome of a cost split: the shares to invoice, or an open item for the back office. */
public sealed interface CostSplitResult permits CostSplitResult.Split, CostSplitResult.OpenItem {

    /**
     * Shares that sum exactly to {@code total}.
     *
     * @param explanation one line per step, citing the rules
     */
    record Split(BigDecimal total, List<Share> shares, List<String> explanation) implements CostSplitResult {

        public Split {
            shares = List.copyOf(shares);
            explanation = List.copyOf(explanation);
            BigDecimal sum = shares.stream().map(Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(total) != 0) {
                throw new IllegalStateException("shares " + sum + " do not sum to " + total);
            }
            if (shares.stream().anyMatch(s -> s.amount().signum() < 0)) {
                throw new IllegalStateException("negative share in " + shares);
            }
        }

        public BigDecimal amountOf(PayerRole payer) {
            return shares.stream().filter(s -> s.payer() == payer).map(Share::amount)
                    .reduce(Chf.ZERO, BigDecimal::add);
        }
    }

    /**
     * No invoice: the back office must act first (e.g. obtain a cost approval).
     *
     * @param rule   the rule that requires the missing piece (e.g. AM-05)
     * @param amount the amount that could not be invoiced
     * @param reason why, citing the rule
     */
    record OpenItem(String rule, BigDecimal amount, String reason) implements CostSplitResult {
    }
}
