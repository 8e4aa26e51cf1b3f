package ch.so.integration.intake.financing;

import java.time.LocalDate;
import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/**
 * DC-14: a mutation needs another instrument; this one no longer applies from {@code effectiveDate} on, and
 * {@code supersededBy} is requested instead. Billing stops invoicing on it from that day.
 */
@EventType(aggregate = "financing-instrument", name = "financing-instrument-superseded", version = 1)
public record FinancingInstrumentSuperseded(UUID instrumentId, UUID placementId, UUID personId,
                                            InstrumentKind instrument, LocalDate effectiveDate, UUID supersededBy)
        implements DomainEvent {
    @Override
    public String aggregateId() {
        return instrumentId.toString();
    }
}
