package ch.so.integration.iiz.plan.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ch.so.integration.iiz.plan.PlanReview;

/** IZ-08: approve the draft, or comment on it (text required). */
public record ReviewRequest(
        @NotNull(message = "is required") PlanReview.Verdict verdict,
        @Size(max = 4000, message = "must be at most 4000 characters") String comment) {
}
