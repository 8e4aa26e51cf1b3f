package ch.so.integration.billing.calculation;

import java.time.LocalDate;
import java.util.Objects;

/** A coaching session with its length in minutes as recorded (rounded up to the quarter hour when billed, AM-07). */
public record CoachingSession(LocalDate date, int minutes) {

    public CoachingSession {
        Objects.requireNonNull(date, "date");
        if (minutes <= 0) {
            throw new IllegalArgumentException("a coaching session on " + date + " must last at least 1 minute");
        }
    }
}
