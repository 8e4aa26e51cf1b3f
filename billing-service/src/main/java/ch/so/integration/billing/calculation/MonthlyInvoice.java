package ch.so.integration.billing.calculation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * AM-07: a provider's invoice for one month: the lines, their exact sum, the rounding to CHF 0.05 as its own line
 * and the total ({@code subtotal + rounding.amount() == total}).
 */
public record MonthlyInvoice(String provider, YearMonth month, List<InvoiceLine> lines, BigDecimal subtotal,
                             InvoiceLine rounding, BigDecimal total) {

    public MonthlyInvoice {
        lines = List.copyOf(lines);
    }
}
