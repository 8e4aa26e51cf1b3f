package ch.so.integration.segmentation.integrationcase;

import java.time.LocalDate;
import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/** A review kept the segment (SG-07); the decision is documented all the same, in the referenced file note. */
@EventType(aggregate = "case", name = "segment-confirmed", version = 1)
public record SegmentConfirmed(UUID caseId, UUID personId, UUID reviewId, UUID decisionId, Segment segment,
                               LocalDate decidedOn, LocalDate validUntil, LocalDate reviewDueOn, UUID fileNoteId,
                               String fileNoteSha256) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
