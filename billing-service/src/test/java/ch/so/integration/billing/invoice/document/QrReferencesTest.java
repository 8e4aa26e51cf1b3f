package ch.so.integration.billing.invoice.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import net.codecrete.qrbill.generator.Payments;

class QrReferencesTest {

    @Test
    @DisplayName("the recursive modulo-10 check digit matches the Swiss Payment Standards example")
    void mod10Example() {
        // SIX's example QR reference 21 00000 00003 13947 14300 09017
        assertThat(QrReferences.mod10("21000000000313947143000901")).isEqualTo(7);
        assertThat(QrReferences.isValidQrReference("21 00000 00003 13947 14300 09017")).isTrue();
        assertThat(QrReferences.isValidQrReference("210000000003139471430009018")).isFalse();
    }

    @Test
    @DisplayName("an invoice number gives a 27-digit QR reference: its digits zero-padded, then the check digit")
    void fromInvoiceNumber() {
        String reference = QrReferences.fromInvoiceNumber("2026-000123");
        assertThat(reference).hasSize(27).startsWith("00000000000000002026000123");
        assertThat(QrReferences.isValidQrReference(reference)).isTrue();
        assertThat(Payments.isValidQRReference(reference)).isTrue();
        assertThat(QrReferences.fromInvoiceNumber("2026-000124")).isNotEqualTo(reference);
        // letters count as two digits (R = 27)
        assertThat(QrReferences.fromInvoiceNumber("R-2026-1")).startsWith("0".repeat(19) + "2720261");
    }

    @Test
    @DisplayName("the QR references agree with the library for many invoice numbers")
    void agreesWithLibrary() {
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            String number = (2024 + random.nextInt(10)) + "-" + String.format("%06d", random.nextInt(1_000_000));
            String reference = QrReferences.fromInvoiceNumber(number);
            assertThat(Payments.isValidQRReference(reference)).as(number).isTrue();
            assertThat(reference).isEqualTo(Payments.createQRReference(number.replace("-", "")));
            String creditor = QrReferences.creditorReference(number);
            assertThat(Payments.isValidISO11649Reference(creditor)).as(number).isTrue();
            assertThat(QrReferences.isValidCreditorReference(creditor)).isTrue();
            assertThat(creditor).isEqualTo(Payments.createISO11649Reference(number.replace("-", "")));
        }
    }

    @Test
    @DisplayName("the ISO 11649 creditor reference matches the standard's example")
    void creditorReferenceExample() {
        assertThat(QrReferences.creditorReference("539007547034")).isEqualTo("RF18539007547034");
        assertThat(QrReferences.isValidCreditorReference("RF18 5390 0754 7034")).isTrue();
        assertThat(QrReferences.isValidCreditorReference("RF19539007547034")).isFalse();
    }

    @Test
    @DisplayName("a QR-IBAN has an institution id from 30000 to 31999; the reference follows the IBAN")
    void qrIban() {
        assertThat(QrReferences.isQrIban("CH44 3199 9123 0008 8901 2")).isTrue();
        assertThat(QrReferences.isQrIban(Documents.QR_IBAN)).isTrue();
        assertThat(QrReferences.isQrIban(Documents.IBAN)).isFalse();
        assertThat(QrReferences.isQrIban("DE89370400440532013000")).isFalse();
        assertThat(QrReferences.isQrIban(null)).isFalse();
        assertThat(Payments.isQRIBAN(Documents.QR_IBAN)).isTrue();
        assertThat(QrReferences.forInvoice(Documents.QR_IBAN, "2026-000123")).hasSize(27);
        assertThat(QrReferences.forInvoice(Documents.IBAN, "2026-000123")).startsWith("RF");
    }

    @Test
    @DisplayName("a number a reference cannot carry is refused")
    void refused() {
        assertThatThrownBy(() -> QrReferences.fromInvoiceNumber("2026#1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrReferences.fromInvoiceNumber("--")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrReferences.fromInvoiceNumber("1".repeat(27)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrReferences.creditorReference("A".repeat(22)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
