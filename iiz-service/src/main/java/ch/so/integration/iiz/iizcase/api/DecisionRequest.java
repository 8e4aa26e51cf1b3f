package ch.so.integration.iiz.iizcase.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.iiz.iizcase.Decision;

/** IZ-05: the case team's decision after the situation analysis. */
public record DecisionRequest(
        @NotNull(message = "is required") Decision decision,
        @Schema(description = "The recommendation; required for RECOMMENDATION_WITH_CLOSURE")
        @Size(max = 4000, message = "must be at most 4000 characters") String recommendation) {
}
