package ch.so.integration.billing.invoice.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ch.so.integration.billing.creditor.CreditorAccount;
import ch.so.integration.billing.creditor.CreditorKind;

/** Example invoice documents for the renderer and export tests. */
final class Documents {

    /** An ordinary Swiss IBAN (the standard's example). */
    static final String IBAN = "CH9300762011623852957";
    /** A QR-IBAN (institution id 31999, the standard's example). */
    static final String QR_IBAN = "CH4431999123000889012";

    static final UUID CREDITOR_ID = UUID.fromString("7d3c2f44-4f0b-4a57-8a37-2b7f1c1d0a01");

    private Documents() {
    }

    static CreditorAccount creditor(String iban) {
        return new CreditorAccount(CREDITOR_ID, CreditorKind.AMI_PROVIDER, "PROV-1", "Regiomech AG",
                "Werkhofstrasse", "5", "4500", "Solothurn", "CH", iban);
    }

    static InvoiceDocument.Line line(String participant, String reference, String rule, String text, String amount) {
        return new InvoiceDocument.Line(participant, reference, rule, text, new BigDecimal(amount));
    }

    /** AM-08: a Qualifizierung full month and a coaching month; subtotal 2'936.00 + 27.93 = 2'963.93 → 2'963.95. */
    static InvoiceDocument invoice(String number, String iban, String reference) {
        List<InvoiceDocument.Line> lines = List.of(
                line("Muster Anna", null, "AM-07", "21.7 Tage × CHF 80.00 = CHF 1'736.00 (AM-07: voller Monat)",
                        "1736.00"),
                line("Muster Anna", "KGS-2026-0042", "AM-05", "Sozialregion Solothurn trägt 100 %", "0.00"),
                line("Keller Jovan", null, "AM-07", "6 × 1 h × CHF 200.00 = CHF 1'200.00 (AM-08: Coaching)",
                        "1200.00"),
                line("Keller Jovan", "KGS-2026-0043", "AM-07", "0.25 h × CHF 111.72 = CHF 27.93", "27.93"));
        return document(number, "INVOICE", null, iban, "CHF", lines, reference, true);
    }

    static InvoiceDocument document(String number, String kind, String corrects, String iban, String currency,
                                    List<InvoiceDocument.Line> lines, String reference, boolean qrBill) {
        BigDecimal subtotal = lines.stream().map(InvoiceDocument.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        BigDecimal total = "CHF".equals(currency)
                ? subtotal.divide(new BigDecimal("0.05"), 0, RoundingMode.HALF_UP).multiply(new BigDecimal("0.05"))
                .setScale(2) : subtotal;
        BigDecimal rounding = total.subtract(subtotal);
        String roundingText = "CHF".equals(currency)
                ? "Rundung auf CHF 0.05: CHF " + subtotal + " → CHF " + total + " = CHF " + rounding
                + " (Rappenrundung, kaufmännisch)" : "Keine Rundung (" + currency + ", auf den Cent)";
        return new InvoiceDocument(number, kind, corrects, LocalDate.of(2026, 12, 3), YearMonth.of(2026, 11),
                creditor(iban), "Sozialregion Solothurn", List.of("Amthausplatz 4", "4500 Solothurn"), currency,
                lines, subtotal, roundingText, rounding, total, reference, qrBill);
    }

    /** {@code count} lines over several participants, some with long texts. */
    static InvoiceDocument many(String number, int count) {
        List<InvoiceDocument.Line> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String text = i % 7 == 0
                    ? "Nach dem unvorhergesehenen Abbruch am 12.11.2026 werden höchstens 5 Tage und 2 Coachingstunden "
                    + "verrechnet: 5 Tage × CHF 80.00 = CHF 400.00 (AM-07: Abbruch, erste fünf Tage ab dem Ereignis, "
                    + "jeder Tag mit seiner eigenen 70-%-Regel) Zeile " + i
                    : "Tag " + i + ": 1 Tag × CHF 80.00 = CHF 80.00 (AM-07)";
            lines.add(line("Teilnehmer" + (i / 4) + " Vorname", i % 4 == 0 ? "KGS-" + i : null, "AM-07", text,
                    i % 7 == 0 ? "400.00" : "80.00"));
        }
        return document(number, "INVOICE", null, IBAN, "CHF", lines, null, true);
    }
}
