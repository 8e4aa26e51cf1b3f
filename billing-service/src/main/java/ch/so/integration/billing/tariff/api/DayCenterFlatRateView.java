package ch.so.integration.billing.tariff.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.billing.tariff.DayCenterFlatRate;
import ch.so.integration.billing.tariff.DayCenterFlatRateEntry;
import ch.so.integration.billing.tariff.IbbLevel;

/** DC-21: one version of a day-center monthly flat rate. */
public record DayCenterFlatRateView(
        UUID id,
        @Schema(description = "IBB level; ASSESSMENT_PENDING is the unit rate for at most 75 days from admission")
        IbbLevel level,
        @Schema(examples = "1795.00") BigDecimal monthlyChf,
        LocalDate validFrom,
        @Schema(description = "Last day, inclusive; null = open-ended") LocalDate validTo) {

    public static DayCenterFlatRateView of(DayCenterFlatRateEntry entry) {
        DayCenterFlatRate row = entry.row();
        return new DayCenterFlatRateView(entry.id(), row.level(), row.monthlyChf(), row.validity().validFrom(),
                row.validity().validTo());
    }
}
