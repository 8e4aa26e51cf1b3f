package ch.so.integration.daycenter.incident.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** DC-17 recording grid. Persons other than the participant are named by role, not by name. */
public record RecordIncidentRequest(
        @Schema(description = "The participant's placement (intake's placement id)")
        @NotNull(message = "is required") UUID placementId,
        @Schema(description = "When it happened; not in the future", examples = "2026-11-20T10:15:00+01:00")
        @NotNull(message = "is required") OffsetDateTime occurredAt,
        @Schema(description = "The work area or other place where it happened", examples = "Küche")
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String location,
        @Schema(description = "Staff involved, by short id (at most 10)", examples = "[\"agg-mba\"]")
        @Size(max = 10, message = "must be at most 10 entries")
        List<@NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters") String> staffInvolved,
        @Schema(description = "Other persons involved by role, without names where possible", examples = "another participant")
        @Size(max = 500, message = "must be at most 500 characters") String othersInvolved,
        @Schema(description = "What happened")
        @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String whatHappened,
        @Schema(description = "The immediate measures taken")
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String immediateMeasures) {
}
