package ch.so.integration.intake.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.intake.programme.ProgrammeType.TariffUnit;

class TariffsTest {

    private static BigDecimal chf(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    @DisplayName("AM-01 a provider tariff above the maximum for Qualifizierung is refused, in the unit it is given in")
    void aboveMaximum() {
        assertThat(new Tariffs(null, chf("80.01"), null).violationsFor(ProgrammeType.QUALIFIZIERUNG))
                .containsExactly(new Tariffs.Violation(TariffUnit.DAY,
                        "exceeds the maximum of CHF 80.00 per day for Qualifizierung (AM-01)"));
        assertThat(new Tariffs(null, chf("80"), null).violationsFor(ProgrammeType.QUALIFIZIERUNG)).isEmpty();
        assertThat(new Tariffs(null, chf("0.00"), null).violationsFor(ProgrammeType.QUALIFIZIERUNG)).isEmpty();
    }

    @Test
    @DisplayName("AM-01 integration.arbeit: both units within their maxima; each unit is checked on its own")
    void integrationArbeit() {
        assertThat(new Tariffs(chf("250.00"), chf("90.00"), null).violationsFor(ProgrammeType.INTEGRATION_ARBEIT))
                .isEmpty();
        assertThat(new Tariffs(chf("250.00"), null, null).violationsFor(ProgrammeType.INTEGRATION_ARBEIT)).isEmpty();
        assertThat(new Tariffs(chf("250.50"), chf("95.00"), null).violationsFor(ProgrammeType.INTEGRATION_ARBEIT))
                .extracting(Tariffs.Violation::unit).containsExactly(TariffUnit.COACHING_HOUR, TariffUnit.DAY);
    }

    @Test
    @DisplayName("AM-01 a type billed in some unit needs a tariff in one of them; Teillohn takes none")
    void required() {
        assertThat(Tariffs.NONE.violationsFor(ProgrammeType.QUALIFIZIERUNG))
                .containsExactly(new Tariffs.Violation(null, "Qualifizierung needs a tariff per day (AM-01)"));
        assertThat(Tariffs.NONE.violationsFor(ProgrammeType.INTEGRATION_ARBEIT)).singleElement()
                .extracting(Tariffs.Violation::message)
                .isEqualTo("integration.arbeit needs a tariff per coaching hour or per day (AM-01)");
        assertThat(Tariffs.NONE.violationsFor(ProgrammeType.TEILLOHN)).isEmpty();
        assertThat(new Tariffs(null, chf("0.00"), null).violationsFor(ProgrammeType.TEILLOHN))
                .extracting(Tariffs.Violation::unit).containsExactly(TariffUnit.DAY);
    }

    @Test
    @DisplayName("AM-01 Suchthilfe Stundenlohn: per hour worked at most CHF 4.00, no day tariff")
    void suchthilfe() {
        assertThat(new Tariffs(null, null, chf("4.00")).violationsFor(ProgrammeType.SUCHTHILFE_STUNDENLOHN)).isEmpty();
        assertThat(new Tariffs(null, null, chf("4.05")).violationsFor(ProgrammeType.SUCHTHILFE_STUNDENLOHN))
                .extracting(Tariffs.Violation::unit).containsExactly(TariffUnit.HOUR_WORKED);
        assertThat(new Tariffs(null, chf("20.00"), chf("4.00")).violationsFor(ProgrammeType.SUCHTHILFE_STUNDENLOHN))
                .extracting(Tariffs.Violation::unit).containsExactly(TariffUnit.DAY);
    }

    @Test
    @DisplayName("money has two decimals and is never negative")
    void money() {
        assertThat(new Tariffs(chf("200"), null, null).perCoachingHour()).isEqualTo(chf("200.00"))
                .hasToString("200.00");
        assertThat(new Tariffs(null, chf("80.000"), null).perDay()).hasToString("80.00");
        assertThatThrownBy(() -> new Tariffs(null, chf("79.999"), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tariffs(null, chf("-1.00"), null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Tariffs.field(TariffUnit.HOUR_WORKED)).isEqualTo("perHourWorked");
    }
}
