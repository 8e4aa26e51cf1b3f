package ch.so.integration.intake.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoticePeriodTest {

    @ParameterizedTest(name = "{0}M {1}d monthEnd={2}, notice {3} -> {4}")
    @CsvSource({
        "1,0,true,2027-03-10,2027-04-30", "1,0,true,2027-01-31,2027-02-28", "1,0,false,2027-03-10,2027-04-10",
        "0,14,false,2027-03-10,2027-03-24", "0,28,false,2027-12-20,2028-01-17", "0,0,false,2027-03-10,2027-03-10",
    })
    @DisplayName("DC-13 the earliest end follows the agreement's notice period")
    void earliestEnd(int months, int days, boolean toMonthEnd, LocalDate notice, LocalDate expected) {
        assertThat(new NoticePeriod(months, days, toMonthEnd).earliestEnd(notice)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource({"1,0,true,1 Monat auf Ende eines Monats", "0,14,false,14 Tage", "2,1,false,2 Monate und 1 Tag",
            "0,0,false,keine"})
    @DisplayName("DC-13 the notice period reads in German as in the agreement")
    void text(int months, int days, boolean toMonthEnd, String expected) {
        assertThat(new NoticePeriod(months, days, toMonthEnd).text()).isEqualTo(expected);
    }
}
