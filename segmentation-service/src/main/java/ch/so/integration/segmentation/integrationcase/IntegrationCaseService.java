package ch.so.integration.segmentation.integrationcase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.events.Outbox;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.security.Actors;
import ch.so.integration.platform.web.ProblemException;
import ch.so.integration.segmentation.document.PdfDocument;
import ch.so.integration.segmentation.goalagreement.FilingPlan;
import ch.so.integration.segmentation.goalagreement.Goal;
import ch.so.integration.segmentation.goalagreement.GoalAgreement;
import ch.so.integration.segmentation.goalagreement.GoalAgreements;
import ch.so.integration.segmentation.integrationcase.api.AssignMeasureRequest;
import ch.so.integration.segmentation.integrationcase.api.CaseView;
import ch.so.integration.segmentation.integrationcase.api.CloseRequest;
import ch.so.integration.segmentation.integrationcase.api.DecisionDto;
import ch.so.integration.segmentation.integrationcase.api.DetachRequest;
import ch.so.integration.segmentation.integrationcase.api.DueReviewView;
import ch.so.integration.segmentation.integrationcase.api.EndMeasureRequest;
import ch.so.integration.segmentation.integrationcase.api.FinalReviewRequest;
import ch.so.integration.segmentation.integrationcase.api.GoalEvaluationDto;
import ch.so.integration.segmentation.integrationcase.api.IntakeStepRequest;
import ch.so.integration.segmentation.integrationcase.api.OpenCaseRequest;
import ch.so.integration.segmentation.integrationcase.api.PromptReviewRequest;
import ch.so.integration.segmentation.integrationcase.api.ReviewOutcomeView;
import ch.so.integration.segmentation.integrationcase.api.ReviewRequest;
import ch.so.integration.segmentation.integrationcase.api.SegmentationRequest;
import ch.so.integration.segmentation.integrationcase.api.StoredDocument;
import ch.so.integration.segmentation.integrationcase.api.WithdrawRequest;
import ch.so.integration.segmentation.person.KnownPersons;

/**
 * The integration process (SG-01..SG-10): every change, its audit record and its events commit together or not at
 * all; every read is audited for the person.
 */
@ApplicationScoped
public class IntegrationCaseService {

    static final String RESOURCE = "integration-case";
    static final String FILE_NOTE = "file-note";

    private final IntegrationCases cases;
    private final KnownPersons persons;
    private final GoalAgreements agreements;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Actors actors;
    private final FilingPlan filingPlan;
    private final SocialRegions socialRegions;
    private final Clock clock;

    IntegrationCaseService(IntegrationCases cases, KnownPersons persons, GoalAgreements agreements, Outbox outbox,
                           AuditLog audit, Idempotency idempotency, Actors actors, FilingPlan filingPlan,
                           SocialRegions socialRegions, Clock clock) {
        this.cases = cases;
        this.persons = persons;
        this.agreements = agreements;
        this.outbox = outbox;
        this.audit = audit;
        this.idempotency = idempotency;
        this.actors = actors;
        this.filingPlan = filingPlan;
        this.socialRegions = socialRegions;
        this.clock = clock;
    }

    /** SG-01: opens the case for a person intake registered; one case per person that is not closed. */
    @Transactional
    public Idempotency.Result<CaseView> open(OpenCaseRequest request, String key) {
        return idempotency.once("segmentation.open-case", key, request, CaseView.class, () -> {
            if (!persons.known(request.personId())) {
                throw ProblemException.invalidField("personId", "no person with this id is registered in intake");
            }
            String region = socialRegion(request.socialRegion());
            cases.openFor(request.personId()).ifPresent(existing -> {
                throw new ProblemException(Problem.of(ProblemType.DUPLICATE,
                        "This person already has an integration case that is not closed.")
                        .with("existingId", existing.id()));
            });
            IntegrationCase c = IntegrationCase.open(request.personId(), request.assistanceType(),
                    region, request.caseworker(), request.openedOn(), clock);
            cases.add(c);
            outbox.publishAll(c.releaseEvents());
            audit.record(AuditAction.CREATE, RESOURCE, c.id(), c.personId());
            return new Idempotency.Result<>(c.id().toString(), view(c), false);
        }, this::auditReplay);
    }

