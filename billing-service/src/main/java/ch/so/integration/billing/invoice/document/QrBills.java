package ch.so.integration.billing.invoice.document;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.codecrete.qrbill.generator.Address;
import net.codecrete.qrbill.generator.Bill;
import net.codecrete.qrbill.generator.BillFormat;
import net.codecrete.qrbill.generator.Language;
import net.codecrete.qrbill.generator.OutputSize;
import net.codecrete.qrbill.generator.QRBill;
import net.codecrete.qrbill.generator.SPSCharacterSet;
import net.codecrete.qrbill.generator.SeparatorType;
import net.codecrete.qrbill.generator.ValidationMessage;
import net.codecrete.qrbill.generator.ValidationResult;

import ch.so.integration.platform.documents.PdfText;
import ch.so.integration.billing.creditor.CreditorAccount;

/**
 * The Swiss QR-bill data of an invoice document (Swiss Payment Standards 2.3, via the qrbill-generator library):
 * creditor = the creditor account's structured address and IBAN, amount = the total, currency CHF or EUR, the
 * document's reference (a QR reference is derived from the number when a QR-IBAN has none), the unstructured message
 * {@code Rechnung <number> <Monat Jahr>}, and the debtor as a structured address when its lines can be read as one
 * (street and house number, then postal code and town), otherwise no debtor (the "Zahlbar durch" box stays empty
 * for hand-writing, which the standard allows). Combined addresses are not used: banks refuse them since
 * November 2025. All text is reduced to what Helvetica/WinAnsi can print (Latin-1 subset).
 */
final class QrBills {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.GERMAN);

    /** "4500 Solothurn", "CH-4500 Solothurn", "D-79539 Lörrach", "DE-79539 Lörrach". */
    private static final Pattern POSTAL_TOWN = Pattern.compile("^(?:([A-Z]{1,2})-)?(\\d{4,5})\\s+(.+)$");
    /** "Amthausplatz 4", "Bahnhofstrasse 12a", "Route de Bâle 3-5". */
    private static final Pattern STREET_NUMBER = Pattern.compile("^(.*?\\D)\\s+(\\d+[A-Za-z]?(?:[-/]\\d+[A-Za-z]?)?)$");

    private QrBills() {
    }

    /**
     * The bill of a document, validated.
     *
     * @throws IllegalArgumentException when the bill does not validate (the message lists the fields and reasons)
     */
    static Bill bill(InvoiceDocument document) {
        if (document.total() == null || document.total().signum() <= 0) {
            throw new IllegalArgumentException("QR-bill of invoice " + document.number()
                    + " does not validate: amount must be above 0");
        }
        Bill bill = new Bill();
        BillFormat format = new BillFormat();
        format.setLanguage(Language.DE);
        format.setOutputSize(OutputSize.A4_PORTRAIT_SHEET);
        format.setSeparatorType(SeparatorType.DASHED_LINE_WITH_SCISSORS);
        bill.setFormat(format);
        bill.setCharacterSet(SPSCharacterSet.LATIN_1_SUBSET);
        bill.setAccount(document.creditor().iban());
        bill.setCreditor(creditor(document.creditor()));
        bill.setAmount(document.total());
        bill.setCurrency(document.currency());
        String reference = reference(document);
        if (reference != null) {
            bill.setReference(reference);
        }
        bill.updateReferenceType();
        bill.setUnstructuredMessage(PdfText.clean("Rechnung " + document.number()
                + (document.month() == null ? "" : " " + MONTH.format(document.month()))));
        bill.setDebtor(debtor(document.debtorName(), document.debtorAddress()));
        ValidationResult result = QRBill.validate(bill);
        if (result.hasErrors()) {
            List<String> problems = new ArrayList<>();
            for (ValidationMessage message : result.getValidationMessages()) {
                if (message.getType() == ValidationMessage.Type.ERROR) {
                    problems.add(message.getField() + ": " + message.getMessageKey());
                }
            }
            throw new IllegalArgumentException("QR-bill of invoice " + document.number() + " does not validate: "
                    + String.join(", ", problems));
        }
        return bill;
    }

    /** The document's reference; with a QR-IBAN and none given, the QR reference of the invoice number. */
    static String reference(InvoiceDocument document) {
        if (document.qrReference() != null && !document.qrReference().isBlank()) {
            return document.qrReference().replace(" ", "");
        }
        return QrReferences.isQrIban(document.creditor().iban())
                ? QrReferences.fromInvoiceNumber(document.number()) : null;
    }

    private static Address creditor(CreditorAccount account) {
        Address address = new Address();
        address.setName(PdfText.clean(account.name()));
        if (account.street() != null && !account.street().isBlank()) {
            address.setStreet(PdfText.clean(account.street()));
        }
        if (account.houseNumber() != null && !account.houseNumber().isBlank()) {
            address.setHouseNo(PdfText.clean(account.houseNumber()));
        }
        address.setPostalCode(account.postalCode());
        address.setTown(account.town() == null ? null : PdfText.clean(account.town()));
        address.setCountryCode(account.country() == null ? "CH" : account.country());
        return address;
    }

    /**
     * The debtor as a structured address: the last line that reads "postal code town" gives those (a 5-digit code
     * without country prefix is taken as German), the line before it the street and house number. Null when the
     * lines cannot be read so.
     */
    static Address debtor(String name, List<String> lines) {
        List<String> cleaned = lines.stream().map(PdfText::clean).filter(l -> !l.isEmpty()).toList();
        for (int i = cleaned.size() - 1; i >= 0; i--) {
            Matcher postal = POSTAL_TOWN.matcher(cleaned.get(i));
            if (!postal.matches()) {
                continue;
            }
            Address address = new Address();
            address.setName(PdfText.clean(name));
            address.setPostalCode(postal.group(2));
            address.setTown(postal.group(3).strip());
            address.setCountryCode(country(postal.group(1), postal.group(2)));
            if (i > 0) {
                String street = cleaned.get(i - 1);
                Matcher number = STREET_NUMBER.matcher(street);
                if (number.matches()) {
                    address.setStreet(number.group(1).strip());
                    address.setHouseNo(number.group(2));
                } else if (!street.equalsIgnoreCase(address.getName())) {
                    address.setStreet(street);
                }
            }
            return address;
        }
        return null;
    }

    private static String country(String prefix, String postalCode) {
        if (prefix == null) {
            return postalCode.length() == 5 ? "DE" : "CH";
        }
        return switch (prefix) {
            case "D" -> "DE";
            case "F" -> "FR";
            case "I" -> "IT";
            case "A" -> "AT";
            case "FL" -> "LI";
            default -> prefix;
        };
    }

    static boolean attached(InvoiceDocument document) {
        return document.qrBill() && !"CREDIT_NOTE".equals(document.kind());
    }
}
