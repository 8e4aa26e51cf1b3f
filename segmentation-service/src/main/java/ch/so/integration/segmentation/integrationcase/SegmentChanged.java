package ch.so.integration.segmentation.integrationcase;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;
import ch.so.integration.segmentation.measure.MeasureType;

/**
 * A review moved the case to another segment (SG-07, SG-08). Carries the file note's reference (id and SHA-256)
 * and the active measures the new segment excludes, to be ended (SG-05).
 */
@EventType(aggregate = "case", name = "segment-changed", version = 1)
public record SegmentChanged(UUID caseId, UUID personId, UUID reviewId, UUID decisionId, Segment from, Segment to,
                             LocalDate decidedOn, LocalDate validUntil, LocalDate reviewDueOn, UUID fileNoteId,
                             String fileNoteSha256, List<MeasureToEnd> measuresToEnd) implements DomainEvent {

    public record MeasureToEnd(UUID measureId, MeasureType type) {
    }

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
