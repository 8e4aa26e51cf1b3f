package ch.so.integration.segmentation.integrationcase.api;

import java.time.LocalDate;
import java.util.UUID;

import ch.so.integration.segmentation.integrationcase.CaseStatus;
import ch.so.integration.segmentation.integrationcase.IntegrationCase;
import ch.so.integration.segmentation.integrationcase.ReviewKind;
import ch.so.integration.segmentation.integrationcase.Segment;

/** SG-04: a case whose review is due; {@code overdue} when the due date has passed. */
public record DueReviewView(UUID caseId, UUID personId, String socialRegion, String caseworker, CaseStatus status,
                            Segment segment, ReviewKind kind, LocalDate reviewDueOn, LocalDate validUntil,
                            boolean overdue) {

    public static DueReviewView of(IntegrationCase c, LocalDate today) {
        ReviewKind kind = c.status() == CaseStatus.AFTERCARE ? ReviewKind.FINAL
                : c.notSelfRunnerSince().isPresent() ? ReviewKind.PROMPT : ReviewKind.REGULAR;
        LocalDate due = c.reviewDueOn().orElseThrow();
        return new DueReviewView(c.id(), c.personId(), c.socialRegion(), c.caseworker(), c.status(),
                c.segment().orElse(null), kind, due,
                c.status() == CaseStatus.AFTERCARE ? c.aftercareEndsOn().orElse(null)
                        : c.segmentValidUntil().orElse(null), due.isBefore(today));
    }
}
