package ch.so.integration.segmentation.effort.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import ch.so.integration.segmentation.effort.EffortEntry;
import ch.so.integration.segmentation.effort.EffortKind;

/** An effort entry as the caseworker sees it. */
public record EffortView(UUID id, UUID caseId, LocalDate workedOn, int minutes, EffortKind kind, String recordedBy,
                         OffsetDateTime recordedAt) {

    public static EffortView of(EffortEntry entry) {
        return new EffortView(entry.id(), entry.caseId(), entry.workedOn(), entry.minutes(), entry.kind(),
                entry.recordedBy(), entry.recordedAt());
    }
}
