package ch.so.integration.intake.placement;

import java.time.LocalDate;
import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/** The placement starts: financing granted (DC-14) and agreement signed (DC-12). */
@EventType(aggregate = "placement", name = "placement-activated", version = 1)
public record PlacementActivated(UUID placementId, UUID personId, PlacementType type, LocalDate startDate)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return placementId.toString();
    }
}
