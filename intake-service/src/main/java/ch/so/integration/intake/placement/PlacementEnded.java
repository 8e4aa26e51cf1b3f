package ch.so.integration.intake.placement;

import java.time.LocalDate;
import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/**
 * DC-13, DC-14: the placement ends with {@code endDate} as its last day; {@code cancelledBeforeStart} when it never
 * started.
 */
@EventType(aggregate = "placement", name = "placement-ended", version = 1)
public record PlacementEnded(UUID placementId, UUID personId, PlacementType type, LocalDate startDate,
                             LocalDate endDate, ExitReason reason, boolean cancelledBeforeStart) implements DomainEvent {

    @Override
    public String aggregateId() {
        return placementId.toString();
    }
}
