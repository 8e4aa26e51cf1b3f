package ch.so.integration.billing.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A day a participant attended a programme, with the hours attended (or, for Suchthilfe Stundenlohn, worked). */
public record ServiceDay(LocalDate date, BigDecimal hours) {

    public ServiceDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(hours, "hours");
        if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0) {
            throw new IllegalArgumentException("hours on " + date + " must be above 0 and at most 24: " + hours);
        }
    }
}
