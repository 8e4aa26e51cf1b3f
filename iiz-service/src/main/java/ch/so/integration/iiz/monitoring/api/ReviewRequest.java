package ch.so.integration.iiz.monitoring.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ch.so.integration.iiz.monitoring.MonitoringReview;

/** IZ-09: a review held: when, scheduled or on demand, its outcome and the adjustments agreed. */
public record ReviewRequest(
        @NotNull(message = "is required") LocalDate heldOn,
        @NotNull(message = "is required") MonitoringReview.Kind kind,
        @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String outcome,
        @Size(max = 4000, message = "must be at most 4000 characters") String adjustments) {
}
