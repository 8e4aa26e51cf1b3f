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

class AmiMaximumTariffsTest {

    private static final LocalDate ON = LocalDate.of(2026, 3, 1);
    private final AmiMaximumTariffs table = AmiMaximumTariffs.DEFAULT;

    @DisplayName("AM-01 maximum tariff per programme type and unit")
    @ParameterizedTest(name = "AM-01 {0} {1} max CHF {2}")
    @CsvSource({
            "INTEGRATION_ARBEIT, COACHING_HOUR, 250.00",
            "INTEGRATION_ARBEIT, DAY, 90.00",
            "COACHING, COACHING_HOUR, 200.00",
            "QUALIFIZIERUNG, DAY, 80.00",
            "JUGENDPROGRAMM, DAY, 100.00",
            "BESCHAEFTIGUNG_I, DAY, 35.00",
            "BESCHAEFTIGUNG_I_PROGRAMM_R, DAY, 50.00",
            "TRAUMAPROGRAMM, DAY, 120.00",
            "BESCHAEFTIGUNG_II, DAY, 50.00",
            "SUCHTHILFE_STUNDENLOHN, HOUR_WORKED, 4.00"})
    void maximum(ProgrammeType type, TariffUnit unit, BigDecimal max) {
        assertThat(table.maximum(type, unit, ON)).get().extracting(MaximumTariff::maximumChf).isEqualTo(max);
        assertThat(table.approve(type, unit, max, ON).chf()).isEqualTo(max);
        assertThat(table.problem(type, unit, max.subtract(BigDecimal.ONE), ON)).isEmpty();
    }

    @DisplayName("AM-01 a provider tariff above the maximum is refused")
    @ParameterizedTest(name = "AM-01 {0} {1} CHF {2} refused")
    @CsvSource({
            "INTEGRATION_ARBEIT, COACHING_HOUR, 250.01",
            "INTEGRATION_ARBEIT, DAY, 90.05",
            "COACHING, COACHING_HOUR, 201",
            "QUALIFIZIERUNG, DAY, 80.01",
            "JUGENDPROGRAMM, DAY, 100.50",
            "BESCHAEFTIGUNG_I, DAY, 36",
            "BESCHAEFTIGUNG_I_PROGRAMM_R, DAY, 51",
            "TRAUMAPROGRAMM, DAY, 121",
            "BESCHAEFTIGUNG_II, DAY, 50.01",
            "SUCHTHILFE_STUNDENLOHN, HOUR_WORKED, 4.01"})
    void aboveMaximumRefused(ProgrammeType type, TariffUnit unit, BigDecimal tariff) {
        assertThatThrownBy(() -> table.approve(type, unit, tariff, ON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AM-01")
                .hasMessageContaining("Höchsttarif");
    }

    @DisplayName("AM-01 a tariff in a unit the type is not billed in is refused")
    @ParameterizedTest(name = "AM-01 {0} has no tariff {1}")
    @CsvSource({"COACHING, DAY", "QUALIFIZIERUNG, COACHING_HOUR", "SUCHTHILFE_STUNDENLOHN, DAY",
            "BESCHAEFTIGUNG_II, HOUR_WORKED"})
    void wrongUnitRefused(ProgrammeType type, TariffUnit unit) {
        assertThatThrownBy(() -> table.approve(type, unit, BigDecimal.ONE, ON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AM-01");
    }

    @Test
    @DisplayName("AM-01 Teillohn costs CHF 0 and takes no tariff")
    void teillohn() {
        assertThat(table.units(ProgrammeType.TEILLOHN, ON)).isEmpty();
        assertThatThrownBy(() -> table.approve(ProgrammeType.TEILLOHN, TariffUnit.DAY, BigDecimal.ZERO, ON))
                .hasMessageContaining("AM-01").hasMessageContaining("Teillohn");
    }

    @Test
    @DisplayName("AM-01 Suchthilfe Stundenlohn is capped at CHF 350 a month; others have no cap")
    void monthlyCap() {
        assertThat(table.monthlyCap(ProgrammeType.SUCHTHILFE_STUNDENLOHN, ON)).contains(new BigDecimal("350.00"));
        assertThat(table.monthlyCap(ProgrammeType.QUALIFIZIERUNG, ON)).isEmpty();
    }

    @Test
    @DisplayName("AM-01 integration.arbeit is billed per coaching hour and per day")
    void units() {
        assertThat(table.units(ProgrammeType.INTEGRATION_ARBEIT, ON))
                .containsExactlyInAnyOrder(TariffUnit.COACHING_HOUR, TariffUnit.DAY);
        assertThat(table.rows()).hasSize(10);
    }

    @Test
    @DisplayName("AM-01 tariffs are versioned: the row valid on the date applies")
    void versioned() {
        AmiMaximumTariffs versions = new AmiMaximumTariffs(List.of(
                new MaximumTariff(ProgrammeType.QUALIFIZIERUNG, TariffUnit.DAY, new BigDecimal("80.00"), null,
                        new Validity(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31))),
                new MaximumTariff(ProgrammeType.QUALIFIZIERUNG, TariffUnit.DAY, new BigDecimal("85.00"), null,
                        Validity.from(LocalDate.of(2027, 1, 1)))));
        assertThat(versions.maximum(ProgrammeType.QUALIFIZIERUNG, TariffUnit.DAY, LocalDate.of(2026, 12, 31)))
                .get().extracting(MaximumTariff::maximumChf).isEqualTo(new BigDecimal("80.00"));
        assertThat(versions.maximum(ProgrammeType.QUALIFIZIERUNG, TariffUnit.DAY, LocalDate.of(2027, 1, 1)))
                .get().extracting(MaximumTariff::maximumChf).isEqualTo(new BigDecimal("85.00"));
        assertThat(versions.maximum(ProgrammeType.QUALIFIZIERUNG, TariffUnit.DAY, LocalDate.of(2023, 12, 31)))
                .isEmpty();
        assertThatThrownBy(() -> versions.approve(ProgrammeType.QUALIFIZIERUNG, TariffUnit.DAY,
                new BigDecimal("82"), LocalDate.of(2026, 6, 1))).hasMessageContaining("AM-01");
        assertThat(versions.approve(ProgrammeType.QUALIFIZIERUNG, TariffUnit.DAY, new BigDecimal("82"),
                LocalDate.of(2027, 6, 1)).chf()).isEqualByComparingTo("82");
    }

    @Test
    @DisplayName("AM-01 overlapping versions of one tariff are refused")
    void overlapRefused() {
        assertThatThrownBy(() -> new AmiMaximumTariffs(List.of(
                new MaximumTariff(ProgrammeType.COACHING, TariffUnit.COACHING_HOUR, BigDecimal.TEN, null,
                        Validity.from(LocalDate.of(2024, 1, 1))),
                new MaximumTariff(ProgrammeType.COACHING, TariffUnit.COACHING_HOUR, BigDecimal.ONE, null,
                        Validity.from(LocalDate.of(2025, 1, 1))))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
