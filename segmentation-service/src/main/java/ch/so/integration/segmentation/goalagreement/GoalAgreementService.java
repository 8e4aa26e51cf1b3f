package ch.so.integration.segmentation.goalagreement;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.security.Actors;
import ch.so.integration.platform.web.ProblemException;
import ch.so.integration.segmentation.goalagreement.api.CreateGoalAgreementRequest;
import ch.so.integration.segmentation.goalagreement.api.GoalAgreementView;
import ch.so.integration.segmentation.goalagreement.api.SignGoalAgreementRequest;
import ch.so.integration.segmentation.integrationcase.IntegrationCase;
import ch.so.integration.segmentation.integrationcase.IntegrationCases;

/** Goal agreements (SG-06, SG-09): write, print, sign, file the scan. Every read and write is audited. */
@ApplicationScoped
public class GoalAgreementService {

    static final String RESOURCE = "goal-agreement";

    private final GoalAgreements agreements;
    private final IntegrationCases cases;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Actors actors;
    private final FilingPlan filingPlan;
    private final Clock clock;

    GoalAgreementService(GoalAgreements agreements, IntegrationCases cases, AuditLog audit, Idempotency idempotency,
                         Actors actors, FilingPlan filingPlan, Clock clock) {
        this.agreements = agreements;
        this.cases = cases;
        this.audit = audit;
        this.idempotency = idempotency;
        this.actors = actors;
        this.filingPlan = filingPlan;
        this.clock = clock;
    }

    @Transactional
    public Idempotency.Result<GoalAgreementView> create(CreateGoalAgreementRequest request, String key) {
        return idempotency.once("segmentation.create-goal-agreement", key, request, GoalAgreementView.class, () -> {
            IntegrationCase integrationCase = cases.byId(request.caseId()).orElseThrow(() ->
                    ProblemException.invalidField("caseId", "no integration case with this id"));
            List<GoalAgreement.GoalInput> goals = request.goals() == null ? null : request.goals().stream()
                    .map(g -> g == null ? null : new GoalAgreement.GoalInput(g.description(), g.indicator(),
                            g.dueOn())).toList();
            GoalAgreement agreement = GoalAgreement.agree(integrationCase, request.agreedOn(), goals, clock);
            agreements.add(agreement);
            audit.record(AuditAction.CREATE, RESOURCE, agreement.id(), agreement.personId());
            return new Idempotency.Result<>(agreement.id().toString(), GoalAgreementView.of(agreement), false);
        }, replay -> audit.record(AuditAction.READ, RESOURCE, replay.id(), replay.body().personId()));
    }

    @Transactional
    public Idempotency.Result<GoalAgreementView> sign(UUID id, SignGoalAgreementRequest request, String key) {
        return idempotency.once("segmentation.sign-goal-agreement", key, List.of(id, request),
                GoalAgreementView.class, () -> {
                    GoalAgreement agreement = find(id);
                    agreement.sign(caseOf(agreement), request.signedOn(), actors.current().name(), clock);
                    audit.record(AuditAction.UPDATE, RESOURCE, id, agreement.personId());
                    return new Idempotency.Result<>(id.toString(), GoalAgreementView.of(agreement), false);
                }, replay -> audit.record(AuditAction.READ, RESOURCE, replay.id(), replay.body().personId()));
    }

    /** SG-06: files the signed scan with the filing plan's document type. */
    @Transactional
    public GoalAgreementView fileScan(UUID id, byte[] pdf) {
        GoalAgreement agreement = find(id);
        agreement.fileScan(caseOf(agreement), pdf, filingPlan.goalAgreement(), clock);
        audit.record(AuditAction.UPDATE, RESOURCE, id, agreement.personId());
        return GoalAgreementView.of(agreement);
    }

    @Transactional
    public GoalAgreementView get(UUID id) {
        GoalAgreement agreement = find(id);
        audit.record(AuditAction.READ, RESOURCE, id, agreement.personId());
        return GoalAgreementView.of(agreement);
    }

    /** The agreement printed from the template, to be signed (SG-06). */
    @Transactional
    public byte[] document(UUID id) {
        GoalAgreement agreement = find(id);
        IntegrationCase integrationCase = cases.byId(agreement.caseId()).orElseThrow();
        audit.record(AuditAction.READ, RESOURCE, id, agreement.personId());
        return GoalAgreementDocument.render(agreement, integrationCase);
    }

    @Transactional
    public byte[] scan(UUID id) {
        GoalAgreement agreement = find(id);
        byte[] scan = agreement.scanContent().orElseThrow(() -> ProblemException.notFound("filed scan of goal "
                + "agreement", id));
        audit.record(AuditAction.READ, RESOURCE, id, agreement.personId());
        return scan;
    }

    @Transactional
    public Page<GoalAgreementView> ofCase(UUID caseId, PageQuery page) {
        IntegrationCase integrationCase = cases.byId(caseId).orElseThrow(() ->
                ProblemException.notFound("integration case", caseId));
        Page<GoalAgreement> found = agreements.ofCase(caseId, page);
        found.items().forEach(a -> audit.record(AuditAction.READ, RESOURCE, a.id(), integrationCase.personId()));
        return found.map(GoalAgreementView::of);
    }

    private IntegrationCase caseOf(GoalAgreement agreement) {
        return cases.byId(agreement.caseId()).orElseThrow();
    }

    private GoalAgreement find(UUID id) {
        return agreements.byId(id).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
    }
}
