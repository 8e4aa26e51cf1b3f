package ch.so.integration.segmentation.integrationcase.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ch.so.integration.segmentation.integrationcase.AssistanceType;
import ch.so.integration.segmentation.integrationcase.CaseMeasure;
import ch.so.integration.segmentation.integrationcase.CaseStatus;
import ch.so.integration.segmentation.integrationcase.DecisionKind;
import ch.so.integration.segmentation.integrationcase.DetachmentReason;
import ch.so.integration.segmentation.integrationcase.IntakeStep;
import ch.so.integration.segmentation.integrationcase.IntegrationCase;
import ch.so.integration.segmentation.integrationcase.NeedCategory;
import ch.so.integration.segmentation.integrationcase.ReviewKind;
import ch.so.integration.segmentation.integrationcase.Segment;
import ch.so.integration.segmentation.integrationcase.SegmentDecision;
import ch.so.integration.segmentation.measure.MeasureType;

/**
 * An integration case with its process-2010 steps, segment decisions, measures and reviews. {@code proposedSegment}
 * is O while the case is in intake (the default when unclear, SG-02); {@code reviewOverdue} is true when the review
 * due date has passed; {@code goalAgreementDue} is true when the current period (since the last segment decision, or
 * since aftercare started) has no goal agreement yet (SG-06, SG-09).
 */
public record CaseView(UUID id, UUID personId, AssistanceType assistanceType, Boolean entitled, String socialRegion,
                       String caseworker, CaseStatus status, LocalDate openedOn, IntakeStep nextIntakeStep,
                       Segment proposedSegment, Segment segment, LocalDate segmentValidUntil, LocalDate reviewDueOn,
                       boolean reviewOverdue, LocalDate notSelfRunnerSince, LocalDate detachedOn,
                       DetachmentReason detachmentReason, LocalDate aftercareEndsOn, UUID finalReviewId,
                       LocalDate closedOn, boolean goalAgreementDue, List<StepView> intakeSteps, List<DecisionView> decisions,
                       List<MeasureView> measures, List<ReviewSummary> reviews) {

    public record StepView(IntakeStep step, LocalDate date, String findings) {
    }

    public record DecisionView(UUID id, DecisionKind kind, Segment segment, Segment previousSegment,
                               LocalDate decidedOn, LocalDate validUntil, LocalDate reviewDueOn,
                               Set<NeedCategory> needCategories, String reason, String decidedBy) {
        public static DecisionView of(SegmentDecision d) {
            return new DecisionView(d.id(), d.kind(), d.segment(), d.previousSegment(), d.decidedOn(),
                    d.validUntil(), d.reviewDueOn(), d.needs(), d.reason(), d.decidedBy());
        }
    }

    public record MeasureView(UUID id, MeasureType type, String label, Segment assignedInSegment,
                              LocalDate startedOn, LocalDate endedOn, String justification) {
        public static MeasureView of(CaseMeasure m) {
            return new MeasureView(m.id(), m.type(), m.type().label(), m.segment(), m.startedOn(),
                    m.endedOn().orElse(null), m.justification().orElse(null));
        }
    }

    public record ReviewSummary(UUID id, ReviewKind kind, LocalDate heldOn, UUID decisionId, UUID fileNoteId) {
    }

    /**
     * @param agreementDue whether the current period (SG-06, SG-09) has no goal agreement yet; see
     *                     {@link IntegrationCase#isAgreementOfCurrentPeriod}
     */
    public static CaseView of(IntegrationCase c, LocalDate today, boolean agreementDue) {
        return new CaseView(c.id(), c.personId(), c.assistanceType(), c.entitled().orElse(null), c.socialRegion(),
                c.caseworker(), c.status(), c.openedOn(), c.nextIntakeStep().orElse(null),
                c.status() == CaseStatus.INTAKE ? Segment.DEFAULT_WHEN_UNCLEAR : null, c.segment().orElse(null),
                c.segmentValidUntil().orElse(null), c.reviewDueOn().orElse(null),
                c.reviewDueOn().map(d -> d.isBefore(today)).orElse(false), c.notSelfRunnerSince().orElse(null),
                c.detachedOn().orElse(null), c.detachmentReason().orElse(null), c.aftercareEndsOn().orElse(null),
                c.finalReviewId().orElse(null), c.closedOn().orElse(null), agreementDue,
                c.intakeSteps().stream().map(s -> new StepView(s.step(), s.date(), s.findings())).toList(),
                c.decisions().stream().map(DecisionView::of).toList(),
                c.measures().stream().map(MeasureView::of).toList(),
                c.reviews().stream().map(r -> new ReviewSummary(r.id(), r.kind(), r.heldOn(),
                        r.decisionId().orElse(null), r.fileNoteId())).toList());
    }
}
