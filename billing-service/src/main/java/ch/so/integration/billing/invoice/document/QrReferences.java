package ch.so.integration.billing.invoice.document;

import java.math.BigInteger;
import java.util.Locale;

/**
 * Payment references for the Swiss QR-bill, derived from the invoice number (pure functions).
 * <ul>
 * <li><b>QR reference</b> (QRR, only with a QR-IBAN): 27 digits, the last one a check digit by the recursive modulo-10
 * method (Swiss Payment Standards / ISR). The first 26 are the invoice number's digits, zero-padded on the left;
 * letters count as two digits each (A = 10 … Z = 35), separators ('-', '/', '.', spaces) are dropped. So
 * {@code 2026-000123} gives {@code 00000000000000002026000123} + check digit. Numbers that differ only in their
 * separators give the same reference: the suite's numbers have a fixed shape (year-sequence, six digits), so they
 * do not collide.</li>
 * <li><b>Creditor reference</b> (SCOR, ISO 11649, with an ordinary IBAN): {@code RF} + two check digits (modulo 97)
 * + the invoice number's letters and digits (at most 21).</li>
 * </ul>
 */
public final class QrReferences {

    private static final int[] MOD10_TABLE = {0, 9, 4, 6, 8, 2, 7, 1, 3, 5};

    private QrReferences() {
    }

    /**
     * Whether the IBAN is a Swiss or Liechtenstein QR-IBAN: its institution id (positions 5 to 9) is 30000 to 31999.
     * Spaces are ignored; the IBAN's own check digits are not verified here (the QR-bill validation does that).
     */
    public static boolean isQrIban(String iban) {
        if (iban == null) {
            return false;
        }
        String compact = iban.replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.length() != 21 || !(compact.startsWith("CH") || compact.startsWith("LI"))) {
            return false;
        }
        String iid = compact.substring(4, 9);
        if (!iid.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int value = Integer.parseInt(iid);
        return value >= 30000 && value <= 31999;
    }

    /**
     * The 27-digit QR reference of an invoice number.
     *
     * @throws IllegalArgumentException when the number has no letters or digits, holds other characters than
     *                                  letters, digits and separators, or needs more than 26 digits
     */
    public static String fromInvoiceNumber(String number) {
        String digits = digits(number);
        if (digits.length() > 26) {
            throw new IllegalArgumentException("invoice number too long for a QR reference (26 digits at most)");
        }
        String body = "0".repeat(26 - digits.length()) + digits;
        return body + mod10(body);
    }

    /**
     * The ISO 11649 creditor reference of an invoice number ({@code RF18...}).
     *
     * @throws IllegalArgumentException when the number has no letters or digits, other characters than letters,
     *                                  digits and separators, or more than 21 letters and digits
     */
    public static String creditorReference(String number) {
        String body = alphanumeric(number);
        if (body.length() > 21) {
            throw new IllegalArgumentException("invoice number too long for a creditor reference (21 characters)");
        }
        int check = 98 - mod97(body + "RF00");
        return "RF" + (check < 10 ? "0" : "") + check + body;
    }

    /** The reference an invoice carries: a QR reference with a QR-IBAN, else a creditor reference. */
    public static String forInvoice(String iban, String number) {
        return isQrIban(iban) ? fromInvoiceNumber(number) : creditorReference(number);
    }

    /** Whether a 27-digit reference has the right recursive modulo-10 check digit. */
    public static boolean isValidQrReference(String reference) {
        if (reference == null) {
            return false;
        }
        String compact = reference.replace(" ", "");
        return compact.length() == 27 && compact.chars().allMatch(c -> c >= '0' && c <= '9')
                && mod10(compact.substring(0, 26)) == compact.charAt(26) - '0';
    }

    /** Whether an ISO 11649 reference ({@code RF} + 2 check digits + 1 to 21 letters or digits) checks out. */
    public static boolean isValidCreditorReference(String reference) {
        if (reference == null) {
            return false;
        }
        String compact = reference.replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 25 || !compact.startsWith("RF")
                || !compact.substring(4).chars().allMatch(Character::isLetterOrDigit)
                || !Character.isDigit(compact.charAt(2)) || !Character.isDigit(compact.charAt(3))) {
            return false;
        }
        return mod97(compact.substring(4) + compact.substring(0, 4)) == 1;
    }

    /** The recursive modulo-10 check digit of a digit string. */
    static int mod10(String digits) {
        int carry = 0;
        for (int i = 0; i < digits.length(); i++) {
            carry = MOD10_TABLE[(carry + digits.charAt(i) - '0') % 10];
        }
        return (10 - carry) % 10;
    }

    private static int mod97(String alphanumeric) {
        StringBuilder numeric = new StringBuilder();
        for (char c : alphanumeric.toCharArray()) {
            numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
    }

    private static String alphanumeric(String number) {
        if (number == null) {
            throw new IllegalArgumentException("an invoice number is required");
        }
        StringBuilder out = new StringBuilder();
        for (char c : number.toUpperCase(Locale.ROOT).toCharArray()) {
            if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                out.append(c);
            } else if (c != '-' && c != '/' && c != '.' && c != ' ' && c != '_') {
                throw new IllegalArgumentException("invoice number holds a character a reference cannot carry");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("invoice number has no letters or digits");
        }
        return out.toString();
    }

    private static String digits(String number) {
        StringBuilder out = new StringBuilder();
        for (char c : alphanumeric(number).toCharArray()) {
            out.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return out.toString();
    }
}
