package ch.so.integration.segmentation.integrationcase.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ch.so.integration.segmentation.integrationcase.Achievement;
import ch.so.integration.segmentation.integrationcase.IntegrationCase;
import ch.so.integration.segmentation.integrationcase.ReviewKind;

/**
 * What a review produced: the evaluation, the decision (none for the final review), the active measures the new
 * segment excludes (to be ended, SG-05), and the file note's reference (SG-07).
 */
public record ReviewOutcomeView(UUID id, UUID caseId, UUID personId, ReviewKind kind, LocalDate heldOn,
                                UUID goalAgreementId, List<Evaluation> goalEvaluations, String situation,
                                String labourMarket, CaseView.DecisionView decision,
                                Boolean furtherSupportNeeded, String takenOverBy,
                                List<CaseView.MeasureView> measuresToEnd, FileNoteRef fileNote) {

    public record Evaluation(UUID goalId, Achievement achievement, String reason) {
    }

    public record FileNoteRef(UUID id, String sha256, String documentType) {
    }

    public static ReviewOutcomeView of(IntegrationCase c, IntegrationCase.ReviewOutcome o, String documentType) {
        var r = o.review();
        return new ReviewOutcomeView(r.id(), c.id(), c.personId(), r.kind(), r.heldOn(), r.goalAgreementId(),
                r.evaluations().stream().map(e -> new Evaluation(e.goalId(), e.achievement(), e.reason())).toList(),
                r.situation(), r.labourMarket().orElse(null),
                o.decision() == null ? null : CaseView.DecisionView.of(o.decision()),
                r.furtherSupportNeeded().orElse(null), r.takenOverBy().orElse(null),
                o.measuresToEnd().stream().map(CaseView.MeasureView::of).toList(),
                new FileNoteRef(o.fileNote().id(), o.fileNote().sha256(), documentType));
    }
}
