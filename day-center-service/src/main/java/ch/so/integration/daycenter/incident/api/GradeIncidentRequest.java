package ch.so.integration.daycenter.incident.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.daycenter.incident.ViolenceType;

/** DC-17 classification grid (Bündner Standard). */
public record GradeIncidentRequest(
        @NotNull(message = "is required") ViolenceType type,
        @Schema(description = "1 boundary-violating, 2 slightly abusive, 3 severely abusive, 4 criminally relevant")
        @NotNull(message = "is required") Integer severityLevel,
        @NotBlank(message = "is required") @Size(max = 1900, message = "must be at most 1900 characters") String rationale,
        @Schema(description = "Required at level 4: whether the authorities are notified")
        Boolean authoritiesNotified) {
}