    @Transactional
    public Idempotency.Result<CaseView> recordIntakeStep(UUID id, IntakeStepRequest request, String key) {
        return idempotency.once("segmentation.record-intake-step", key, List.of(id, request), CaseView.class, () -> {
            IntegrationCase c = find(id);
            c.recordIntakeStep(request.step(), request.date(), request.entitled(), request.findings(), clock);
            return written(c);
        }, this::auditReplay);
    }

    @Transactional
    public Idempotency.Result<CaseView> segment(UUID id, SegmentationRequest request, String key) {
        return idempotency.once("segmentation.segment-initially", key, List.of(id, request), CaseView.class, () -> {
            IntegrationCase c = find(id);
            c.segmentInitially(request.decidedOn(), new IntegrationCase.DecisionInput(request.segment(),
                    request.needCategories(), request.reason(), request.validUntil(), request.reviewDueOn()),
                    actors.current().name(), clock);
            return written(c);
        }, this::auditReplay);
    }

    @Transactional
    public Idempotency.Result<CaseView> assignMeasure(UUID id, AssignMeasureRequest request, String key) {
        return idempotency.once("segmentation.assign-measure", key, List.of(id, request), CaseView.class, () -> {
            IntegrationCase c = find(id);
            c.assignMeasure(request.type(), request.startDate(), request.justification(), clock);
            return written(c);
        }, this::auditReplay);
    }

    @Transactional
    public CaseView endMeasure(UUID id, UUID measureId, EndMeasureRequest request) {
        IntegrationCase c = find(id);
        c.endMeasure(measureId, request.endDate(), clock);
        return written(c).body();
    }

    @Transactional
    public CaseView requestPromptReview(UUID id, PromptReviewRequest request) {
        IntegrationCase c = find(id);
        c.requestPromptReview(request.date(), clock);
        return written(c).body();
    }

    /** SG-07: the review and its file note; publishes SegmentChanged or SegmentConfirmed with the note's reference. */
    @Transactional
    public Idempotency.Result<ReviewOutcomeView> review(UUID id, ReviewRequest request, String key) {
        return idempotency.once("segmentation.review", key, List.of(id, request), ReviewOutcomeView.class, () -> {
            IntegrationCase c = find(id);
            GoalAgreement agreement = agreementInForce(c);
            DecisionDto d = request.decision();
            IntegrationCase.ReviewOutcome outcome = c.review(request.heldOn(),
                    agreement == null ? null : agreement.facts(), evaluations(request.goalEvaluations()),
                    request.situation(), request.labourMarket(),
                    new IntegrationCase.DecisionInput(d.segment(), d.needCategories(), d.reason(), d.validUntil(),
                            d.reviewDueOn()),
                    actors.current().name(), fileNotes(agreement), clock);
            outbox.publishAll(c.releaseEvents());
            audit.record(AuditAction.UPDATE, RESOURCE, c.id(), c.personId());
            audit.record(AuditAction.CREATE, FILE_NOTE, outcome.fileNote().id(), c.personId());
            return new Idempotency.Result<>(outcome.review().id().toString(),
                    ReviewOutcomeView.of(c, outcome, filingPlan.fileNote()), false);
        }, replay -> audit.record(AuditAction.READ, RESOURCE, replay.body().caseId(), replay.body().personId()));
    }

