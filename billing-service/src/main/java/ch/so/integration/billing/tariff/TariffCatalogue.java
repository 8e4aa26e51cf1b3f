package ch.so.integration.billing.tariff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The tariffs in force for the calculation (AM-01, DC-21, PG-05), read from the database on every call, within the
 * caller's transaction (or a short one of its own). No cache: a version added by any instance is seen by the next
 * call everywhere. The tables are a few dozen rows.
 */
@ApplicationScoped
public class TariffCatalogue {

    private final TariffTables tables;

    TariffCatalogue(TariffTables tables) {
        this.tables = tables;
    }

    /** AM-01: all versions of the maximum tariffs. */
    @Transactional
    public AmiMaximumTariffs amiMaximumTariffs() {
        return new AmiMaximumTariffs(tables.amiMaximum().stream().map(AmiMaximumTariffEntry::row).toList());
    }

    /** DC-21: all versions of the day-center monthly flat rates. */
    @Transactional
    public DayCenterFlatRates dayCenterFlatRates() {
        return new DayCenterFlatRates(tables.dayCenter().stream().map(DayCenterFlatRateEntry::row).toList());
    }

    /** PG-05: all versions of the pass(t)genau rates (per module or for all modules). */
    @Transactional
    public PasstgenauTariffs passtgenauTariffs() {
        return new PasstgenauTariffs(tables.passtgenau().stream().map(PasstgenauRateEntry::row).toList());
    }
}
