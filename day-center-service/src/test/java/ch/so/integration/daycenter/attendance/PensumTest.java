package ch.so.integration.daycenter.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DC-05 Pensum as a pure function; March 2027 has 23 workdays (Mon 1 to Wed 31). */
class PensumTest {

    static final YearMonth MARCH = YearMonth.of(2027, 3);

    @ParameterizedTest(name = "{0} h counts {1} %")
    @CsvSource({"0, 0", "0.25, 10", "1, 10", "4.75, 10", "4.99, 10", "5, 20", "5.25, 20", "8.5, 20"})
    @DisplayName("DC-05 a day of 5 h or more counts 20 %, under 5 h 10 %, no work 0 %")
    void dayCounts(String hours, int percent) {
        assertThat(Pensum.ofDay(new BigDecimal(hours))).isEqualTo(percent);
    }

    @Test
    @DisplayName("DC-05 an absence (no hours) counts 0 %")
    void absenceCountsNothing() {
        assertThat(Pensum.ofDay(null)).isZero();
    }

    /**
     * @param fullDays  days of 6 h from the first workday on
     * @param shortDays days of 3 h after them
     */
    @ParameterizedTest(name = "{0} full + {1} short days in March 2027 -> {2} % exact, {3} % billed")
    @CsvSource({
            "23, 0, 100.0, 100",
            "0, 0, 0.0, 0",
            "0, 23, 50.0, 50",
            "11, 0, 47.8, 40",
            "14, 0, 60.9, 60",
            "13, 2, 60.9, 60",
            "10, 10, 65.2, 60",
            "1, 0, 4.3, 0",
            "3, 0, 13.0, 10",
            "18, 5, 89.1, 80"})
    @DisplayName("DC-05 monthly Pensum = day counts / (workdays / 5), billed rounded down to 10 % steps")
    void month(int fullDays, int shortDays, String exact, int billed) {
        List<LocalDate> days = Workdays.of(MARCH);
        Map<LocalDate, BigDecimal> hours = new HashMap<>();
        for (int i = 0; i < fullDays; i++) {
            hours.put(days.get(i), new BigDecimal("6"));
        }
        for (int i = fullDays; i < fullDays + shortDays; i++) {
            hours.put(days.get(i), new BigDecimal("3"));
        }
        Pensum.Month pensum = Pensum.ofMonth(MARCH, d -> true, hours, Set.of());
        assertThat(pensum.countedWorkdays()).isEqualTo(23);
        assertThat(pensum.exactPercent()).isEqualByComparingTo(exact);
        assertThat(pensum.billingPercent()).isEqualTo(billed);
    }

    @Test
    @DisplayName("DC-05 only workdays on which the place is held count: a place from 15 March worked fully is 100 %")
    void partialMonth() {
        LocalDate start = LocalDate.of(2027, 3, 15);
        Map<LocalDate, BigDecimal> hours = Workdays.of(MARCH).stream().filter(d -> !d.isBefore(start))
                .collect(Collectors.toMap(d -> d, d -> new BigDecimal("5")));
        Pensum.Month pensum = Pensum.ofMonth(MARCH, d -> !d.isBefore(start), hours, Set.of());
        assertThat(pensum.countedWorkdays()).isEqualTo(13);
        assertThat(pensum.billingPercent()).isEqualTo(100);
    }

    @Test
    @DisplayName("DC-03 DC-05 a vacation week does not lower the Pensum: 3 weeks of 3 days at 6 h + 1 vacation week -> 60 %")
    void vacationLeavesTheDenominator() {
        YearMonth feb = YearMonth.of(2027, 2); // 20 workdays, Mon 1 to Fri 26
        Map<LocalDate, BigDecimal> hours = new HashMap<>();
        for (int week = 0; week < 3; week++) {
            for (int d = 0; d < 3; d++) {
                hours.put(LocalDate.of(2027, 2, 1).plusWeeks(week).plusDays(d), new BigDecimal("6"));
            }
        }
        Set<LocalDate> vacation = Set.of(22, 23, 24, 25, 26).stream()
                .map(d -> LocalDate.of(2027, 2, d)).collect(Collectors.toSet());
        Pensum.Month pensum = Pensum.ofMonth(feb, d -> true, hours, vacation);
        assertThat(pensum.countedWorkdays()).isEqualTo(15);
        assertThat(pensum.billingPercent()).isEqualTo(60);
        assertThat(pensum.weeks()).extracting(Pensum.Week::percent).containsExactly(60, 60, 60, 0);
    }

    @Test
    @DisplayName("DC-05 weekly Pensum is the sum of the week's day counts; weeks cut by the month boundary count their days in it")
    void weeks() {
        Map<LocalDate, BigDecimal> hours = new HashMap<>();
        hours.put(LocalDate.of(2027, 3, 1), new BigDecimal("8.5"));
        hours.put(LocalDate.of(2027, 3, 2), new BigDecimal("2"));
        hours.put(LocalDate.of(2027, 3, 31), new BigDecimal("5"));
        Pensum.Month pensum = Pensum.ofMonth(MARCH, d -> true, hours, Set.of());
        assertThat(pensum.weeks()).hasSize(5);
        assertThat(pensum.weeks().getFirst()).isEqualTo(new Pensum.Week(LocalDate.of(2027, 3, 1), 30));
        assertThat(pensum.weeks().getLast()).isEqualTo(new Pensum.Week(LocalDate.of(2027, 3, 29), 20));
    }

