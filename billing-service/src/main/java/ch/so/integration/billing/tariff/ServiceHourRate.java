package ch.so.integration.billing.tariff;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * PG-05: one row of the pass(t)genau table: the rate per professional service hour (Fachleistungsstunde), valid in
 * a period, for one module ({@code module}: intake's module name, e.g. {@code ENTRY_PHASE}) or for all modules
 * ({@code module == null}). The seed gives no amount, so every row is configured; the currency is held because
 * pass(t)genau is financed by a German personal budget (EUR).
 */
public record ServiceHourRate(BigDecimal ratePerHour, Currency currency, Validity validity, String module) {

    public ServiceHourRate {
        Objects.requireNonNull(ratePerHour, "ratePerHour");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(validity, "validity");
        if (ratePerHour.signum() < 0) {
            throw new IllegalArgumentException("a rate cannot be negative");
        }
    }

    /** A rate for all modules. */
    public ServiceHourRate(BigDecimal ratePerHour, Currency currency, Validity validity) {
        this(ratePerHour, currency, validity, null);
    }
}
