package ch.so.integration.billing.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.billing.calculation.AbortEvent;
import ch.so.integration.billing.record.api.AbortDto;
import ch.so.integration.billing.record.api.DayDto;
import ch.so.integration.billing.record.api.MonthRecordsRequest;
import ch.so.integration.billing.record.api.SessionDto;
import ch.so.integration.platform.problem.FieldError;

class SubmissionRulesTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final LocalDate ENTRY = LocalDate.of(2026, 3, 9);
    private static final LocalDate EXIT = LocalDate.of(2026, 3, 27);

    private static DayDto day(int dayOfMonth, String hours) {
        return new DayDto(MARCH.atDay(dayOfMonth), hours == null ? null : new BigDecimal(hours));
    }

    private static List<FieldError> problems(MonthRecordsRequest request) {
        return SubmissionRules.problems(MARCH, ENTRY, EXIT, request);
    }

    @Test
    @DisplayName("AM-07 a month of days with hours, sessions in minutes and one abort inside the participation is accepted")
    void accepted() {
        MonthRecordsRequest request = new MonthRecordsRequest(
                List.of(day(9, "8"), day(10, "3.75"), day(27, "24")),
                List.of(new SessionDto(MARCH.atDay(10), 55), new SessionDto(MARCH.atDay(10), 7)),
                new AbortDto(MARCH.atDay(20), AbortEvent.Kind.UNFORESEEN_ABORT));
        assertThat(problems(request)).isEmpty();
        assertThat(SubmissionRules.days(request)).hasSize(3);
        assertThat(SubmissionRules.sessions(request)).hasSize(2);
        assertThat(SubmissionRules.abort(request)).isEqualTo(new AbortEvent(MARCH.atDay(20),
                AbortEvent.Kind.UNFORESEEN_ABORT));
        assertThat(problems(new MonthRecordsRequest(null, null, null))).isEmpty();
    }

    @Test
    @DisplayName("AM-07 dates outside the month or the participation's entry..exit are refused, each named")
    void datesInsideMonthAndParticipation() {
        MonthRecordsRequest request = new MonthRecordsRequest(
                List.of(new DayDto(LocalDate.of(2026, 4, 1), BigDecimal.ONE), day(8, "4"), day(28, "4")),
                List.of(new SessionDto(LocalDate.of(2026, 2, 28), 30), new SessionDto(null, 30)),
                new AbortDto(MARCH.atDay(31), AbortEvent.Kind.NO_SHOW_AT_START));
        assertThat(problems(request)).containsExactly(
                new FieldError("days[0].date", "must lie in 2026-03"),
                new FieldError("days[1].date", "lies before the participation's entry on 2026-03-09"),
                new FieldError("days[2].date", "lies after the participation's exit on 2026-03-27"),
                new FieldError("sessions[0].date", "must lie in 2026-03"),
                new FieldError("sessions[1].date", "is required"),
                new FieldError("abort.date", "lies after the participation's exit on 2026-03-27"));
        // the entry and exit days themselves belong to the participation
        assertThat(problems(new MonthRecordsRequest(List.of(day(9, "4"), day(27, "4")), null, null))).isEmpty();
        // a running participation has no exit
        assertThat(SubmissionRules.problems(MARCH, ENTRY, null,
                new MonthRecordsRequest(List.of(day(31, "4")), null, null))).isEmpty();
    }

    @Test
    @DisplayName("AM-07 one entry per day: a second entry for a day is refused")
    void oneEntryPerDay() {
        assertThat(problems(new MonthRecordsRequest(List.of(day(10, "4"), day(11, "4"), day(10, "2")), null, null)))
                .containsExactly(new FieldError("days[2].date", "is recorded twice (also days[0]): one entry per day"));
    }

    @Test
    @DisplayName("AM-07 hours above 0 and at most 24 with two decimals; sessions of at least a minute; abort with a kind")
    void ranges() {
        MonthRecordsRequest request = new MonthRecordsRequest(
                List.of(day(10, "0"), day(11, "24.01"), day(12, "-1"), day(13, "7.125"), day(14, null)),
                java.util.Arrays.asList(new SessionDto(MARCH.atDay(10), 0), new SessionDto(MARCH.atDay(10), null),
                        new SessionDto(MARCH.atDay(11), 1441), null),
                new AbortDto(MARCH.atDay(20), null));
        assertThat(problems(request)).containsExactly(
                new FieldError("days[0].hours", "must be above 0 and at most 24"),
                new FieldError("days[1].hours", "must be above 0 and at most 24"),
                new FieldError("days[2].hours", "must be above 0 and at most 24"),
                new FieldError("days[3].hours", "must have at most two decimals"),
                new FieldError("days[4].hours", "is required"),
                new FieldError("sessions[0].minutes", "must be between 1 and 1440"),
                new FieldError("sessions[1].minutes", "is required"),
                new FieldError("sessions[2].minutes", "must be between 1 and 1440"),
                new FieldError("sessions[3]", "must not be null"),
                new FieldError("abort.kind", "is required: UNFORESEEN_ABORT or NO_SHOW_AT_START"));
        assertThat(SubmissionRules.hoursProblem(new BigDecimal("7.50"))).isEmpty();
    }

    @Test
    @DisplayName("AM-07 nothing is recorded for a month the participation does not run in, or before it started")
    void monthOfTheParticipation() {
        assertThat(SubmissionRules.problems(YearMonth.of(2026, 2), ENTRY, EXIT, new MonthRecordsRequest(null, null,
                null))).containsExactly(new FieldError("month",
                "the participation does not run in 2026-02 (from 2026-03-09 to 2026-03-27)"));
        assertThat(SubmissionRules.problems(YearMonth.of(2026, 4), ENTRY, EXIT, new MonthRecordsRequest(null, null,
                null))).extracting(FieldError::field).containsExactly("month");
        assertThat(SubmissionRules.problems(MARCH, null, null, new MonthRecordsRequest(List.of(day(10, "4")), null,
                null))).containsExactly(new FieldError("month", "the participation has not started yet"),
                new FieldError("days[0].date", "the participation has not started yet"));
    }
}
