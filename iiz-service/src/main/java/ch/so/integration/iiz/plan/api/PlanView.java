package ch.so.integration.iiz.plan.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import ch.so.integration.iiz.plan.IntegrationPlan;
import ch.so.integration.iiz.plan.PlanReview;
import ch.so.integration.iiz.plan.PlanStatus;

/** One version of the integration plan with its measures, reviews and signatures. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanView(UUID id, UUID caseId, int version, int revision, PlanStatus status, String draftedBy,
                       OffsetDateTime draftedAt, List<MeasureDto> measures, List<ReviewView> reviews,
                       List<String> approvedBy, List<String> openComments, LocalDate kickoffOn,
                       String coordinatorSignatory, String clientSignatory, OffsetDateTime signedAt,
                       OffsetDateTime supersededAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReviewView(int revision, PlanReview.Verdict verdict, String comment, String reviewer, String member,
                             String institution, OffsetDateTime reviewedAt) {
    }

    public static PlanView of(IntegrationPlan p) {
        var latest = p.latestReviews();
        return new PlanView(p.id(), p.caseId(), p.planVersion(), p.revision(), p.status(), p.draftedBy(), p.draftedAt(),
                p.measures().stream().map(MeasureDto::of).toList(),
                p.reviews().stream().map(r -> new ReviewView(r.revision(), r.verdict(), r.comment(), r.reviewer().user(),
                        r.reviewer().member(), r.reviewer().institution(), r.reviewedAt())).toList(),
                latest.values().stream().filter(r -> r.verdict() == PlanReview.Verdict.APPROVED)
                        .map(r -> r.reviewer().user()).sorted().toList(),
                latest.values().stream().filter(r -> r.verdict() == PlanReview.Verdict.COMMENTED)
                        .map(r -> r.reviewer().user()).sorted().toList(),
                p.kickoffOn(), p.coordinatorSignatory(), p.clientSignatory(), p.signedAt(), p.supersededAt());
    }
}
