package ch.so.integration.intake.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.web.ProblemException;

/**
 * The months a report covers: {@code from} to {@code to}, both included, at most {@value #MAX_MONTHS} months.
 */
public record ReportPeriod(YearMonth from, YearMonth to) {

    /** Three years of months: enough for a multi-year comparison, small enough to stay one quick query. */
    public static final int MAX_MONTHS = 36;

    /** The earliest year a report may start in (PostgreSQL has no year 0; no placement lies that far back). */
    public static final int MIN_YEAR = 1900;

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /** @throws IllegalArgumentException when the period is empty, reversed or longer than {@value #MAX_MONTHS} months */
    public ReportPeriod {
        if (from == null || to == null) {
            throw new IllegalArgumentException("from and to are required");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to lies before from");
        }
        if (monthsBetween(from, to) > MAX_MONTHS) {
            throw new IllegalArgumentException("more than " + MAX_MONTHS + " months");
        }
    }

    /**
     * Reads {@code ?from=YYYY-MM&to=YYYY-MM}.
     *
     * @throws ProblemException 400 naming each offending parameter
     */
    public static ReportPeriod parse(String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        YearMonth start = month("from", from, errors);
        YearMonth end = month("to", to, errors);
        if (errors.isEmpty()) {
            if (end.isBefore(start)) {
                errors.add(new FieldError("to", "must not lie before from (" + start + ")"));
            } else if (monthsBetween(start, end) > MAX_MONTHS) {
                errors.add(new FieldError("to", "the period spans at most " + MAX_MONTHS + " months; from " + start
                        + " the last month is " + start.plusMonths(MAX_MONTHS - 1)));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return new ReportPeriod(start, end);
    }

    private static YearMonth month(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required (a month, YYYY-MM)"));
            return null;
        }
        String month = value.strip();
        if (!MONTH.matcher(month).matches()) {
            errors.add(new FieldError(field, "must be a month as YYYY-MM, e.g. 2026-01"));
            return null;
        }
        int year = Integer.parseInt(month.substring(0, 4));
        int monthOfYear = Integer.parseInt(month.substring(5));
        if (monthOfYear < 1 || monthOfYear > 12) {
            errors.add(new FieldError(field, "must be a month as YYYY-MM, with the month 01 to 12"));
            return null;
        }
        if (year < MIN_YEAR) {
            errors.add(new FieldError(field, "must lie in " + MIN_YEAR + " or later"));
            return null;
        }
        return YearMonth.of(year, monthOfYear);
    }

    private static long monthsBetween(YearMonth from, YearMonth to) {
        return (to.getYear() - from.getYear()) * 12L + to.getMonthValue() - from.getMonthValue() + 1;
    }

    /** How many months the period covers. */
    public int monthCount() {
        return (int) monthsBetween(from, to);
    }

    /** The months in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(monthCount());
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The first day of the first month. */
    public LocalDate firstDay() {
        return from.atDay(1);
    }

    /** The last day of the last month. */
    public LocalDate lastDay() {
        return to.atEndOfMonth();
    }
}
