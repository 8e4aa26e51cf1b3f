package ch.so.integration.daycenter.concern.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.daycenter.concern.ConcernStatus;

/** DC-18: the next status (RECEIVED, FORWARDED, IN_PROGRESS, CLOSED, one step at a time). */
public record ChangeConcernStatusRequest(
        @NotNull(message = "is required") ConcernStatus status,
        @Schema(description = "Optional, e.g. to whom it was forwarded")
        @Size(max = 1000, message = "must be at most 1000 characters") String note) {
}
