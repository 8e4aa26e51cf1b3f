package ch.so.integration.billing.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasstgenauTariffsTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    @DisplayName("PG-05 the rate per professional service hour is configured and looked up by date")
    void configuredRate() {
        PasstgenauTariffs tariffs = new PasstgenauTariffs(List.of(
                new ServiceHourRate(new BigDecimal("62.50"), EUR,
                        new Validity(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))),
                new ServiceHourRate(new BigDecimal("65.00"), EUR, Validity.from(LocalDate.of(2026, 1, 1)))));
        assertThat(tariffs.rateOn(LocalDate.of(2025, 7, 1))).get().extracting(ServiceHourRate::ratePerHour)
                .isEqualTo(new BigDecimal("62.50"));
        assertThat(tariffs.rateOn(LocalDate.of(2026, 7, 1))).get().extracting(ServiceHourRate::ratePerHour)
                .isEqualTo(new BigDecimal("65.00"));
        assertThat(tariffs.rateOn(LocalDate.of(2024, 7, 1))).isEmpty();
    }

    @Test
    @DisplayName("PG-05 overlapping or negative rates are refused")
    void refused() {
        assertThatThrownBy(() -> new PasstgenauTariffs(List.of(
                new ServiceHourRate(BigDecimal.ONE, EUR, Validity.from(LocalDate.of(2025, 1, 1))),
                new ServiceHourRate(BigDecimal.TEN, EUR, Validity.from(LocalDate.of(2025, 6, 1))))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServiceHourRate(new BigDecimal("-1"), EUR,
                Validity.from(LocalDate.of(2025, 1, 1)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Validity(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
