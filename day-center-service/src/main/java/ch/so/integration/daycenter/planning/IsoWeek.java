package ch.so.integration.daycenter.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** An ISO-8601 week, written {@code 2027-W03}: Monday to Sunday. */
public record IsoWeek(LocalDate monday) {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-W\\d{2}");

    public IsoWeek {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on a Monday");
        }
    }

    /** @throws IllegalArgumentException for anything but an existing week written YYYY-Www */
    public static IsoWeek parse(String text) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            throw new IllegalArgumentException("must be an ISO week such as 2027-W03");
        }
        try {
            return new IsoWeek(LocalDate.parse(text + "-1", DateTimeFormatter.ISO_WEEK_DATE));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("no such week: " + text);
        }
    }

    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(monday) && !day.isAfter(sunday());
    }

    /** Monday to Friday. */
    public List<LocalDate> weekdays() {
        return Stream.iterate(monday, d -> d.plusDays(1)).limit(5).toList();
    }

    public IsoWeek previous() {
        return new IsoWeek(monday.minusWeeks(1));
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
