package ch.so.integration.billing.invoice.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A preview, computed exactly as the monthly run would invoice it: the calculation lines with their rules and
 * arithmetic, the monthly amount, and per payer its share with the lines its invoice would show. {@code openItem} is
 * set instead when the run would not invoice (e.g. a tariff above the AM-01 maximum).
 */
public record CostPreviewView(String month, String currency, List<Line> calculation, BigDecimal amount,
                              List<Payer> payers, OpenItem openItem) {

    public record Line(String rule, String text, BigDecimal amount) {
    }

    public record Payer(String role, String name, BigDecimal amount, List<Line> lines) {
    }

    public record OpenItem(String rule, String reason) {
    }
}
