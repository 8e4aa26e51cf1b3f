package ch.so.integration.segmentation.integrationcase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.web.ProblemException;
import ch.so.integration.segmentation.measure.Admissibility;
import ch.so.integration.segmentation.measure.MeasureMatrix;
import ch.so.integration.segmentation.measure.MeasureType;

/**
 * A person's integration case in social assistance (SG-01..SG-10), linked to intake's person id. It walks process
 * 2010 in order, gets its initial segment, measures and reviews, leaves assistance and, after aftercare, closes.
 * Guarded state changes register events; the service hands them to the outbox in the same transaction.
 */
@Entity
@Table(name = "integration_case")
public class IntegrationCase {

    public static final int MAX_TEXT = 4000;
    public static final int AFTERCARE_MONTHS = 6;

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "assistance_type", nullable = false, length = 20)
    private AssistanceType assistanceType;

    /** Null until the need and entitlement check; false = without entitlement (prevention, SG-11). */
    @Column
    private Boolean entitled;

    @Column(name = "social_region", nullable = false, length = 60)
    private String socialRegion;

    @Column(nullable = false, length = 100)
    private String caseworker;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 1)
    private Segment segment;

    @Column(name = "segment_decided_on")
    private LocalDate segmentDecidedOn;

    @Column(name = "segment_valid_until")
    private LocalDate segmentValidUntil;

    @Column(name = "review_due_on")
    private LocalDate reviewDueOn;

    @Column(name = "review_due_published", nullable = false)
    private boolean reviewDuePublished;

    @Column(name = "not_self_runner_since")
    private LocalDate notSelfRunnerSince;

    @Column(name = "detached_on")
    private LocalDate detachedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "detachment_reason", length = 40)
    private DetachmentReason detachmentReason;

    @Column(name = "aftercare_ends_on")
    private LocalDate aftercareEndsOn;

    @Column(name = "final_review_id")
    private UUID finalReviewId;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @ElementCollection
    @CollectionTable(name = "case_intake_step", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<RecordedIntakeStep> intakeSteps = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("sequenceNo")
    private List<SegmentDecision> decisions = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("startedOn, recordedAt")
    private List<CaseMeasure> measures = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("heldOn, recordedAt")
    private List<Review> reviews = new ArrayList<>();

    @Version
    private long version;

    @Transient
    private final List<DomainEvent> events = new ArrayList<>();

    /**
     * What a review evaluates: the goal agreement in force (SG-06, SG-07). {@code decisionId} is the segment decision
     * whose period the agreement belongs to (null for the aftercare agreement).
     */
    public record AgreementFacts(UUID id, boolean aftercare, UUID decisionId, LocalDate agreedOn, boolean signed,
                                 List<UUID> goalIds) {
    }

    /** One goal's evaluation as requested. */
    public record EvaluationInput(UUID goalId, Achievement achievement, String reason) {
    }

    /** The decision part of a request (SG-02..SG-04). */
    public record DecisionInput(Segment segment, Set<NeedCategory> needCategories, String reason,
                                LocalDate validUntil, LocalDate reviewDueOn) {
    }

    /** Writes a review's file note (SG-07) and returns its reference. */
    @FunctionalInterface
    public interface FileNoteWriter {
        FileNoteRef write(IntegrationCase integrationCase, Review review, SegmentDecision decision,
                          List<CaseMeasure> measuresToEnd);
    }

    public record FileNoteRef(UUID id, String sha256) {
    }

    /** What a review produced. */
    public record ReviewOutcome(Review review, SegmentDecision decision, List<CaseMeasure> measuresToEnd,
                                FileNoteRef fileNote) {
    }

    protected IntegrationCase() {
    }

    /** SG-01: the administrative case intake opens the case; process 2010 follows. */
    public static IntegrationCase open(UUID personId, AssistanceType assistanceType, String socialRegion,
                                       String caseworker, LocalDate openedOn, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        LocalDate opened = openedOn == null ? today : openedOn;
        if (opened.isAfter(today)) {
            throw ProblemException.invalidField("openedOn", "must not lie in the future");
        }
        IntegrationCase c = new IntegrationCase();
        c.id = UUID.randomUUID();
        c.personId = personId;
        c.assistanceType = assistanceType;
        c.socialRegion = socialRegion.strip();
        c.caseworker = caseworker.strip();
        c.status = CaseStatus.INTAKE;
        c.openedOn = opened;
        c.createdAt = OffsetDateTime.now(clock);
        c.events.add(new CaseOpened(c.id, personId, assistanceType, c.socialRegion, opened));
        return c;
    }

    /**
     * SG-01: records the next step of process 2010, in order. The need and entitlement check says whether the
     * person is entitled (SG-11: without entitlement the case is followed as prevention); the short assessment
     * needs its summary of findings.
     */
    public void recordIntakeStep(IntakeStep step, LocalDate date, Boolean entitledOutcome, String findings,
                                 Clock clock) {
        if (status != CaseStatus.INTAKE) {
            throw ProblemException.rule("SG-01", "SG-01: process 2010 is complete for this case (status " + status
                    + "); no further intake step can be recorded.");
        }
        IntakeStep expected = nextIntakeStep().orElseThrow(() -> ProblemException.rule("SG-01",
                "SG-01: all intake steps are recorded; the initial segmentation follows."));
        if (step != expected) {
            throw new ProblemException(Problem.of(ProblemType.RULE_VIOLATION, "SG-01: the steps of process 2010 are "
                            + "recorded in order (FIRST_COUNSELLING, NEED_AND_ENTITLEMENT_CHECK, SUBSIDIARITY_CHECK, "
                            + "SHORT_ASSESSMENT, then the initial segmentation). The next step is " + expected + ".")
                    .withRule("SG-01").with("expectedStep", expected.name()).with("requestedStep", step.name()));
        }
        LocalDate previous = intakeSteps.isEmpty() ? openedOn : intakeSteps.getLast().date();
        requireDate("date", date, previous, "SG-01", clock);
        String text = optionalText("findings", findings, MAX_TEXT);
        if (step == IntakeStep.NEED_AND_ENTITLEMENT_CHECK) {
            if (entitledOutcome == null) {
                throw ProblemException.invalidField("entitled", "is required for the need and entitlement check");
            }
            entitled = entitledOutcome;
        } else if (entitledOutcome != null) {
            throw ProblemException.invalidField("entitled", "belongs to the need and entitlement check only");
        }
        if (step == IntakeStep.SHORT_ASSESSMENT && text == null) {
            throw ProblemException.invalidField("findings", "the short assessment's summary of findings is required");
        }
        intakeSteps.add(new RecordedIntakeStep(step, date, text, OffsetDateTime.now(clock)));
    }

    /**
     * SG-01..SG-04: the initial segmentation, after the short assessment. Without a segment, O is taken: the default
     * when the situation is unclear (SG-02).
     */
    public SegmentDecision segmentInitially(LocalDate decidedOn, DecisionInput input, String decidedBy,
                                            Clock clock) {
        if (status != CaseStatus.INTAKE) {
            throw ProblemException.rule("SG-01", "SG-01: the case is segmented already; a new segment is decided at "
                    + "a review (SG-07).");
        }
        if (nextIntakeStep().isPresent()) {
            throw new ProblemException(Problem.of(ProblemType.RULE_VIOLATION, "SG-01: the initial segmentation "
                            + "follows the short assessment; record " + nextIntakeStep().get() + " first.")
                    .withRule("SG-01").with("expectedStep", nextIntakeStep().get().name()));
        }
        requireDate("decidedOn", decidedOn, intakeSteps.getLast().date(), "SG-01", clock);
        Segment chosen = input.segment() == null ? Segment.DEFAULT_WHEN_UNCLEAR : input.segment();
        String reason = SegmentRules.checkReason(chosen, input.needCategories(), input.reason(), "");
        SegmentRules.Validity validity = SegmentRules.validity(decidedOn, input.validUntil(), input.reviewDueOn(), "");
        SegmentDecision decision = new SegmentDecision(1, DecisionKind.INITIAL, chosen, null, validity,
                input.needCategories(), reason, decidedBy, OffsetDateTime.now(clock));
        decisions.add(decision);
        apply(decision);
        status = CaseStatus.ACTIVE;
        events.add(new SegmentAssigned(id, decision.id(), chosen, socialRegion, decidedOn, validity.validUntil(), validity.reviewDueOn()));
        return decision;
    }

    /** SG-05: assigns a measure the current segment admits (with a justification where it is an exception). */
    public CaseMeasure assignMeasure(MeasureType type, LocalDate startDate, String justification, Clock clock) {
        if (status != CaseStatus.ACTIVE && status != CaseStatus.AFTERCARE) {
            throw ProblemException.rule("SG-05", "SG-05: measures follow the segment decision; this case is "
                    + status + ".");
        }
        LocalDate from = status == CaseStatus.AFTERCARE ? detachedOn : segmentDecidedOn;
        requireDate("startDate", startDate, from, "SG-05", clock);
        MeasureMatrix.standard().checkAssignable(type, segment, justification);
        String text = optionalText("justification", justification, 1000);
        CaseMeasure measure = new CaseMeasure(type, segment, startDate, text, OffsetDateTime.now(clock));
        measures.add(measure);
        return measure;
    }

    public CaseMeasure endMeasure(UUID measureId, LocalDate endDate, Clock clock) {
        CaseMeasure measure = measures.stream().filter(m -> m.id().equals(measureId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("measure", measureId));
        if (!measure.isActive()) {
            throw ProblemException.conflict("The measure ended on " + measure.endedOn().orElseThrow() + " already.");
        }
        requireDate("endDate", endDate, measure.startedOn(), null, clock);
        measure.end(endDate);
        return measure;
    }

    /** SG-05: the active measures a segment excludes; they are to be ended when the case moves there. */
    public List<CaseMeasure> activeMeasuresExcludedIn(Segment target) {
        return measures.stream().filter(CaseMeasure::isActive)
                .filter(m -> MeasureMatrix.standard().admissibility(m.type(), target) == Admissibility.EXCLUDED)
                .toList();
    }

    /**
     * SG-04, SG-08: a person in A turned out not to be a self-runner: the review falls due at once and ReviewDue is
     * published now.
     */
    public void requestPromptReview(LocalDate date, Clock clock) {
        if (status != CaseStatus.ACTIVE || segment != Segment.A) {
            throw ProblemException.rule("SG-04", "SG-04: a prompt review is requested for a person in segment A who "
                    + "turns out not to be a self-runner; this case is " + status
                    + (segment == null ? "" : " in segment " + segment) + ".");
        }
        if (notSelfRunnerSince != null) {
            throw ProblemException.conflict("A prompt review was requested on " + notSelfRunnerSince + " already.");
        }
        requireDate("date", date, segmentDecidedOn, "SG-04", clock);
        notSelfRunnerSince = date;
        if (date.isBefore(reviewDueOn)) {
            reviewDueOn = date;
        }
        reviewDuePublished = true;
        events.add(new ReviewDue(id, socialRegion, segment, ReviewKind.PROMPT, reviewDueOn,
                segmentValidUntil));
    }

    /**
     * SG-04, SG-09: publishes ReviewDue once the next review is due on {@code today}, once per due review.
     *
     * @return whether it registered the event
     */
    public boolean announceReviewDue(LocalDate today) {
        if (reviewDueOn == null || reviewDuePublished || reviewDueOn.isAfter(today)
                || (status != CaseStatus.ACTIVE && status != CaseStatus.AFTERCARE)) {
            return false;
        }
        reviewDuePublished = true;
        ReviewKind kind = status == CaseStatus.AFTERCARE ? ReviewKind.FINAL
                : notSelfRunnerSince != null ? ReviewKind.PROMPT : ReviewKind.REGULAR;
        events.add(new ReviewDue(id, socialRegion, segment, kind, reviewDueOn,
                status == CaseStatus.AFTERCARE ? aftercareEndsOn : segmentValidUntil));
        return true;
    }

    /**
     * SG-07 with SG-04, SG-06, SG-08: a review evaluates every goal of the signed goal agreement of the current
     * period, weighs the person's situation and the labour market, and keeps or changes the segment. Either way the
     * decision is documented in a file note and published with its reference.
     */
    public ReviewOutcome review(LocalDate heldOn, AgreementFacts agreement, List<EvaluationInput> evaluationInputs,
                                String situation, String labourMarket, DecisionInput input, String heldBy,
                                FileNoteWriter fileNotes, Clock clock) {
        if (status == CaseStatus.AFTERCARE) {
            throw ProblemException.rule("SG-09", "SG-09: in aftercare the next review is the final review.");
        }
        if (status != CaseStatus.ACTIVE) {
            throw ProblemException.rule("SG-07", "SG-07: reviews are held for segmented cases; this case is "
                    + status + ".");
        }
        requireDate("heldOn", heldOn, segmentDecidedOn, "SG-07", clock);
        List<GoalEvaluation> evaluations = evaluate(agreement, evaluationInputs, heldOn, false);
        String situationText = requiredText("situation", situation, "SG-07",
                "SG-07: the decision weighs the person's situation.");
        String marketText = requiredText("labourMarket", labourMarket, "SG-07",
                "SG-07: the decision weighs the labour market.");
        if (input == null || input.segment() == null) {
            throw ProblemException.invalidField("decision.segment", "is required: keep or change the segment");
        }
        Segment from = segment;
        Segment to = input.segment();
        SegmentRules.checkMove(from, to, notSelfRunnerSince != null,
                SegmentRules.heldWhenDue(heldOn, segmentDecidedOn, segmentValidUntil));
        String reason = SegmentRules.checkReason(to, input.needCategories(), input.reason(), "decision.");
        SegmentRules.Validity validity = SegmentRules.validity(heldOn, input.validUntil(), input.reviewDueOn(),
                "decision.");
        ReviewKind kind = notSelfRunnerSince != null ? ReviewKind.PROMPT : ReviewKind.REGULAR;
        SegmentDecision decision = new SegmentDecision(decisions.size() + 1,
                from == to ? DecisionKind.CONFIRMED : DecisionKind.CHANGED, to, from, validity,
                input.needCategories(), reason, heldBy, OffsetDateTime.now(clock));
        List<CaseMeasure> toEnd = from == to ? List.of() : activeMeasuresExcludedIn(to);
        Review review = new Review(kind, heldOn, agreement.id(), evaluations, situationText, marketText,
                decision.id(), null, null, heldBy, OffsetDateTime.now(clock));
        decisions.add(decision);
        reviews.add(review);
        apply(decision);
        notSelfRunnerSince = null;
        FileNoteRef note = fileNotes.write(this, review, decision, toEnd);
        if (from == to) {
            events.add(new SegmentConfirmed(id, personId, review.id(), decision.id(), to, heldOn,
                    validity.validUntil(), validity.reviewDueOn(), note.id(), note.sha256()));
        } else {
            events.add(new SegmentChanged(id, personId, review.id(), decision.id(), from, to, heldOn,
                    validity.validUntil(), validity.reviewDueOn(), note.id(), note.sha256(),
                    toEnd.stream().map(m -> new SegmentChanged.MeasureToEnd(m.id(), m.type())).toList()));
        }
        return new ReviewOutcome(review, decision, toEnd, note);
    }

    /**
     * SG-09, SG-10: the person leaves assistance. After a professional integration, aftercare of at least
     * {@value #AFTERCARE_MONTHS} months follows (its final review falls due at its end); otherwise the case may be
     * closed.
     */
    public void detach(DetachmentReason reason, LocalDate date, Clock clock) {
        if (status != CaseStatus.ACTIVE) {
            throw ProblemException.rule("SG-10", "SG-10: only a segmented case in the integration process leaves "
                    + "assistance; this case is " + status + ".");
        }
        if (reason == null) {
            throw ProblemException.invalidField("reason", "is required");
        }
        if (!reason.endsIntegration()) {
            throw ProblemException.invalidField("reason", reason + " ends an intake (see withdrawal); a segmented "
                    + "case leaves with PROFESSIONAL_INTEGRATION, SUBSIDIARITY or OTHER");
        }
        requireDate("date", date, segmentDecidedOn, "SG-10", clock);
        detachedOn = date;
        detachmentReason = reason;
        reviewDuePublished = false;
        notSelfRunnerSince = null;
        if (reason == DetachmentReason.PROFESSIONAL_INTEGRATION) {
            status = CaseStatus.AFTERCARE;
            aftercareEndsOn = date.plusMonths(AFTERCARE_MONTHS);
            reviewDueOn = aftercareEndsOn;
        } else {
            status = CaseStatus.DETACHED;
            reviewDueOn = null;
        }
        events.add(new CaseDetached(id, reason, date, segment, aftercareEndsOn));
    }

    /**
     * SG-01, SG-10: a case ends in intake, before any segment: the need and entitlement check found no entitlement
     * and the person is not followed as prevention (NOT_ENTITLED, only after a check that said so), the subsidiarity
     * check handed the person on to another body (SUBSIDIARITY), the person withdrew (WITHDRAWN), or another reason
     * (OTHER). The case is DETACHED and may be closed; the person may get a new case later.
     */
    public void withdraw(DetachmentReason reason, LocalDate date, Clock clock) {
        if (status != CaseStatus.INTAKE) {
            throw ProblemException.rule("SG-01", "SG-01: a case is withdrawn during intake (process 2010); this case "
                    + "is " + status + (status == CaseStatus.ACTIVE ? ": record its detachment instead." : "."));
        }
        if (reason == null) {
            throw ProblemException.invalidField("reason", "is required (NOT_ENTITLED, SUBSIDIARITY, WITHDRAWN or "
                    + "OTHER)");
        }
        if (!reason.endsIntake()) {
            throw ProblemException.invalidField("reason", "a case in intake has not been integrated; use "
                    + "NOT_ENTITLED, SUBSIDIARITY, WITHDRAWN or OTHER");
        }
        if (reason == DetachmentReason.NOT_ENTITLED && !Boolean.FALSE.equals(entitled)) {
            throw SegmentRules.rule("SG-11", "SG-11: NOT_ENTITLED follows a need and entitlement check that found no "
                    + "entitlement" + (entitled == null ? "; record the check first." : "; this one found the person "
                    + "entitled."), "reason", "NOT_ENTITLED needs the check's outcome entitled = false");
        }
        requireDate("date", date, intakeSteps.isEmpty() ? openedOn : intakeSteps.getLast().date(), "SG-01", clock);
        status = CaseStatus.DETACHED;
        detachedOn = date;
        detachmentReason = reason;
        reviewDueOn = null;
        reviewDuePublished = false;
        events.add(new CaseDetached(id, reason, date, null, null));
    }

    /**
     * SG-09: the final review at the end of aftercare evaluates the aftercare goal agreement and checks
     * (subsidiarity) that other bodies take over where further support is needed.
     */
    public ReviewOutcome finalReview(LocalDate heldOn, AgreementFacts agreement,
                                     List<EvaluationInput> evaluationInputs, String situation,
                                     Boolean furtherSupportNeeded, String takenOverBy, String heldBy,
                                     FileNoteWriter fileNotes, Clock clock) {
        if (status != CaseStatus.AFTERCARE) {
            throw ProblemException.rule("SG-09", "SG-09: the final review ends aftercare; this case is " + status
                    + ".");
        }
        if (finalReviewId != null) {
            throw ProblemException.conflict("The final review is recorded already.");
        }
        requireDate("heldOn", heldOn, detachedOn, "SG-09", clock);
        if (heldOn.isBefore(aftercareEndsOn)) {
            throw SegmentRules.rule("SG-09", "SG-09: aftercare lasts at least " + AFTERCARE_MONTHS
                    + " months; the final review is held at its end, on or after " + aftercareEndsOn + ".",
                    "heldOn", "must not lie before " + aftercareEndsOn);
        }
        if (agreement == null || !agreement.aftercare()) {
            throw ProblemException.rule("SG-09", "SG-09: aftercare starts with a goal agreement; there is none to "
                    + "evaluate.");
        }
        List<GoalEvaluation> evaluations = evaluate(agreement, evaluationInputs, heldOn, true);
        String situationText = requiredText("situation", situation, "SG-09",
                "SG-09: the final review describes the person's situation.");
        if (furtherSupportNeeded == null) {
            throw ProblemException.invalidField("furtherSupportNeeded", "is required (SG-09 subsidiarity check)");
        }
        String takers = optionalText("takenOverBy", takenOverBy, 1000);
        if (furtherSupportNeeded && takers == null) {
            throw SegmentRules.rule("SG-09", "SG-09: where further support is needed, the final review makes sure "
                    + "other bodies take over; name them.", "takenOverBy", "is required when further support is "
                    + "needed");
        }
        Review review = new Review(ReviewKind.FINAL, heldOn, agreement.id(), evaluations, situationText, null, null,
                furtherSupportNeeded, takers, heldBy, OffsetDateTime.now(clock));
        reviews.add(review);
        finalReviewId = review.id();
        reviewDueOn = null;
        FileNoteRef note = fileNotes.write(this, review, null, List.of());
        return new ReviewOutcome(review, null, List.of(), note);
    }

    /**
     * SG-10: the case closes at the earliest {@value #AFTERCARE_MONTHS} months after integration, once the final
     * review (SG-09) is recorded; a case detached for another reason closes any day after leaving.
     */
    public void close(LocalDate date, Clock clock) {
        if (status == CaseStatus.CLOSED) {
            throw ProblemException.conflict("The case was closed on " + closedOn + " already.");
        }
        if (status != CaseStatus.AFTERCARE && status != CaseStatus.DETACHED) {
            throw ProblemException.rule("SG-10", "SG-10: the process iterates until the person is in S or leaves "
                    + "assistance; a case closes only after leaving assistance (this case is " + status + ").");
        }
        requireDate("closedOn", date, detachedOn, "SG-10", clock);
        if (status == CaseStatus.AFTERCARE) {
            if (date.isBefore(aftercareEndsOn)) {
                throw SegmentRules.rule("SG-10", "SG-10: the case closes at the earliest " + AFTERCARE_MONTHS
                        + " months after integration (" + detachedOn + "), on " + aftercareEndsOn + ".", "closedOn",
                        "must not lie before " + aftercareEndsOn);
            }
            if (finalReviewId == null) {
                throw ProblemException.rule("SG-09", "SG-09: aftercare ends with a final review; record it before "
                        + "closing the case.");
            }
        }
        status = CaseStatus.CLOSED;
        closedOn = date;
        reviewDueOn = null;
        events.add(new CaseClosed(id, personId, date, detachmentReason, detachedOn, finalReviewId));
    }

    private List<GoalEvaluation> evaluate(AgreementFacts agreement, List<EvaluationInput> inputs, LocalDate heldOn,
                                          boolean aftercare) {
        String rule = aftercare ? "SG-09" : "SG-06";
        LocalDate periodStart = aftercare ? detachedOn : segmentDecidedOn;
        if (agreement == null || !isAgreementOfCurrentPeriod(agreement.decisionId(), agreement.aftercare())
                || agreement.aftercare() != aftercare || agreement.agreedOn().isBefore(periodStart)) {
            throw ProblemException.rule(rule, rule + ": a review evaluates the goal agreement of the current period "
                    + "(agreed on or after " + periodStart + "); there is none.");
        }
        if (!agreement.signed()) {
            throw ProblemException.rule("SG-06", "SG-06: the goal agreement is signed by the person before it is "
                    + "evaluated; record the signature first.");
        }
        if (agreement.agreedOn().isAfter(heldOn)) {
            throw ProblemException.invalidField("heldOn", "must not lie before the goal agreement (" + agreement.agreedOn()
                    + ")");
        }
        List<EvaluationInput> given = inputs == null ? List.of() : inputs;
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<GoalEvaluation> evaluations = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            EvaluationInput e = given.get(i);
            String field = "goalEvaluations[" + i + "]";
            if (e == null || e.goalId() == null) {
                errors.add(new FieldError(field + ".goalId", "is required"));
                continue;
            }
            if (!agreement.goalIds().contains(e.goalId())) {
                errors.add(new FieldError(field + ".goalId", "is not a goal of the goal agreement"));
            } else if (!seen.add(e.goalId())) {
                errors.add(new FieldError(field + ".goalId", "is evaluated twice"));
            }
            if (e.achievement() == null) {
                errors.add(new FieldError(field + ".achievement", "is required (FULLY, PARTLY or NOT)"));
            }
            if (e.reason() == null || e.reason().isBlank()) {
                errors.add(new FieldError(field + ".reason", "is required: why the goal was reached or not"));
            } else if (e.reason().strip().length() > 2000) {
                errors.add(new FieldError(field + ".reason", "must be at most 2000 characters"));
            }
            if (errors.isEmpty()) {
                evaluations.add(new GoalEvaluation(e.goalId(), e.achievement(), e.reason().strip()));
            }
        }
        for (UUID goal : agreement.goalIds()) {
            if (!seen.contains(goal)) {
                errors.add(new FieldError("goalEvaluations", "goal " + goal + " is not evaluated"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(ProblemType.RULE_VIOLATION, "SG-07: a review evaluates every goal "
                    + "of the goal agreement: how far it was reached, and why.").withRule("SG-07")
                    .withErrors(errors));
        }
        return evaluations;
    }

    private void apply(SegmentDecision decision) {
        segment = decision.segment();
        segmentDecidedOn = decision.decidedOn();
        segmentValidUntil = decision.validUntil();
        reviewDueOn = decision.reviewDueOn();
        reviewDuePublished = false;
    }

    private static void requireDate(String field, LocalDate date, LocalDate notBefore, String rule, Clock clock) {
        if (date == null) {
            throw ProblemException.invalidField(field, "is required");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField(field, "must not lie in the future");
        }
        if (notBefore != null && date.isBefore(notBefore)) {
            String message = "must not lie before " + notBefore;
            if (rule == null) {
                throw ProblemException.invalidField(field, message);
            }
            throw new ProblemException(Problem.of(ProblemType.RULE_VIOLATION, rule
                            + ": the process runs in order, so its dates do too.").withRule(rule)
                    .withErrors(List.of(new FieldError(field, message))));
        }
    }

    private static String requiredText(String field, String text, String rule, String detail) {
        if (text == null || text.isBlank()) {
            throw SegmentRules.rule(rule, detail, field, "is required");
        }
        return optionalText(field, text, MAX_TEXT);
    }

    private static String optionalText(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw ProblemException.invalidField(field, "must be at most " + max + " characters");
        }
        return stripped;
    }

    /** The events registered since load, handed out once. */
    public List<DomainEvent> releaseEvents() {
        List<DomainEvent> released = List.copyOf(events);
        events.clear();
        return released;
    }

    public Optional<IntakeStep> nextIntakeStep() {
        if (status != CaseStatus.INTAKE) {
            return Optional.empty();
        }
        return intakeSteps.isEmpty() ? Optional.of(IntakeStep.first()) : intakeSteps.getLast().step().next();
    }

    /** The goal agreement the case waits for (SG-06, SG-09): none since the last decision or aftercare start. */
    public Optional<LocalDate> goalAgreementPeriodStart() {
        return switch (status) {
            case ACTIVE -> Optional.of(segmentDecidedOn);
            case AFTERCARE -> Optional.of(detachedOn);
            default -> Optional.empty();
        };
    }

    /**
     * SG-06, SG-09: whether a goal agreement for the given decision (null and {@code aftercare} for the aftercare
     * agreement) belongs to the case's current period. A period is the time a segment decision is in force, so an
     * agreement is tied to its decision, not to dates: a review held on the day its agreement was agreed starts a new
     * period at once, and the next review does not evaluate that agreement again.
     */
    public boolean isAgreementOfCurrentPeriod(UUID decisionId, boolean aftercare) {
        return switch (status) {
            case ACTIVE -> !aftercare && decisionId != null
                    && decisionId.equals(currentDecision().map(SegmentDecision::id).orElse(null));
            case AFTERCARE -> aftercare;
            default -> false;
        };
    }

    public Optional<SegmentDecision> currentDecision() {
        return decisions.stream().max(Comparator.comparingInt(SegmentDecision::sequenceNo));
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public AssistanceType assistanceType() {
        return assistanceType;
    }

    public Optional<Boolean> entitled() {
        return Optional.ofNullable(entitled);
    }

    public String socialRegion() {
        return socialRegion;
    }

    public String caseworker() {
        return caseworker;
    }

    public CaseStatus status() {
        return status;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public Optional<Segment> segment() {
        return Optional.ofNullable(segment);
    }

    public Optional<LocalDate> segmentValidUntil() {
        return Optional.ofNullable(segmentValidUntil);
    }

    public Optional<LocalDate> reviewDueOn() {
        return Optional.ofNullable(reviewDueOn);
    }

    public Optional<LocalDate> notSelfRunnerSince() {
        return Optional.ofNullable(notSelfRunnerSince);
    }

    public Optional<LocalDate> detachedOn() {
        return Optional.ofNullable(detachedOn);
    }

    public Optional<DetachmentReason> detachmentReason() {
        return Optional.ofNullable(detachmentReason);
    }

    public Optional<LocalDate> aftercareEndsOn() {
        return Optional.ofNullable(aftercareEndsOn);
    }

    public Optional<UUID> finalReviewId() {
        return Optional.ofNullable(finalReviewId);
    }

    public Optional<LocalDate> closedOn() {
        return Optional.ofNullable(closedOn);
    }

    public List<RecordedIntakeStep> intakeSteps() {
        return List.copyOf(intakeSteps);
    }

    public List<SegmentDecision> decisions() {
        return List.copyOf(decisions);
    }

    public List<CaseMeasure> measures() {
        return List.copyOf(measures);
    }

    public List<Review> reviews() {
        return List.copyOf(reviews);
    }
}
