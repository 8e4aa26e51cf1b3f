package ch.so.integration.billing.invoice.document;

import static ch.so.integration.billing.invoice.document.Documents.IBAN;
import static ch.so.integration.billing.invoice.document.Documents.QR_IBAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import net.codecrete.qrbill.generator.Address;
import net.codecrete.qrbill.generator.Bill;
import net.codecrete.qrbill.generator.Payments;
import net.codecrete.qrbill.generator.QRBill;

class InvoicePdfTest {

    /** The text of each page. */
    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    static String text(byte[] pdf) throws IOException {
        return String.join("\n", pages(pdf));
    }

    @Test
    @DisplayName("an invoice renders as an A4 PDF in German: letterhead, debtor, number, dates, lines, subtotal, rounding, total and the QR-bill")
    void rendersInvoice() throws IOException {
        byte[] pdf = InvoicePdf.render(Documents.invoice("2026-000123", IBAN, null));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Rechnung 2026-000123");
        }
        String text = text(pdf);
        assertThat(text).contains("Regiomech AG", "Werkhofstrasse 5", "4500 Solothurn", "IBAN CH93 0076 2011 6238 5295 7",
                "Sozialregion Solothurn", "Amthausplatz 4",
                "Rechnung Nr. 2026-000123", "Rechnungsdatum", "03.12.2026", "Leistungsmonat", "November 2026",
                "Muster Anna", "Keller Jovan", "KGS-2026-0042", "AM-07", "21.7 Tage × CHF 80.00 = CHF 1'736.00",
                "1'736.00", "1'200.00", "27.93", "Zwischentotal", "2'963.93", "Rappenrundung", "0.02",
                "Total CHF", "2'963.95", "Seite 1 von 1");
        // the payment part and receipt of the QR-bill, in German
        assertThat(text).contains("Empfangsschein", "Zahlteil", "Konto / Zahlbar an", "CH93 0076 2011 6238 5295 7",
                "Zahlbar durch", "Rechnung 2026-000123 November 2026", "2 963.95");
        assertThat(text).doesNotContain("bezieht sich auf");
    }

    @Test
    @DisplayName("rendering is deterministic: the same document gives the same bytes, another number other bytes")
    void deterministic() {
        byte[] first = InvoicePdf.render(Documents.invoice("2026-000123", QR_IBAN, null));
        byte[] second = InvoicePdf.render(Documents.invoice("2026-000123", QR_IBAN, null));
        assertThat(second).isEqualTo(first);
        assertThat(InvoicePdf.render(Documents.invoice("2026-000124", QR_IBAN, null))).isNotEqualTo(first);
    }

    @Test
    @DisplayName("the QR-bill validates with the library; its QR code carries IBAN, amount, currency, reference and message")
    void qrBillValidates() {
        InvoiceDocument document = Documents.invoice("2026-000123", IBAN, QrReferences.creditorReference("2026-000123"));
        Bill bill = QrBills.bill(document);
        assertThat(QRBill.validate(bill).isValid()).isTrue();
        Bill decoded = QRBill.decodeQrCodeText(QRBill.encodeQrCodeText(bill));
        assertThat(decoded.getAccount()).isEqualTo(IBAN);
        assertThat(decoded.getAmount()).isEqualByComparingTo("2963.95");
        assertThat(decoded.getCurrency()).isEqualTo("CHF");
        assertThat(decoded.getReferenceType()).isEqualTo(Bill.REFERENCE_TYPE_CRED_REF);
        assertThat(decoded.getReference()).isEqualTo(QrReferences.creditorReference("2026-000123"))
                .startsWith("RF").endsWith("2026000123");
        assertThat(decoded.getUnstructuredMessage()).isEqualTo("Rechnung 2026-000123 November 2026");
        assertThat(decoded.getCreditor().getType()).isEqualTo(Address.Type.STRUCTURED);
        assertThat(decoded.getCreditor().getStreet()).isEqualTo("Werkhofstrasse");
        assertThat(decoded.getCreditor().getHouseNo()).isEqualTo("5");
        assertThat(decoded.getDebtor().getName()).isEqualTo("Sozialregion Solothurn");
        assertThat(decoded.getDebtor().getStreet()).isEqualTo("Amthausplatz");
        assertThat(decoded.getDebtor().getHouseNo()).isEqualTo("4");
        assertThat(decoded.getDebtor().getPostalCode()).isEqualTo("4500");
        assertThat(decoded.getDebtor().getCountryCode()).isEqualTo("CH");
    }

    @Test
    @DisplayName("a QR-IBAN gets a QR reference from the invoice number, shown on the invoice and the payment part")
    void qrIbanGetsQrReference() throws IOException {
        String reference = QrReferences.fromInvoiceNumber("2026-000123");
        Bill bill = QrBills.bill(Documents.invoice("2026-000123", QR_IBAN, reference));
        assertThat(bill.getReferenceType()).isEqualTo(Bill.REFERENCE_TYPE_QR_REF);
        assertThat(bill.getReference()).isEqualTo(reference);
        // a document without a reference gets the same one derived
        assertThat(QrBills.bill(Documents.invoice("2026-000123", QR_IBAN, null)).getReference()).isEqualTo(reference);
        String text = text(InvoicePdf.render(Documents.invoice("2026-000123", QR_IBAN, reference)));
        assertThat(text).contains("Referenz", Payments.formatQRReferenceNumber(reference), "CH44 3199 9123 0008 8901 2");
    }

    @Test
    @DisplayName("a QR-bill that does not validate fails loudly: creditor reference on a QR-IBAN, bad IBAN, amount 0")
    void invalidBillFails() {
        assertThatThrownBy(() -> InvoicePdf.render(Documents.invoice("2026-000123", QR_IBAN,
                QrReferences.creditorReference("2026-000123"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reference");
        assertThatThrownBy(() -> InvoicePdf.render(Documents.invoice("2026-000123", "CH9300762011623852958", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("account");
        InvoiceDocument zero = Documents.document("2026-000125", "INVOICE", null, IBAN, "CHF",
                List.of(Documents.line("Muster Anna", null, "AM-07", "Teillohn: CHF 0.00", "0.00")), null, true);
        assertThatThrownBy(() -> InvoicePdf.render(zero)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount");
    }

    @Test
    @DisplayName("PG-05 an EUR invoice (German personal budget) renders and validates with currency EUR")
    void euro() throws IOException {
        InvoiceDocument document = Documents.document("2026-000130", "INVOICE", null, IBAN, "EUR",
                List.of(Documents.line("Schneider Lena", "PB-4711", "PG-05",
                        "12.5 h × EUR 62.50 = EUR 781.25 (PG-05: Einstiegsphase)", "781.25")), null, true);
        Bill bill = QrBills.bill(document);
        assertThat(bill.getCurrency()).isEqualTo("EUR");
        assertThat(QRBill.validate(bill).isValid()).isTrue();
        String text = text(InvoicePdf.render(document));
        assertThat(text).contains("Betrag EUR", "Total EUR", "781.25", "Keine Rundung", "Zahlteil", "EUR");
    }

    @Test
    @DisplayName("60 lines paginate: rows are never split, the header repeats, pages are numbered, the QR-bill is on the last page")
    void paginates() throws IOException {
        InvoiceDocument document = Documents.many("2026-000140", 60);
        List<String> pages = pages(InvoicePdf.render(document));
        assertThat(pages.size()).isGreaterThanOrEqualTo(2);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Seite " + (i + 1) + " von " + pages.size(), "Leistung und Berechnung");
            if (i < pages.size() - 1) {
                assertThat(pages.get(i)).doesNotContain("Zahlteil");
            }
        }
        assertThat(pages.getLast()).contains("Zahlteil", "Empfangsschein");
        assertThat(pages.get(1)).contains("Rechnung Nr. 2026-000140 (Fortsetzung)");
        String all = String.join("\n", pages);
        for (int i = 1; i <= 60; i++) {
            assertThat(all).contains(i % 7 == 0 ? "Zeile " + i : "Tag " + i + ":");
        }
        assertThat(all).contains("Total CHF", InvoicePdf.amount(document.total()));
        // the long texts wrap inside their column rather than running off the page
        assertThat(all).contains("Nach dem unvorhergesehenen Abbruch am 12.11.2026 400.00\n")
                .contains("Regel) Zeile 7\n").doesNotContain("jeder Tag mit seiner eigenen 70-%-Regel) Zeile 7");
    }

    @Test
    @DisplayName("a credit note has no QR-bill and names the invoice it refers to; a correction is a Korrekturrechnung")
    void creditNoteAndCorrection() throws IOException {
        InvoiceDocument credit = Documents.document("2026-000150", "CREDIT_NOTE", "2026-000123", IBAN, "CHF",
                List.of(Documents.line("Muster Anna", "KGS-2026-0042", "AM-07", "Gutschrift 2 Tage × CHF 80.00",
                        "160.00")), null, true);
        String text = text(InvoicePdf.render(credit));
        assertThat(text).contains("Gutschrift Nr. 2026-000150", "bezieht sich auf Rechnung Nr. 2026-000123",
                "Gutschrift total CHF", "160.00").doesNotContain("Zahlteil", "Empfangsschein");

        InvoiceDocument correction = Documents.document("2026-000151", "CORRECTION", "2026-000123", IBAN, "CHF",
                List.of(Documents.line("Muster Anna", null, "AM-07", "Nachtrag 1 Tag × CHF 80.00", "80.00")), null,
                true);
        assertThat(text(InvoicePdf.render(correction))).contains("Korrekturrechnung Nr. 2026-000151",
                "bezieht sich auf Rechnung Nr. 2026-000123", "Zahlteil");
    }

    @Test
    @DisplayName("without a QR-bill (debtor does not pay by transfer) the invoice has no payment part")
    void withoutQrBill() throws IOException {
        InvoiceDocument document = Documents.document("2026-000160", "INVOICE", null, IBAN, "CHF",
                List.of(Documents.line("Muster Anna", null, "AM-07", "1 Tag × CHF 80.00", "80.00")), null, false);
        assertThat(text(InvoicePdf.render(document))).contains("Total CHF", "80.00").doesNotContain("Zahlteil");
    }

    @Test
    @DisplayName("text outside WinAnsi prints as its base letter; the debtor is read as a structured address or left out")
    void charactersAndDebtor() throws IOException {
        InvoiceDocument document = Documents.document("2026-000170", "INVOICE", null, IBAN, "CHF",
                List.of(Documents.line("Petrović Đorđe", null, "AM-07", "1 Tag × CHF 80.00 → 🎉", "80.00")), null,
                true);
        assertThat(text(InvoicePdf.render(document))).contains("Petrovic Dorde");

        Address german = QrBills.debtor("Familie Schneider", List.of("Hauptstraße 12a", "79539 Lörrach"));
        assertThat(german.getStreet()).isEqualTo("Hauptstraße");
        assertThat(german.getHouseNo()).isEqualTo("12a");
        assertThat(german.getCountryCode()).isEqualTo("DE");
        Address prefixed = QrBills.debtor("AGS", List.of("Abteilung Soziales", "Postfach", "CH-4509 Solothurn"));
        assertThat(prefixed.getPostalCode()).isEqualTo("4509");
        assertThat(prefixed.getStreet()).isEqualTo("Postfach");
        assertThat(prefixed.getCountryCode()).isEqualTo("CH");
        assertThat(QrBills.debtor("Nobody", List.of())).isNull();
        assertThat(QrBills.debtor("Nobody", List.of("somewhere"))).isNull();
        // no address: the bill validates without a debtor
        InvoiceDocument noAddress = new InvoiceDocument("2026-000171", "INVOICE", null, document.issueDate(),
                document.month(), document.creditor(), "AGS", List.of(), "CHF", document.lines(), document.subtotal(),
                document.roundingText(), document.roundingAmount(), document.total(), null, true);
        assertThat(QrBills.bill(noAddress).getDebtor()).isNull();
        assertThat(InvoicePdf.render(noAddress)).isNotEmpty();
    }

    @Test
    @DisplayName("amounts use the Swiss format with apostrophes")
    void amountFormat() {
        assertThat(InvoicePdf.amount(new BigDecimal("1234567.5"))).isEqualTo("1'234'567.50");
        assertThat(InvoicePdf.amount(new BigDecimal("-1763.95"))).isEqualTo("-1'763.95");
        assertThat(InvoicePdf.amount(new BigDecimal("0.02"))).isEqualTo("0.02");
        assertThat(InvoicePdf.amount(new BigDecimal("999"))).isEqualTo("999.00");
    }
}
