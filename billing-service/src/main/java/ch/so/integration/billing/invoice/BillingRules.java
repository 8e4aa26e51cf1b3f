package ch.so.integration.billing.invoice;

import jakarta.enterprise.context.ApplicationScoped;

import ch.so.integration.billing.tariff.TariffCatalogue;

/**
 * The rules the run and the preview bill by, as they stand now: the tariff tables (versioned data in the database,
 * read through the {@link TariffCatalogue}) and the AM-06 waiver settings. One place, so that the preview and the
 * invoice can never differ.
 */
@ApplicationScoped
public class BillingRules {

    private final TariffCatalogue tariffs;
    private final WaiverSettings waiver;

    BillingRules(TariffCatalogue tariffs, WaiverSettings waiver) {
        this.tariffs = tariffs;
        this.waiver = waiver;
    }

    /** Reads the tariff tables: call it inside the caller's transaction. */
    public MonthBilling monthBilling() {
        return new MonthBilling(tariffs.amiMaximumTariffs(), tariffs.dayCenterFlatRates(), tariffs.passtgenauTariffs(),
                waiver.limits(), waiver.policy());
    }
}
