package ch.so.integration.segmentation.integrationcase;

import java.time.LocalDate;
import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/**
 * A review fell due (SG-04): the periodic review, the prompt review of a person in A who is not a self-runner, or
 * the final review at the end of aftercare (SG-09). Published once per due review. Keyed by the case id; no person id (it is in CaseOpened).
 */
@EventType(aggregate = "case", name = "review-due", version = 1)
public record ReviewDue(UUID caseId, String socialRegion, Segment segment, ReviewKind kind,
                        LocalDate reviewDueOn, LocalDate validUntil) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
