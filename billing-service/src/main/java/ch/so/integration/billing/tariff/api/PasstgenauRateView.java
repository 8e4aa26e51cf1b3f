package ch.so.integration.billing.tariff.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.billing.tariff.PasstgenauRateEntry;
import ch.so.integration.billing.tariff.ServiceHourRate;

/** PG-05: one version of the pass(t)genau rate per professional service hour. */
public record PasstgenauRateView(
        UUID id,
        @Schema(description = "intake's module name (e.g. ENTRY_PHASE); null = all modules") String module,
        @Schema(examples = "62.50") BigDecimal ratePerHour,
        @Schema(examples = "EUR") String currency,
        LocalDate validFrom,
        @Schema(description = "Last day, inclusive; null = open-ended") LocalDate validTo) {

    public static PasstgenauRateView of(PasstgenauRateEntry entry) {
        ServiceHourRate row = entry.row();
        return new PasstgenauRateView(entry.id(), row.module(), row.ratePerHour(),
                row.currency().getCurrencyCode(), row.validity().validFrom(), row.validity().validTo());
    }
}
