package ch.so.integration.intake.programme.api;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.programme.ProgrammeType;
import ch.so.integration.intake.programme.Tariffs;

/** A programme's tariffs in CHF; null where it is not billed in that unit. */
public record TariffsView(
        BigDecimal perCoachingHour,
        BigDecimal perDay,
        BigDecimal perHourWorked,
        @Schema(description = "AM-01 cap per month of the programme type, applied in billing (Suchthilfe Stundenlohn: 350.00)")
        BigDecimal maxPerMonth) {

    public static TariffsView of(Tariffs tariffs, ProgrammeType type) {
        return new TariffsView(tariffs.perCoachingHour(), tariffs.perDay(), tariffs.perHourWorked(),
                type.maximumPerMonth().orElse(null));
    }
}
