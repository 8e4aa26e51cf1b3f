package ch.so.integration.intake.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ch.so.integration.intake.programme.ProgrammeType.TariffUnit;

class ProgrammeTypeTest {

    /** Every maximum of AM-01 as the requirement states it: type, unit, CHF. */
    static Stream<Arguments> am01Maxima() {
        return Stream.of(
                Arguments.of(ProgrammeType.INTEGRATION_ARBEIT, TariffUnit.COACHING_HOUR, "250.00"),
                Arguments.of(ProgrammeType.INTEGRATION_ARBEIT, TariffUnit.DAY, "90.00"),
                Arguments.of(ProgrammeType.COACHING, TariffUnit.COACHING_HOUR, "200.00"),
                Arguments.of(ProgrammeType.QUALIFIZIERUNG, TariffUnit.DAY, "80.00"),
                Arguments.of(ProgrammeType.JUGENDPROGRAMM, TariffUnit.DAY, "100.00"),
                Arguments.of(ProgrammeType.BESCHAEFTIGUNG_I, TariffUnit.DAY, "35.00"),
                Arguments.of(ProgrammeType.BESCHAEFTIGUNG_I_PROGRAMM_R, TariffUnit.DAY, "50.00"),
                Arguments.of(ProgrammeType.TRAUMAPROGRAMM, TariffUnit.DAY, "120.00"),
                Arguments.of(ProgrammeType.BESCHAEFTIGUNG_II, TariffUnit.DAY, "50.00"),
                Arguments.of(ProgrammeType.SUCHTHILFE_STUNDENLOHN, TariffUnit.HOUR_WORKED, "4.00"));
    }

    @ParameterizedTest(name = "AM-01 {0}: at most CHF {2} {1}")
    @MethodSource("am01Maxima")
    @DisplayName("AM-01 the maximum tariff of each type and unit")
    void maxima(ProgrammeType type, TariffUnit unit, String chf) {
        BigDecimal maximum = new BigDecimal(chf);
        assertThat(type.maximum(unit)).contains(maximum);
        assertThat(type.tariffProblem(unit, maximum)).as("the maximum itself is allowed").isEmpty();
        assertThat(type.tariffProblem(unit, maximum.add(new BigDecimal("0.01"))))
                .hasValueSatisfying(problem -> assertThat(problem).contains("AM-01").contains(chf));
    }

    @Test
    @DisplayName("AM-01 the units of each type: exactly those the requirement names")
    void unitsPerType() {
        assertThat(ProgrammeType.INTEGRATION_ARBEIT.tariffUnits())
                .containsExactly(TariffUnit.COACHING_HOUR, TariffUnit.DAY);
        assertThat(ProgrammeType.COACHING.tariffUnits()).containsExactly(TariffUnit.COACHING_HOUR);
        for (ProgrammeType type : new ProgrammeType[]{ProgrammeType.QUALIFIZIERUNG, ProgrammeType.JUGENDPROGRAMM,
                ProgrammeType.BESCHAEFTIGUNG_I, ProgrammeType.BESCHAEFTIGUNG_I_PROGRAMM_R,
                ProgrammeType.TRAUMAPROGRAMM, ProgrammeType.BESCHAEFTIGUNG_II}) {
            assertThat(type.tariffUnits()).as(type.label()).containsExactly(TariffUnit.DAY);
        }
        assertThat(ProgrammeType.SUCHTHILFE_STUNDENLOHN.tariffUnits()).containsExactly(TariffUnit.HOUR_WORKED);
        assertThat(ProgrammeType.TEILLOHN.tariffUnits()).isEmpty();
    }

    @Test
    @DisplayName("AM-01 Suchthilfe Stundenlohn: CHF 4 per hour worked, at most CHF 350 a month; no other type has a monthly cap")
    void suchthilfeMonthlyCap() {
        assertThat(ProgrammeType.SUCHTHILFE_STUNDENLOHN.maximumPerMonth()).contains(new BigDecimal("350.00"));
        Stream.of(ProgrammeType.values()).filter(type -> type != ProgrammeType.SUCHTHILFE_STUNDENLOHN)
                .forEach(type -> assertThat(type.maximumPerMonth()).as(type.label()).isEmpty());
    }

    @Test
    @DisplayName("AM-01 Teillohn costs CHF 0: it takes a tariff in no unit, not even zero")
    void teillohn() {
        for (TariffUnit unit : TariffUnit.values()) {
            assertThat(ProgrammeType.TEILLOHN.maximum(unit)).isEmpty();
            assertThat(ProgrammeType.TEILLOHN.tariffProblem(unit, BigDecimal.ZERO))
                    .hasValueSatisfying(problem -> assertThat(problem).contains("CHF 0").contains("AM-01"));
        }
    }

    @Test
    @DisplayName("AM-01 a tariff in a unit the type is not billed in is refused, naming the unit")
    void wrongUnit() {
        assertThat(ProgrammeType.QUALIFIZIERUNG.tariffProblem(TariffUnit.COACHING_HOUR, new BigDecimal("10.00")))
                .isEqualTo(Optional.of("Qualifizierung has no tariff per coaching hour (AM-01)"));
        assertThat(ProgrammeType.COACHING.tariffProblem(TariffUnit.DAY, new BigDecimal("10.00")))
                .isEqualTo(Optional.of("Coaching has no tariff per day (AM-01)"));
        assertThat(ProgrammeType.SUCHTHILFE_STUNDENLOHN.tariffProblem(TariffUnit.DAY, new BigDecimal("4.00")))
                .isPresent();
    }
}
