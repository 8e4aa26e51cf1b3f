package ch.so.integration.billing.tariff;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A provider's agreed tariff in CHF for a programme type in a unit. Create it through
 * {@link AmiMaximumTariffs#approve}, which refuses a tariff above the AM-01 maximum; the calculation checks again.
 */
public record ProviderTariff(ProgrammeType type, TariffUnit unit, BigDecimal chf) {

    public ProviderTariff {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(chf, "chf");
        if (chf.signum() < 0) {
            throw new IllegalArgumentException("a tariff cannot be negative");
        }
    }
}
