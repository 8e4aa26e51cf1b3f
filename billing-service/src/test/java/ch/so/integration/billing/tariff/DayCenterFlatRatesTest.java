package ch.so.integration.billing.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayCenterFlatRatesTest {

    private final DayCenterFlatRates rates = DayCenterFlatRates.DEFAULT;

    @DisplayName("DC-21 monthly flat rate by IBB level and date")
    @ParameterizedTest(name = "DC-21 {0} on {1}: CHF {2}")
    @CsvSource({
            "ASSESSMENT_PENDING, 2024-01-01, 2890.00",
            "LEVEL_0, 2024-01-01, 1795.00",
            "LEVEL_1, 2024-06-15, 2692.00",
            "LEVEL_2, 2025-02-28, 3589.00",
            "LEVEL_3, 2026-03-01, 4486.00",
            "LEVEL_4, 2030-12-31, 5384.00"})
    void lookup(IbbLevel level, LocalDate on, BigDecimal expected) {
        assertThat(rates.monthlyRate(level, on)).isEqualTo(expected);
    }

    @DisplayName("DC-21 no flat rate before the defaults are valid")
    @ParameterizedTest(name = "DC-21 {0} on 2023-12-31 refused")
    @CsvSource({"LEVEL_0", "LEVEL_4", "ASSESSMENT_PENDING"})
    void beforeValidity(IbbLevel level) {
        assertThat(rates.find(level, LocalDate.of(2023, 12, 31))).isEmpty();
        assertThatThrownBy(() -> rates.monthlyRate(level, LocalDate.of(2023, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DC-21");
    }

    @DisplayName("DC-21 assessment-pending unit rate for at most 75 days from admission")
    @ParameterizedTest(name = "DC-21 day {1} after admission allowed: {2}")
    @CsvSource({"2026-01-10, 0, true", "2026-01-10, 1, true", "2026-01-10, 74, true", "2026-01-10, 75, false",
            "2026-01-10, 200, false", "2026-01-10, -1, false"})
    void assessmentPending(LocalDate admission, int daysAfter, boolean allowed) {
        LocalDate on = admission.plusDays(daysAfter);
        assertThat(DayCenterFlatRates.assessmentPendingAllowed(admission, on)).isEqualTo(allowed);
        if (allowed) {
            assertThat(rates.assessmentPendingRate(admission, on)).isEqualByComparingTo("2890");
        } else {
            assertThatThrownBy(() -> rates.assessmentPendingRate(admission, on))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DC-21")
                    .hasMessageContaining("75");
        }
    }

    @Test
    @DisplayName("DC-21 flat rates are versioned: a new AGS rate applies from its date")
    void versioned() {
        DayCenterFlatRates versions = new DayCenterFlatRates(List.of(
                new DayCenterFlatRate(IbbLevel.LEVEL_2, new BigDecimal("3589.00"),
                        new Validity(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))),
                new DayCenterFlatRate(IbbLevel.LEVEL_2, new BigDecimal("3650.00"),
                        Validity.from(LocalDate.of(2026, 1, 1)))));
        assertThat(versions.monthlyRate(IbbLevel.LEVEL_2, LocalDate.of(2025, 12, 31))).isEqualByComparingTo("3589");
        assertThat(versions.monthlyRate(IbbLevel.LEVEL_2, LocalDate.of(2026, 1, 1))).isEqualByComparingTo("3650");
        assertThatThrownBy(() -> new DayCenterFlatRates(List.of(
                new DayCenterFlatRate(IbbLevel.LEVEL_2, BigDecimal.ONE, Validity.from(LocalDate.of(2024, 1, 1))),
                new DayCenterFlatRate(IbbLevel.LEVEL_2, BigDecimal.TEN, Validity.from(LocalDate.of(2026, 1, 1))))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
