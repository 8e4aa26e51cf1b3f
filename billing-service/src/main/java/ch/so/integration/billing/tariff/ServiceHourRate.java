package ch.so.integration.billing.tariff;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * PG-05: one row of the pass(t)genau table: the rate per professional service hour (Fachleistungsstunde), valid in
 * a period. The seed gives no amount, so every row is configured; the currency is held because pass(t)genau is
 * financed by a German personal budget (EUR).
 */
public record ServiceHourRate(BigDecimal ratePerHour, Currency currency, Validity validity) {

    public ServiceHourRate {
        Objects.requireNonNull(ratePerHour, "ratePerHour");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(validity, "validity");
        if (ratePerHour.signum() < 0) {
            throw new IllegalArgumentException("a rate cannot be negative");
        }
    }
}
