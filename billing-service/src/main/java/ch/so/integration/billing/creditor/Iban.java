package ch.so.integration.billing.creditor;

import java.math.BigInteger;
import java.util.Optional;

/**
 * A Swiss or Liechtenstein account number as a QR-bill needs it: an IBAN of 21 characters starting with CH or LI,
 * with a valid ISO 13616 check (mod 97 = 1). A <em>QR-IBAN</em> is such an IBAN whose institution id (IID, characters
 * 5 to 9) lies in 30000–31999; a QR-bill to a QR-IBAN must carry a QR reference, one to an ordinary IBAN an ISO 11649
 * creditor reference or none.
 *
 * @param value upper case, without spaces
 */
public record Iban(String value) {

    public static final int LENGTH = 21;
    private static final int QR_IID_FIRST = 30000;
    private static final int QR_IID_LAST = 31999;

    /** The IBAN as written (spaces allowed, any case), or why it is not one. */
    public static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("is required");
        }
        String iban = normalise(text);
        if (!iban.matches("[A-Z0-9]+")) {
            return Optional.of("may contain only letters, digits and spaces");
        }
        if (!iban.startsWith("CH") && !iban.startsWith("LI")) {
            return Optional.of("must be a Swiss or Liechtenstein IBAN (CH or LI)");
        }
        if (iban.length() != LENGTH) {
            return Optional.of("must have 21 characters, has " + iban.length());
        }
        if (!iban.substring(2, 4).matches("[0-9]{2}") || !iban.substring(4, 9).matches("[0-9]{5}")) {
            return Optional.of("must have check digits and a 5-digit institution id after the country code");
        }
        if (!checksumHolds(iban)) {
            return Optional.of("has a wrong check sum (mod 97)");
        }
        return Optional.empty();
    }

    /** @throws IllegalArgumentException naming why {@code text} is not a CH/LI IBAN */
    public static Iban parse(String text) {
        problem(text).ifPresent(problem -> {
            throw new IllegalArgumentException("IBAN " + problem);
        });
        return new Iban(normalise(text));
    }

    /** Whether an IBAN (as {@link #parse} accepts it) is a QR-IBAN. */
    public static boolean isQrIban(String iban) {
        return parse(iban).qr();
    }

    public boolean qr() {
        int iid = Integer.parseInt(value.substring(4, 9));
        return iid >= QR_IID_FIRST && iid <= QR_IID_LAST;
    }

    /** In groups of four, as printed: {@code CH44 3199 9123 0008 8901 2}. */
    public String formatted() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < value.length(); i += 4) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(value, i, Math.min(value.length(), i + 4));
        }
        return text.toString();
    }

    static String normalise(String text) {
        return text.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static boolean checksumHolds(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    @Override
    public String toString() {
        return formatted();
    }
}
