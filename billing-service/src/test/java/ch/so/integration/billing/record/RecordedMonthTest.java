package ch.so.integration.billing.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.billing.calculation.AbortEvent;
import ch.so.integration.billing.calculation.CoachingSession;
import ch.so.integration.billing.calculation.ServiceDay;

class RecordedMonthTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-02T08:00:00Z"), ZoneId.of("Europe/Zurich"));
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private static ServiceDay day(int d, String hours) {
        return new ServiceDay(MARCH.atDay(d), new BigDecimal(hours));
    }

    @Test
    @DisplayName("AM-07 a submission replaces the month; the revision counts changes, an identical one changes nothing")
    void revisions() {
        RecordedMonth month = RecordedMonth.open(UUID.randomUUID(), MARCH);
        assertThat(month.revision()).isZero();
        assertThat(month.replace(List.of(day(3, "8"), day(2, "4")), List.of(new CoachingSession(MARCH.atDay(2), 30)),
                null, CLOCK)).isTrue();
        assertThat(month.revision()).isEqualTo(1);
        assertThat(month.days()).extracting(ServiceDay::date).containsExactly(MARCH.atDay(2), MARCH.atDay(3));

        // the same records in another order and with another scale: no change
        assertThat(month.replace(List.of(day(2, "4.00"), day(3, "8")),
                List.of(new CoachingSession(MARCH.atDay(2), 30)), null, CLOCK)).isFalse();
        assertThat(month.revision()).isEqualTo(1);

        assertThat(month.replace(List.of(day(2, "4.25"), day(3, "8")),
                List.of(new CoachingSession(MARCH.atDay(2), 30)), null, CLOCK)).isTrue();
        assertThat(month.revision()).isEqualTo(2);
        AbortEvent abort = new AbortEvent(MARCH.atDay(3), AbortEvent.Kind.UNFORESEEN_ABORT);
        assertThat(month.replace(List.of(day(2, "4.25"), day(3, "8")),
                List.of(new CoachingSession(MARCH.atDay(2), 30)), abort, CLOCK)).isTrue();
        assertThat(month.abort()).isEqualTo(abort);
        assertThat(month.revision()).isEqualTo(3);
        // emptied
        assertThat(month.replace(List.of(), List.of(), null, CLOCK)).isTrue();
        assertThat(month.days()).isEmpty();
        assertThat(month.abort()).isNull();
        assertThat(month.revision()).isEqualTo(4);
        month.moduleHoursChanged(CLOCK);
        assertThat(month.revision()).isEqualTo(5);
        assertThat(month.changedAt()).isNotNull();
    }

    @Test
    @DisplayName("AM-07 the first submission counts even when it is empty")
    void firstEmpty() {
        RecordedMonth month = RecordedMonth.open(UUID.randomUUID(), MARCH);
        assertThat(month.replace(List.of(), List.of(), null, CLOCK)).isTrue();
        assertThat(month.revision()).isEqualTo(1);
        assertThat(month.month()).isEqualTo(MARCH);
        assertThat(month.days()).isEmpty();
        assertThat(LocalDate.from(month.changedAt())).isEqualTo(LocalDate.of(2026, 4, 2));
    }
}
