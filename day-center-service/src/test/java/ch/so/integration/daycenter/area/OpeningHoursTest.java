package ch.so.integration.daycenter.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 1, 18);

    @Test
    @DisplayName("DC-01: open Monday to Friday, closed on Saturday and Sunday, all year (public holidays too)")
    void dc01_openOnWeekdays() {
        for (int i = 0; i < 5; i++) {
            assertThat(OpeningHours.isOpen(MONDAY.plusDays(i))).isTrue();
        }
        assertThat(OpeningHours.isOpen(MONDAY.plusDays(5))).isFalse();
        assertThat(OpeningHours.isOpen(MONDAY.plusDays(6))).isFalse();
        assertThat(OpeningHours.isOpen(LocalDate.of(2027, 12, 24))).isTrue();
        assertThat(OpeningHours.isOpen(LocalDate.of(2027, 8, 2))).isTrue();
    }

    @Test
    @DisplayName("DC-01: a span is within the hours only from 08:00 to 16:30 on an open day")
    void dc01_isWithin() {
        assertThat(OpeningHours.isWithin(MONDAY, LocalTime.of(8, 0), LocalTime.of(16, 30))).isTrue();
        assertThat(OpeningHours.isWithin(MONDAY, LocalTime.of(9, 15), LocalTime.of(11, 0))).isTrue();
        assertThat(OpeningHours.isWithin(MONDAY, LocalTime.of(7, 59), LocalTime.of(12, 0))).isFalse();
        assertThat(OpeningHours.isWithin(MONDAY, LocalTime.of(12, 0), LocalTime.of(16, 31))).isFalse();
        assertThat(OpeningHours.isWithin(MONDAY, LocalTime.of(12, 0), LocalTime.of(12, 0))).isFalse();
        assertThat(OpeningHours.isWithin(MONDAY, LocalTime.of(13, 0), LocalTime.of(12, 0))).isFalse();
        assertThat(OpeningHours.isWithin(MONDAY.plusDays(5), LocalTime.of(9, 0), LocalTime.of(10, 0))).isFalse();
        assertThat(OpeningHours.isWithin(MONDAY, null, LocalTime.of(10, 0))).isFalse();
    }

    @Test
    @DisplayName("DC-01/DC-04: the day has two half-days, morning 08:00-12:00 and afternoon 12:00-16:30")
    void dc01_halfDays() {
        assertThat(OpeningHours.halfDays()).containsExactly(HalfDay.MORNING, HalfDay.AFTERNOON);
        assertThat(HalfDay.MORNING.from()).isEqualTo(OpeningHours.OPENS);
        assertThat(HalfDay.MORNING.to()).isEqualTo(LocalTime.NOON);
        assertThat(HalfDay.AFTERNOON.from()).isEqualTo(LocalTime.NOON);
        assertThat(HalfDay.AFTERNOON.to()).isEqualTo(OpeningHours.CLOSES);
        for (HalfDay h : OpeningHours.halfDays()) {
            assertThat(OpeningHours.isWithin(MONDAY, h.from(), h.to())).isTrue();
        }
    }
}
