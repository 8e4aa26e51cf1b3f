package ch.so.integration.iiz.monitoring.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** IZ-09: the agreed interval, when the next review is due, whether it is overdue, and the last review. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MonitoringView(UUID caseId, Integer intervalWeeks, LocalDate nextReviewOn, boolean overdue,
                             String agreedBy, OffsetDateTime agreedAt, ReviewView lastReview) {
}
