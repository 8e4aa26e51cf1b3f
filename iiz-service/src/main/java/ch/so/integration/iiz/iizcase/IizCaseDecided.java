package ch.so.integration.iiz.iizcase;

import java.time.LocalDate;
import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/** IZ-05: the case team decided on a round table or a recommendation with case closure (not its wording). */
@EventType(aggregate = "case", name = "iiz-case-decided", version = 1)
public record IizCaseDecided(UUID caseId, UUID personId, Decision decision, LocalDate decidedOn)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