    /** SG-09: the final review of aftercare and its file note. */
    @Transactional
    public Idempotency.Result<ReviewOutcomeView> finalReview(UUID id, FinalReviewRequest request, String key) {
        return idempotency.once("segmentation.final-review", key, List.of(id, request), ReviewOutcomeView.class,
                () -> {
                    IntegrationCase c = find(id);
                    GoalAgreement agreement = agreementInForce(c);
                    IntegrationCase.ReviewOutcome outcome = c.finalReview(request.heldOn(),
                            agreement == null ? null : agreement.facts(), evaluations(request.goalEvaluations()),
                            request.situation(), request.furtherSupportNeeded(), request.takenOverBy(),
                            actors.current().name(), fileNotes(agreement), clock);
                    outbox.publishAll(c.releaseEvents());
                    audit.record(AuditAction.UPDATE, RESOURCE, c.id(), c.personId());
                    audit.record(AuditAction.CREATE, FILE_NOTE, outcome.fileNote().id(), c.personId());
                    return new Idempotency.Result<>(outcome.review().id().toString(),
                            ReviewOutcomeView.of(c, outcome, filingPlan.fileNote()), false);
                }, replay -> audit.record(AuditAction.READ, RESOURCE, replay.body().caseId(),
                        replay.body().personId()));
    }

    @Transactional
    public Idempotency.Result<CaseView> detach(UUID id, DetachRequest request, String key) {
        return idempotency.once("segmentation.detach", key, List.of(id, request), CaseView.class, () -> {
            IntegrationCase c = find(id);
            c.detach(request.reason(), request.date(), clock);
            return written(c);
        }, this::auditReplay);
    }

    /** SG-01: ends a case in intake (not entitled, subsidiarity, withdrawn); publishes CaseDetached. */
    @Transactional
    public Idempotency.Result<CaseView> withdraw(UUID id, WithdrawRequest request, String key) {
        return idempotency.once("segmentation.withdraw", key, List.of(id, request), CaseView.class, () -> {
            IntegrationCase c = find(id);
            c.withdraw(request.reason(), request.date(), clock);
            return written(c);
        }, this::auditReplay);
    }

    @Transactional
    public Idempotency.Result<CaseView> close(UUID id, CloseRequest request, String key) {
        return idempotency.once("segmentation.close", key, List.of(id, request), CaseView.class, () -> {
            IntegrationCase c = find(id);
            c.close(request.closedOn(), clock);
            return written(c);
        }, this::auditReplay);
    }

    @Transactional
    public CaseView get(UUID id) {
        IntegrationCase c = find(id);
        audit.record(AuditAction.READ, RESOURCE, id, c.personId());
        return view(c);
    }

    @Transactional
    public Page<CaseView> ofPerson(UUID personId, PageQuery page) {
        Page<IntegrationCase> found = cases.ofPerson(personId, page);
        found.items().forEach(c -> audit.record(AuditAction.READ, RESOURCE, c.id(), c.personId()));
        Map<UUID, List<GoalAgreements.Period>> periods = agreements.periods(found.items().stream()
                .map(IntegrationCase::id).toList());
        LocalDate today = LocalDate.now(clock);
        return found.map(c -> CaseView.of(c, today, agreementDue(c, periods.getOrDefault(c.id(), List.of()))));
    }

    /** The stored file note (SG-07), unchanged. */
    @Transactional
    public StoredDocument fileNote(UUID caseId, UUID noteId) {
        FileNote note = cases.fileNote(caseId, noteId).orElseThrow(() -> ProblemException.notFound(FILE_NOTE,
                noteId));
        IntegrationCase c = find(caseId);
        audit.record(AuditAction.READ, FILE_NOTE, noteId, c.personId());
        return new StoredDocument(note.content(), note.sha256(), note.documentType());
    }

    /** SG-04: reviews due by {@code dueBy} (default today), per region and / or caseworker, earliest first. */
    @Transactional
    public Page<DueReviewView> due(LocalDate dueBy, String socialRegion, String caseworker, boolean overdueOnly,
                                   PageQuery page) {
        LocalDate today = LocalDate.now(clock);
        LocalDate until = overdueOnly ? today.minusDays(1) : dueBy == null ? today : dueBy;
        String region = blankToNull(socialRegion) == null ? null : socialRegion(socialRegion);
        Page<IntegrationCase> found = cases.dueBy(until, region, blankToNull(caseworker), page);
        found.items().forEach(c -> audit.record(AuditAction.READ, RESOURCE, c.id(), c.personId()));
        return found.map(c -> DueReviewView.of(c, today));
    }

