package ch.so.integration.intake.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/**
 * DC-14: a mutation of a placement, effective on a date. {@code changes} names what changed; the other fields are
 * the placement's terms after the change, so a consumer needs no history to apply it.
 */
@EventType(aggregate = "placement", name = "placement-changed", version = 1)
public record PlacementChanged(UUID placementId, UUID personId, PlacementType type, LocalDate effectiveDate,
                               List<MutationKind> changes, Integer pensumPercent, Integer billingBasisPensumPercent,
                               List<String> workAreas) implements DomainEvent {

    @Override
    public String aggregateId() {
        return placementId.toString();
    }
}
