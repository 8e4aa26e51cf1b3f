package ch.so.integration.daycenter.incident.api;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** DC-17: a crisis intervention: when, who, what. */
public record CrisisInterventionRequest(
        @Schema(description = "Not before the incident, not in the future")
        @NotNull(message = "is required") OffsetDateTime occurredAt,
        @Schema(description = "Who intervened: staff short ids or roles", examples = "agg-mba, area lead")
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String intervenedBy,
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String what) {
}
