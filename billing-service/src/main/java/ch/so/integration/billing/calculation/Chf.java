package ch.so.integration.billing.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Money and text helpers: CHF amounts to the Rappen, Swiss rounding to CHF 0.05 and Swiss number formatting. */
public final class Chf {

    public static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Chf() {
    }

    /** Checks an amount given in Rappen precision (at most two decimals, not negative) and scales it to 2. */
    public static BigDecimal requireAmount(BigDecimal amount, String what) {
        if (amount == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + amount);
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(what + " must be in Rappen (at most two decimals): " + amount);
        }
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** An amount to the Rappen (2 decimals, HALF_UP). */
    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Swiss rounding to CHF 0.05, HALF_UP: 1736.02 → 1736.00, 10.03 → 10.05, 10.075 → 10.10. */
    public static BigDecimal roundTo5Rappen(BigDecimal amount) {
        return amount.multiply(TWENTY).setScale(0, RoundingMode.HALF_UP)
                .divide(TWENTY, 2, RoundingMode.UNNECESSARY);
    }

    /** e.g. {@code CHF 1'736.00}, {@code CHF -0.02} */
    public static String format(BigDecimal amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('\'');
        symbols.setDecimalSeparator('.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return "CHF " + format.format(amount);
    }

    /** e.g. {@code EUR 62.50}: the same format in another currency (a personal budget in EUR, PG-05). */
    public static String format(String currency, BigDecimal amount) {
        String chf = format(amount);
        return "CHF".equals(currency) ? chf : currency + chf.substring("CHF".length());
    }

    /** A quantity without trailing zeros, e.g. {@code 21.7}, {@code 1.25}, {@code 6}. */
    public static String number(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** e.g. {@code 03.03.2026} */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }
}
