package ch.so.integration.billing.calculation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a provider's monthly invoice: who it is for, the rule it applied (e.g. {@code AM-07}), its arithmetic
 * as German text a social worker can check, and the amount in CHF to the Rappen.
 *
 * @param participant empty for invoice-level lines (the rounding line)
 */
public record InvoiceLine(String participant, String rule, String text, BigDecimal amount) {

    public InvoiceLine {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(amount, "amount");
    }
}
