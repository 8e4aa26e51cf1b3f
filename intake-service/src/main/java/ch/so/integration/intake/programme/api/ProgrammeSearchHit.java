package ch.so.integration.intake.programme.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.programme.Programme;
import ch.so.integration.intake.programme.ProgrammeType;

/** A programme found near a postal code (AM-04). */
public record ProgrammeSearchHit(
        UUID id,
        String name,
        ProgrammeType type,
        String typeLabel,
        UUID providerId,
        String providerName,
        String postalCode,
        String town,
        @Schema(description = "Great-circle distance in km between the postal codes' centres, one decimal", examples = "12.3")
        BigDecimal distanceKm,
        int capacity,
        int freePlaces,
        TariffsView tariffs) {

    public static ProgrammeSearchHit of(Programme p, double distanceKm) {
        return new ProgrammeSearchHit(p.id(), p.name(), p.type(), p.type().label(), p.providerId(), p.providerName(),
                p.postalCode(), p.town(), BigDecimal.valueOf(distanceKm).setScale(1, RoundingMode.HALF_UP),
                p.capacity(), p.freePlaces(), TariffsView.of(p.tariffs(), p.type()));
    }
}
