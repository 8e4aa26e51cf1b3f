package ch.so.integration.intake.person;

import java.util.Optional;

/**
 * The Swiss social-security number (AHV/AVS number, AHVN13): 13 digits, the country prefix 756, and an EAN-13
 * check digit. Accepts {@code 756.1234.5678.97} or {@code 7561234567897}. Lives in intake only; never in a URL,
 * an event or a log ({@link #toString()} masks it).
 */
public record AhvNumber(String digits) {

    public AhvNumber {
        Optional<String> problem = problemWith(digits);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    public static AhvNumber parse(String input) {
        return new AhvNumber(normalise(input));
    }

    /** Why the input is not a valid AHV number, or empty when it is. */
    public static Optional<String> validate(String input) {
        return problemWith(normalise(input));
    }

    private static String normalise(String input) {
        return input == null ? "" : input.replace(".", "").replace(" ", "").trim();
    }

    private static Optional<String> problemWith(String digits) {
        if (digits == null || !digits.matches("\\d{13}")) {
            return Optional.of("must be 13 digits (756.XXXX.XXXX.XX)");
        }
        if (!digits.startsWith("756")) {
            return Optional.of("must start with the Swiss prefix 756");
        }
        if (checkDigit(digits.substring(0, 12)) != digits.charAt(12) - '0') {
            return Optional.of("has a wrong check digit");
        }
        return Optional.empty();
    }

    /** EAN-13: weights 1 and 3 alternating from the left over the first 12 digits. */
    static int checkDigit(String first12) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = first12.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : digit * 3;
        }
        return (10 - sum % 10) % 10;
    }

    /** {@code 756.1234.5678.97} */
    public String formatted() {
        return digits.substring(0, 3) + "." + digits.substring(3, 7) + "." + digits.substring(7, 11) + "."
                + digits.substring(11);
    }

    @Override
    public String toString() {
        return "756.****.****." + digits.substring(11);
    }
}
