package ch.so.integration.billing.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChfTest {

    @DisplayName("AM-07 invoice totals are rounded to CHF 0.05, HALF_UP (Rappenrundung)")
    @ParameterizedTest(name = "AM-07 {0} → {1}")
    @CsvSource({
            "1736.02, 1736.00", "1736.025, 1736.05", "1736.00, 1736.00", "10.03, 10.05", "10.075, 10.10",
            "10.02, 10.00", "10.024, 10.00", "10.07, 10.05", "10.08, 10.10", "10.125, 10.15", "0.01, 0.00",
            "0.025, 0.05", "1199.99, 1200.00", "27.93, 27.95", "0, 0.00"})
    void roundTo5Rappen(BigDecimal amount, BigDecimal expected) {
        assertThat(Chf.roundTo5Rappen(amount)).isEqualTo(expected);
    }

    @DisplayName("AM-07 amounts are shown the Swiss way")
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "1736|CHF 1'736.00", "1736.5|CHF 1'736.50", "0|CHF 0.00", "-0.02|CHF -0.02", "999.99|CHF 999.99",
            "1234567.8|CHF 1'234'567.80"})
    void format(BigDecimal amount, String expected) {
        assertThat(Chf.format(amount)).isEqualTo(expected);
    }
}
