package ch.so.integration.billing.record;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A day attended, with its hours (AM-07). */
@Embeddable
public class RecordedDay {

    @Column(name = "day", nullable = false)
    private LocalDate day;

    @Column(nullable = false, precision = 4, scale = 2)
    private BigDecimal hours;

    protected RecordedDay() {
    }

    RecordedDay(LocalDate day, BigDecimal hours) {
        this.day = day;
        this.hours = hours;
    }

    public LocalDate day() {
        return day;
    }

    public BigDecimal hours() {
        return hours;
    }
}
