package ch.so.integration.segmentation.integrationcase;

import java.time.LocalDate;
import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/**
 * The person left social assistance (SG-09, SG-10). After a professional integration, aftercare runs until
 * {@code aftercareEndsOn}; otherwise that is null. A case withdrawn in intake (NOT_ENTITLED, SUBSIDIARITY, WITHDRAWN,
 * OTHER) has no segment (null). Keyed by the case id; no person id (consumers that need the person have it from
 * CaseOpened) and no entitlement.
 */
@EventType(aggregate = "case", name = "case-detached", version = 1)
public record CaseDetached(UUID caseId, DetachmentReason reason, LocalDate detachedOn, Segment segment,
                           LocalDate aftercareEndsOn) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
