package ch.so.integration.intake.financing;

import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/** The financing body refused the instrument; nothing may be billed on it. */
@EventType(aggregate = "financing-instrument", name = "financing-instrument-refused", version = 1)
public record FinancingInstrumentRefused(UUID instrumentId, UUID placementId, UUID personId,
                                         InstrumentKind instrument) implements DomainEvent {
    @Override
    public String aggregateId() {
        return instrumentId.toString();
    }
}
