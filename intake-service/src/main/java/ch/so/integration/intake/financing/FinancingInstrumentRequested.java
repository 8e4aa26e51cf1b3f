package ch.so.integration.intake.financing;

import java.time.LocalDate;
import java.util.UUID;

import ch.so.integration.intake.placement.PlacementType;
import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/**
 * DC-14: intake asks a financing body for an instrument (cost approval, KÜG, Evidence registration, ...). For
 * billing and the Evidence adapter. {@code debtorName} names the social office where it is the debtor.
 */
@EventType(aggregate = "financing-instrument", name = "financing-instrument-requested", version = 1)
public record FinancingInstrumentRequested(UUID instrumentId, UUID placementId, UUID personId,
                                           PlacementType placementType, InstrumentKind instrument, Debtor debtor,
                                           String debtorName, int participantSharePercent, LocalDate neededFrom,
                                           String rule) implements DomainEvent {
    @Override
    public String aggregateId() {
        return instrumentId.toString();
    }
}
