package ch.so.integration.daycenter.area;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * DC-01: the day center is open Monday to Friday, 08:00–16:30, all year.
 *
 * <p>Reading: "all year" means there is no general closing (public holidays included); parts close only for their
 * company holidays, which are closures of a work area (DC-02, see {@link WorkArea#isOpenOn(LocalDate)}). The day is
 * planned in two half-days, {@link HalfDay#MORNING} 08:00–12:00 and {@link HalfDay#AFTERNOON} 12:00–16:30.
 *
 * <p>Pure: no clock, no database. Attendance and planning ask it; a request outside these hours is refused citing
 * {@link #RULE}.
 */
public final class OpeningHours {

    public static final String RULE = "DC-01";
    public static final LocalTime OPENS = LocalTime.of(8, 0);
    public static final LocalTime CLOSES = LocalTime.of(16, 30);

    private static final List<HalfDay> HALF_DAYS = List.of(HalfDay.values());

    private OpeningHours() {
    }

    /** Open on a weekday (Monday to Friday); closed on Saturday and Sunday. */
    public static boolean isOpen(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /**
     * Whether the span from {@code from} to {@code to} on {@code day} lies within the opening hours: an open day,
     * {@code from} before {@code to}, not before 08:00 and not after 16:30 (16:30 itself is allowed as the end).
     */
    public static boolean isWithin(LocalDate day, LocalTime from, LocalTime to) {
        return isOpen(day) && from != null && to != null && from.isBefore(to)
                && !from.isBefore(OPENS) && !to.isAfter(CLOSES);
    }

    /** The half-days of an open day, in order: morning, afternoon. */
    public static List<HalfDay> halfDays() {
        return HALF_DAYS;
    }

    /** A sentence for a refusal, naming the hours. */
    public static String describe() {
        return "The day center is open Monday to Friday, 08:00–16:30 (morning 08:00–12:00, afternoon 12:00–16:30).";
    }
}
