package ch.so.integration.billing.payer;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The billed days of one participant-month: the whole month, or part of it in an entry or exit month.
 * A granted instrument must cover every billed day.
 */
public record ServicePeriod(LocalDate firstDay, LocalDate lastDay) {

    public ServicePeriod {
        if (firstDay == null || lastDay == null) {
            throw new IllegalArgumentException("a service period needs its first and last day");
        }
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("service period ends before it starts: " + firstDay + ".." + lastDay);
        }
        if (!YearMonth.from(firstDay).equals(YearMonth.from(lastDay))) {
            throw new IllegalArgumentException("a service period lies within one month: " + firstDay + ".." + lastDay);
        }
    }

    public static ServicePeriod month(YearMonth month) {
        return new ServicePeriod(month.atDay(1), month.atEndOfMonth());
    }

    @Override
    public String toString() {
        return firstDay + ".." + lastDay;
    }
}
