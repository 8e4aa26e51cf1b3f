package ch.so.integration.daycenter.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * DC-05 Pensum, a pure function. 100 % = 5 workdays of at least 5 h.
 * <ul>
 *   <li>A day counts 20 % with 5 h or more, 10 % with more than 0 and under 5 h, 0 % without work (absences).</li>
 *   <li>Weekly Pensum = the sum of the day counts of the week's days (Mon-Fri).</li>
 *   <li>Monthly Pensum % = (sum of the day counts in the month) / (counted workdays / 5), where counted workdays are
 *       the month's Mon-Fri days on which the participant holds the place, without vacation days (vacation does
 *       not lower the Pensum; absences do) and without the days on which all of the participant's work areas are
 *       closed for a company holiday (a day counts only if at least one of the areas is open). A vacation or
 *       closed day on which work was recorded nevertheless counts like any other day.</li>
 *   <li>Billing works in 10 % steps: the monthly Pensum rounded DOWN to a multiple of 10.</li>
 * </ul>
 */
public final class Pensum {

    public static final BigDecimal FULL_DAY_HOURS = new BigDecimal("5");

    private Pensum() {
    }

    public record Week(LocalDate monday, int percent) {
    }

    /**
     * @param countedWorkdays   the denominator's days
     * @param dayPercentSum     the sum of the day counts
     * @param exactPercent      one decimal, half-up
     * @param billingPercent    rounded down to 10 % steps
     */
    public record Month(YearMonth month, int countedWorkdays, int dayPercentSum, BigDecimal exactPercent,
                        int billingPercent, List<Week> weeks) {
    }

    /** The Pensum one day counts for. */
    public static int ofDay(BigDecimal hoursWorked) {
        if (hoursWorked == null || hoursWorked.signum() <= 0) {
            return 0;
        }
        return hoursWorked.compareTo(FULL_DAY_HOURS) >= 0 ? 20 : 10;
    }

    /** The month without company holidays (no area closed). */
    public static Month ofMonth(YearMonth month, Predicate<LocalDate> heldOn, Map<LocalDate, BigDecimal> hoursByDay,
                                Set<LocalDate> vacationDays) {
        return ofMonth(month, heldOn, hoursByDay, vacationDays, day -> false);
    }

    /**
     * @param closedOn the days on which all of the participant's work areas are closed, see {@link #allClosed}
     */
    public static Month ofMonth(YearMonth month, Predicate<LocalDate> heldOn, Map<LocalDate, BigDecimal> hoursByDay,
                                Set<LocalDate> vacationDays, Predicate<LocalDate> closedOn) {
        int counted = 0;
        int sum = 0;
        Map<LocalDate, Integer> weeks = new TreeMap<>();
        for (LocalDate day : Workdays.of(month)) {
            if (!heldOn.test(day)) {
                continue;
            }
            int percent = ofDay(hoursByDay.get(day));
            weeks.merge(day.with(DayOfWeek.MONDAY), percent, Integer::sum);
            if (percent == 0 && (vacationDays.contains(day) || closedOn.test(day))) {
                continue;
            }
            counted++;
            sum += percent;
        }
        BigDecimal exact = counted == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(sum * 5L).divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP);
        int billing = counted == 0 ? 0 : (int) (sum * 5L / counted) / 10 * 10;
        List<Week> weekList = new ArrayList<>();
        weeks.forEach((monday, percent) -> weekList.add(new Week(monday, percent)));
        return new Month(month, counted, sum, exact, billing, List.copyOf(weekList));
    }

    /**
     * DC-05: the days on which every one of the participant's work areas is closed, given one "closed on" test per
     * area. A participant without areas has no such day; an area that is not known should be given as never closed.
     */
    public static Predicate<LocalDate> allClosed(Collection<Predicate<LocalDate>> areaClosedOn) {
        if (areaClosedOn.isEmpty()) {
            return day -> false;
        }
        List<Predicate<LocalDate>> areas = List.copyOf(areaClosedOn);
        return day -> areas.stream().allMatch(area -> area.test(day));
    }
}
