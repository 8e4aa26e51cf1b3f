package ch.so.integration.intake.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.web.ProblemException;

class ReportPeriodTest {

    @Test
    @DisplayName("DC-19 a period runs from the first day of 'from' to the last day of 'to', both months included")
    void boundaries() {
        ReportPeriod period = ReportPeriod.parse("2026-01", "2026-12");
        assertThat(period.monthCount()).isEqualTo(12);
        assertThat(period.firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(period.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(period.months()).first().isEqualTo(YearMonth.of(2026, 1));
        assertThat(period.months()).last().isEqualTo(YearMonth.of(2026, 12));
        assertThat(ReportPeriod.parse("2028-02", "2028-02").lastDay()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(ReportPeriod.parse(" 2026-03 ", "2026-04").from()).isEqualTo(YearMonth.of(2026, 3));
    }

    @Test
    @DisplayName("DC-19 at most 36 months: 2024-01..2026-12 is fine, one month more is refused naming 'to'")
    void atMost36Months() {
        assertThat(ReportPeriod.parse("2024-01", "2026-12").monthCount()).isEqualTo(36);
        assertThat(ReportPeriod.parse("2024-11", "2027-10").monthCount()).isEqualTo(36);
        FieldError error = singleError("2024-01", "2027-01");
        assertThat(error.field()).isEqualTo("to");
        assertThat(error.message()).contains("36 months").contains("2026-12");
        assertThatThrownBy(() -> new ReportPeriod(YearMonth.of(2020, 1), YearMonth.of(2023, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("DC-19 'to' before 'from' is refused naming 'to'")
    void reversed() {
        FieldError error = singleError("2026-05", "2026-04");
        assertThat(error.field()).isEqualTo("to");
        assertThat(error.message()).contains("before from");
    }

    @ParameterizedTest(name = "from={0}")
    @CsvSource(value = {"NULL", "''", "2026-1", "2026-13", "2026-00", "26-01", "2026-01-01", "Jan 2026", "1899-12",
            "+2026-01"}, nullValues = "NULL")
    @DisplayName("DC-19 a missing or malformed month is a 400 naming the parameter")
    void malformed(String from) {
        FieldError error = singleError(from, "2026-12");
        assertThat(error.field()).isEqualTo("from");
    }

    @Test
    @DisplayName("DC-19 both parameters wrong: both are named")
    void bothWrong() {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> ReportPeriod.parse(null, "x"));
        assertThat(e.problem().status()).isEqualTo(400);
        assertThat(e.problem().errors()).extracting(FieldError::field).containsExactly("from", "to");
    }

    private static FieldError singleError(String from, String to) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> ReportPeriod.parse(from, to));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.problem().status()).isEqualTo(400);
        assertThat(e.problem().errors()).hasSize(1);
        return e.problem().errors().getFirst();
    }
}
