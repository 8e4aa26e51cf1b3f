package ch.so.integration.iiz.iizcase;

import java.time.LocalDate;
import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/**
 * IZ-10: the case is closed, the Vollmacht lapsed and everything the institutions provided was deleted
 * ({@code deletedItems} entries in the deletion log).
 */
@EventType(aggregate = "case", name = "iiz-case-closed", version = 1)
public record IizCaseClosed(UUID caseId, UUID personId, String socialOffice, ClosureReason reason, LocalDate closedOn,
                            int deletedItems) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
