package ch.so.integration.daycenter.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import ch.so.integration.daycenter.area.OpeningHours;

/** DC-01 for attendance: the open days come from {@link OpeningHours}; a day has at most 8.5 h (08:00-16:30). */
public final class Workdays {

    /** 08:00 to 16:30: the most hours a day can have. */
    public static final BigDecimal MAX_HOURS = new BigDecimal("8.5");
    private static final BigDecimal STEP = new BigDecimal("0.25");

    private Workdays() {
    }

    public static boolean isWorkday(LocalDate day) {
        return OpeningHours.isOpen(day);
    }

    public static List<LocalDate> of(YearMonth month) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (isWorkday(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** 0 < hours <= 8.5, in quarter hours. */
    public static boolean validHours(BigDecimal hours) {
        return hours != null && hours.signum() > 0 && hours.compareTo(MAX_HOURS) <= 0
                && hours.remainder(STEP).signum() == 0;
    }
}