    /**
     * SG-04: announces one case's due review (ReviewDue, once). Its own transaction, so one failing case does not
     * hold back the others.
     */
    @Transactional
    public boolean announceDue(UUID id) {
        IntegrationCase c = cases.byIdForUpdate(id).orElse(null);
        if (c == null || !c.announceReviewDue(LocalDate.now(clock))) {
            return false;
        }
        outbox.publishAll(c.releaseEvents());
        audit.record(AuditAction.UPDATE, RESOURCE, c.id(), c.personId());
        return true;
    }

    @Transactional
    public List<UUID> dueUnannounced(int limit) {
        return cases.dueUnannounced(LocalDate.now(clock), limit);
    }

    private IntegrationCase.FileNoteWriter fileNotes(GoalAgreement agreement) {
        Map<UUID, String> goalTexts = agreement == null ? Map.of() : agreement.goals().stream()
                .collect(Collectors.toMap(Goal::id, Goal::description));
        return (c, review, decision, toEnd) -> {
            byte[] pdf = FileNoteDocument.render(c, review, decision, toEnd, goalTexts);
            String sha = PdfDocument.sha256(pdf);
            cases.addFileNote(new FileNote(review.fileNoteId(), c.id(), review.id(), filingPlan.fileNote(), pdf, sha,
                    OffsetDateTime.now(clock)));
            return new IntegrationCase.FileNoteRef(review.fileNoteId(), sha);
        };
    }

    private static List<IntegrationCase.EvaluationInput> evaluations(List<GoalEvaluationDto> dtos) {
        return dtos == null ? List.of() : dtos.stream().map(e -> e == null ? null
                : new IntegrationCase.EvaluationInput(e.goalId(), e.achievement(), e.reason())).toList();
    }

    /** A configured social region in its configured spelling; 400 naming {@code socialRegion} otherwise. */
    private String socialRegion(String given) {
        return SocialRegions.canonical(socialRegions.names(), given).orElseThrow(() -> ProblemException.invalidField(
                "socialRegion", "is not a social region; one of " + String.join(", ", socialRegions.names())));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private IntegrationCase find(UUID id) {
        return cases.byId(id).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
    }

    private CaseView view(IntegrationCase c) {
        return CaseView.of(c, LocalDate.now(clock), agreementDue(c, agreements.periods(List.of(c.id()))
                .getOrDefault(c.id(), List.of())));
    }

    /** SG-06, SG-09: the current period has no goal agreement yet. */
    private static boolean agreementDue(IntegrationCase c, List<GoalAgreements.Period> periods) {
        return c.goalAgreementPeriodStart().isPresent()
                && periods.stream().noneMatch(p -> c.isAgreementOfCurrentPeriod(p.decisionId(), p.aftercare()));
    }

    /** SG-06, SG-09: the goal agreement of the case's current period, if any. */
    private GoalAgreement agreementInForce(IntegrationCase c) {
        return agreements.ofPeriod(c.id(), c.currentDecision().map(SegmentDecision::id).orElse(null),
                c.status() == CaseStatus.AFTERCARE).orElse(null);
    }

    private void auditReplay(Idempotency.Result<CaseView> replay) {
        audit.record(AuditAction.READ, RESOURCE, replay.id(), replay.body().personId());
    }

    private Idempotency.Result<CaseView> written(IntegrationCase c) {
        outbox.publishAll(c.releaseEvents());
        audit.record(AuditAction.UPDATE, RESOURCE, c.id(), c.personId());
        return new Idempotency.Result<>(c.id().toString(), view(c), false);
    }
}
