package ch.so.integration.billing.tariff.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.billing.tariff.AmiMaximumTariffEntry;
import ch.so.integration.billing.tariff.MaximumTariff;
import ch.so.integration.billing.tariff.ProgrammeType;
import ch.so.integration.billing.tariff.TariffUnit;

/** AM-01: one version of a maximum tariff. */
public record AmiMaximumTariffView(
        UUID id,
        ProgrammeType programmeType,
        @Schema(examples = "Qualifizierung") String programmeLabel,
        TariffUnit unit,
        @Schema(examples = "pro Einsatztag") String unitLabel,
        @Schema(examples = "80.00") BigDecimal maximumChf,
        @Schema(description = "Monthly cap in CHF (Suchthilfe Stundenlohn: 350.00), else null")
        BigDecimal monthlyCapChf,
        LocalDate validFrom,
        @Schema(description = "Last day, inclusive; null = open-ended") LocalDate validTo) {

    public static AmiMaximumTariffView of(AmiMaximumTariffEntry entry) {
        MaximumTariff row = entry.row();
        return new AmiMaximumTariffView(entry.id(), row.type(), row.type().label(), row.unit(), row.unit().label(),
                row.maximumChf(), row.monthlyCapChf(), row.validity().validFrom(), row.validity().validTo());
    }
}
