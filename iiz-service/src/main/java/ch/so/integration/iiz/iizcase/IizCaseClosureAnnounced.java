package ch.so.integration.iiz.iizcase;

import java.time.LocalDate;
import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/** IZ-10: the social-assistance body is informed that the case will be closed. */
@EventType(aggregate = "case", name = "iiz-case-closure-announced", version = 1)
public record IizCaseClosureAnnounced(UUID caseId, UUID personId, String socialOffice, LocalDate announcedOn)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
