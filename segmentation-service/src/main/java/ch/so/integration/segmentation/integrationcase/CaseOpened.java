package ch.so.integration.segmentation.integrationcase;

import java.time.LocalDate;
import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/** An integration case was opened (SG-01, administrative case intake). Ids, type, region and date only. */
@EventType(aggregate = "case", name = "case-opened", version = 1)
public record CaseOpened(UUID caseId, UUID personId, AssistanceType assistanceType, String socialRegion,
                         LocalDate openedOn) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
