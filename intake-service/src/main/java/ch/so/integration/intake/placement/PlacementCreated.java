package ch.so.integration.intake.placement;

import java.time.LocalDate;
import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/**
 * A placement was registered. The day center needs to know whom to expect (names, no AHV number, no other
 * personal data), from when, and with which Pensum.
 */
@EventType(aggregate = "placement", name = "placement-created", version = 1)
public record PlacementCreated(UUID placementId, UUID personId, PlacementType type, LocalDate startDate,
                               int pensumPercent, Participant participant) implements DomainEvent {

    /** Who the participant is, as far as the receiving team needs to greet them. */
    public record Participant(String officialName, String firstName) {
    }

    @Override
    public String aggregateId() {
        return placementId.toString();
    }
}
