package ch.so.integration.billing.invoice.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An issued document with its lines: each line names its rule and shows its arithmetic; lines sum to the subtotal,
 * subtotal + rounding = total. {@code pdfSha256} identifies the issued PDF ({@code /document}).
 */
public record InvoiceView(UUID id, String number, String kind, UUID correctsId, String correctsNumber,
                          UUID creditorId, String month, String debtorRole, String debtorName, String currency,
                          List<LineView> lines, BigDecimal subtotal, BigDecimal rounding, BigDecimal total,
                          LocalDate issueDate, String qrReference, String pdfSha256) {

    public record LineView(int position, UUID participationId, String participant, String reference, String rule,
                           String text, BigDecimal amount) {
    }
}
