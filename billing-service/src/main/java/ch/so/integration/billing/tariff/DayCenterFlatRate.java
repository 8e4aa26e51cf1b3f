package ch.so.integration.billing.tariff;

import java.math.BigDecimal;
import java.util.Objects;

/** DC-21: one row of the day-center table: the monthly flat rate in CHF of an IBB level, valid in a period. */
public record DayCenterFlatRate(IbbLevel level, BigDecimal monthlyChf, Validity validity) {

    public DayCenterFlatRate {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(monthlyChf, "monthlyChf");
        Objects.requireNonNull(validity, "validity");
        if (monthlyChf.signum() < 0) {
            throw new IllegalArgumentException("a flat rate cannot be negative");
        }
    }
}
