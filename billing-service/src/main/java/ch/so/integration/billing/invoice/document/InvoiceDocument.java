package ch.so.integration.billing.invoice.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import ch.so.integration.billing.creditor.CreditorAccount;

/**
 * Everything an invoice document shows, as issued (nothing is looked up while rendering, so a re-render gives the same
 * content). Amounts are in {@code currency} (CHF, or EUR for a German personal budget) with two decimals.
 *
 * @param kind              INVOICE, CORRECTION (a further amount for a month already invoiced) or CREDIT_NOTE (an
 *                          amount given back); a credit note has no QR-bill
 * @param corrects          the number of the invoice a correction or credit note refers to, else null
 * @param debtorName        who pays (social office, AGS, liaison office, canton, participant, budget holder)
 * @param debtorAddress     address lines of the debtor, may be empty (the QR-bill then has no debtor)
 * @param lines             per participant: the calculation lines (rule + arithmetic), then the share lines
 * @param roundingText      the rounding line's text ("Rundung auf CHF 0.05: ..."), with {@code roundingAmount}
 * @param qrReference       the 27-digit QR reference or an ISO 11649 creditor reference (RF...), null for none
 * @param qrBill            whether a QR-bill payment part is attached (debtors who pay by transfer)
 */
public record InvoiceDocument(String number, String kind, String corrects, LocalDate issueDate, YearMonth month,
                              CreditorAccount creditor, String debtorName, List<String> debtorAddress,
                              String currency, List<Line> lines, BigDecimal subtotal, String roundingText,
                              BigDecimal roundingAmount, BigDecimal total, String qrReference, boolean qrBill) {

    public InvoiceDocument {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(creditor, "creditor");
        Objects.requireNonNull(debtorName, "debtorName");
        debtorAddress = List.copyOf(debtorAddress);
        lines = List.copyOf(lines);
    }

    /**
     * One line: the participant ("Name Vorname"; empty for invoice-wide lines), the reference the debtor needs
     * (KGS/KÜG number; null when none), the rule (e.g. "AM-07", "AM-06"), the text with its arithmetic, the amount.
     */
    public record Line(String participant, String reference, String rule, String text, BigDecimal amount) {
    }
}
