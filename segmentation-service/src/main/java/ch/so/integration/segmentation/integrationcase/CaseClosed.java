package ch.so.integration.segmentation.integrationcase;

import java.time.LocalDate;
import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/** The case was closed (SG-10); after aftercare it names the final review (SG-09). */
@EventType(aggregate = "case", name = "case-closed", version = 1)
public record CaseClosed(UUID caseId, UUID personId, LocalDate closedOn, DetachmentReason detachmentReason,
                         LocalDate detachedOn, UUID finalReviewId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
