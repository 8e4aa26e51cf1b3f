package ch.so.integration.intake.programme.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import ch.so.integration.intake.programme.Programme;
import ch.so.integration.intake.programme.ProgrammeType;

public record ProgrammeView(UUID id, UUID providerId, String providerName, ProgrammeType type, String typeLabel,
                            String name, String postalCode, String town, TariffsView tariffs, int capacity,
                            int occupiedPlaces, int freePlaces, OffsetDateTime createdAt) {

    public static ProgrammeView of(Programme p) {
        return new ProgrammeView(p.id(), p.providerId(), p.providerName(), p.type(), p.type().label(), p.name(),
                p.postalCode(), p.town(), TariffsView.of(p.tariffs(), p.type()), p.capacity(), p.occupiedPlaces(),
                p.freePlaces(), p.createdAt());
    }
}
