package ch.so.integration.daycenter.attendance;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import ch.so.integration.platform.web.ProblemException;

/** Parses a month given as yyyy-MM. */
public final class Months {

    private Months() {
    }

    public static YearMonth parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, "is required (yyyy-MM)");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a month as yyyy-MM, e.g. 2027-03");
        }
    }
}
