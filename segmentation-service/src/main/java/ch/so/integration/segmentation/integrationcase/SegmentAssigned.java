package ch.so.integration.segmentation.integrationcase;

import java.time.LocalDate;
import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/**
 * The initial segmentation closed process 2010 (SG-01, SG-02, SG-04). No reason text and no need categories: they
 * stay in the case. Keyed by the case id; no person id (it is in CaseOpened) and no entitlement.
 */
@EventType(aggregate = "case", name = "segment-assigned", version = 1)
public record SegmentAssigned(UUID caseId, UUID decisionId, Segment segment, String socialRegion, LocalDate decidedOn, LocalDate validUntil,
                              LocalDate reviewDueOn) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
