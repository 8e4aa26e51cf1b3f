package ch.so.integration.daycenter.area;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * DC-02: company holidays close a work area only while at least one other area is open. A closure that would
 * leave, on some open weekday, every area closed at the same time is refused. Weekends are closed anyway (DC-01)
 * and do not count. Pure: it looks at the areas' closures it is given, all of them.
 */
public final class CompanyHolidays {

    public static final String RULE = "DC-02";

    private CompanyHolidays() {
    }

    /** What the check needs of an area: its id and its closures. */
    public record AreaClosures(UUID areaId, List<DateRange> closures) {
        boolean closedOn(LocalDate day) {
            return closures.stream().anyMatch(c -> c.contains(day));
        }
    }

    /**
     * The open weekdays within {@code candidate} on which no area would be open if {@code areaId} closed for it.
     * Empty means the closure is allowed. With one area only, every weekday of the closure is such a day.
     */
    public static List<LocalDate> daysWithoutOpenArea(Collection<AreaClosures> areas, UUID areaId, DateRange candidate) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = candidate.from(); !day.isAfter(candidate.to()); day = day.plusDays(1)) {
            if (!OpeningHours.isOpen(day)) {
                continue;
            }
            LocalDate d = day;
            boolean anotherOpen = areas.stream().anyMatch(a -> !a.areaId().equals(areaId) && !a.closedOn(d));
            if (!anotherOpen) {
                days.add(day);
            }
        }
        return days;
    }

    /** Consecutive days joined into ranges, e.g. for a message: "2027-07-19 to 2027-07-23, 2027-07-26". */
    public static String describe(List<LocalDate> days) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size() && !days.get(j + 1).isAfter(nextWeekday(days.get(j)))) {
                j++;
            }
            parts.add(i == j ? days.get(i).toString() : days.get(i) + " to " + days.get(j));
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    private static LocalDate nextWeekday(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!OpeningHours.isOpen(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
