package ch.so.integration.intake.placement.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import ch.so.integration.intake.placement.Placement;
import ch.so.integration.intake.placement.PlacementStatus;
import ch.so.integration.intake.placement.PlacementType;

public record PlacementView(UUID id, UUID personId, PlacementType type, LocalDate startDate, int pensumPercent,
                            PlacementStatus status, OffsetDateTime createdAt) {

    public static PlacementView of(Placement p) {
        return new PlacementView(p.id(), p.personId(), p.type(), p.startDate(), p.pensumPercent(), p.status(),
                p.createdAt());
    }
}