    @Test
    @DisplayName("DC-05 no day held in the month: 0 %")
    void nothingHeld() {
        Pensum.Month pensum = Pensum.ofMonth(MARCH, d -> false, Map.of(), Set.of());
        assertThat(pensum.countedWorkdays()).isZero();
        assertThat(pensum.billingPercent()).isZero();
    }

    /** "2027-03-08..2027-03-12" closed from..to, "-" never closed. */
    private static java.util.function.Predicate<LocalDate> closures(String ranges) {
        if (ranges.equals("-")) {
            return d -> false;
        }
        String[] fromTo = ranges.split("\\.\\.");
        LocalDate from = LocalDate.parse(fromTo[0]);
        LocalDate to = LocalDate.parse(fromTo[1]);
        return d -> !d.isBefore(from) && !d.isAfter(to);
    }

    /**
     * The participant works 6 h on every day on which at least one of their areas is open (fully present), or only on
     * Mondays, Tuesdays and Wednesdays of such days (60 %).
     *
     * @param areaA closures of the first area
     * @param areaB closures of the second area; "none": the participant has only the first area
     */
    @ParameterizedTest(name = "A closed {0}, B closed {1}, works {2} -> {3} counted days, {4} % billed")
    @CsvSource({
            "-, -, all, 23, 100",
            "-, none, all, 23, 100",
            "2027-03-08..2027-03-12, -, all, 23, 100",
            "2027-03-08..2027-03-12, 2027-03-08..2027-03-12, all, 18, 100",
            "2027-03-08..2027-03-12, none, all, 18, 100",
            "2027-03-08..2027-03-12, 2027-03-10..2027-03-19, all, 20, 100",
            "2027-03-01..2027-03-31, 2027-03-01..2027-03-31, all, 0, 0",
            "2027-03-01..2027-03-31, -, all, 23, 100",
            "2027-03-08..2027-03-12, 2027-03-08..2027-03-12, mon-wed, 18, 60",
            "2027-03-22..2027-03-31, none, mon-wed, 15, 60"})
    @DisplayName("DC-05 company holidays do not lower the Pensum: days on which all of the participant's areas are closed are not counted")
    void companyHolidays(String areaA, String areaB, String works, int counted, int billed) {
        List<java.util.function.Predicate<LocalDate>> areas = areaB.equals("none")
                ? List.of(closures(areaA)) : List.of(closures(areaA), closures(areaB));
        java.util.function.Predicate<LocalDate> allClosed = Pensum.allClosed(areas);
        Map<LocalDate, BigDecimal> hours = new HashMap<>();
        for (LocalDate day : Workdays.of(MARCH)) {
            boolean present = works.equals("all") || day.getDayOfWeek().getValue() <= 3;
            if (!allClosed.test(day) && present) {
                hours.put(day, new BigDecimal("6"));
            }
        }
        Pensum.Month pensum = Pensum.ofMonth(MARCH, d -> true, hours, Set.of(), allClosed);
        assertThat(pensum.countedWorkdays()).isEqualTo(counted);
        assertThat(pensum.billingPercent()).isEqualTo(billed);
    }

    @Test
    @DisplayName("DC-05 without a work area no day is closed; a closed day with recorded work still counts, as a vacation day does")
    void companyHolidayEdges() {
        assertThat(Pensum.allClosed(List.of()).test(LocalDate.of(2027, 3, 8))).isFalse();
        java.util.function.Predicate<LocalDate> closedWeek = closures("2027-03-08..2027-03-12");
        Map<LocalDate, BigDecimal> hours = Workdays.of(MARCH).stream()
                .collect(Collectors.toMap(d -> d, d -> new BigDecimal("6")));
        Pensum.Month pensum = Pensum.ofMonth(MARCH, d -> true, hours, Set.of(), closedWeek);
        assertThat(pensum.countedWorkdays()).isEqualTo(23);
        assertThat(pensum.billingPercent()).isEqualTo(100);
        // held from 15 March, closed 22-26 March: 13 held days, 5 of them closed
        LocalDate start = LocalDate.of(2027, 3, 15);
        Pensum.Month partial = Pensum.ofMonth(MARCH, d -> !d.isBefore(start), Map.of(), Set.of(),
                closures("2027-03-22..2027-03-26"));
        assertThat(partial.countedWorkdays()).isEqualTo(8);
    }

    @ParameterizedTest(name = "{0} h valid: {1}")
    @CsvSource({"0, false", "-1, false", "0.25, true", "0.3, false", "4.5, true", "8.5, true", "8.75, false", "9, false"})
    @DisplayName("DC-01 hours within opening hours 08:00-16:30 in quarter hours")
    void hours(String hours, boolean valid) {
        assertThat(Workdays.validHours(new BigDecimal(hours))).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} is a workday: {1}")
    @CsvSource({"2027-03-01, true", "2027-03-05, true", "2027-03-06, false", "2027-03-07, false"})
    @DisplayName("DC-01 open Monday to Friday")
    void workdays(LocalDate day, boolean open) {
        assertThat(Workdays.isWorkday(day)).isEqualTo(open);
    }
}
