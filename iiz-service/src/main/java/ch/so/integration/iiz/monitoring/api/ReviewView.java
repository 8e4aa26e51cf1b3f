package ch.so.integration.iiz.monitoring.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import ch.so.integration.iiz.monitoring.MonitoringReview;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewView(UUID id, UUID caseId, LocalDate heldOn, MonitoringReview.Kind kind, String outcome,
                         String adjustments, String recordedBy, OffsetDateTime recordedAt) {

    public static ReviewView of(MonitoringReview r) {
        return new ReviewView(r.id(), r.caseId(), r.heldOn(), r.kind(), r.outcome(), r.adjustments(), r.recordedBy(),
                r.recordedAt());
    }
}
