package ch.so.integration.testing;

import java.util.concurrent.ThreadLocalRandom;

/** Random valid AHV numbers for tests (prefix 756, EAN-13 check digit), so tests never collide. */
public final class TestAhvNumbers {

    private TestAhvNumbers() {
    }

    /** Formatted with dots, e.g. 756.1234.5678.97. */
    public static String next() {
        StringBuilder digits = new StringBuilder("756");
        for (int i = 0; i < 9; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int d = digits.charAt(i) - '0';
            sum += i % 2 == 0 ? d : 3 * d;
        }
        digits.append((10 - sum % 10) % 10);
        String s = digits.toString();
        return s.substring(0, 3) + "." + s.substring(3, 7) + "." + s.substring(7, 11) + "." + s.substring(11);
    }
}
