package ch.so.integration.billing.tariff;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of the AM-01 table: the maximum tariff in CHF of a programme type in a unit, with an optional monthly cap
 * (Suchthilfe Stundenlohn: CHF 350 a month), valid in a period.
 */
public record MaximumTariff(ProgrammeType type, TariffUnit unit, BigDecimal maximumChf, BigDecimal monthlyCapChf,
                            Validity validity) {

    public MaximumTariff {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(maximumChf, "maximumChf");
        Objects.requireNonNull(validity, "validity");
        if (maximumChf.signum() < 0 || (monthlyCapChf != null && monthlyCapChf.signum() < 0)) {
            throw new IllegalArgumentException("a maximum tariff cannot be negative");
        }
    }
}
