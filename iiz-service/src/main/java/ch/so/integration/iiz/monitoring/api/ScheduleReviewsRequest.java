package ch.so.integration.iiz.monitoring.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** IZ-09: the agreed review interval and the date of the next review. */
public record ScheduleReviewsRequest(
        @NotNull(message = "is required") Integer intervalWeeks,
        @NotNull(message = "is required") LocalDate nextReviewOn) {
}
