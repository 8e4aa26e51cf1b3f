package ch.so.integration.iiz.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.iiz.access.CaseAccess;
import ch.so.integration.iiz.access.CaseAccess.CaseScope;
import ch.so.integration.iiz.access.CaseAccess.Operation;
import ch.so.integration.iiz.casespace.CaseActivities;
import ch.so.integration.iiz.casespace.Contributor;
import ch.so.integration.iiz.document.IntegrationPlanDocument;
import ch.so.integration.iiz.document.PlanContent;
import ch.so.integration.iiz.plan.api.PlanRequest;
import ch.so.integration.iiz.plan.api.PlanView;
import ch.so.integration.iiz.plan.api.ReviewRequest;
import ch.so.integration.iiz.plan.api.SignatureRequest;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.events.Outbox;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.security.Actors;
import ch.so.integration.platform.web.ProblemException;

/**
 * IZ-08 integration plans: drafted and revised by the coordinator, reviewed by the team, signed at the kickoff, a
 * change after signing a new version; only after the case team decided for a round table (409 IZ-05). Writes lock
 * the case row FOR UPDATE, so concurrent drafts, reviews and signatures wait for each other. Access first, then the change, its activity line, audit and events in one
 * transaction.
 */
@ApplicationScoped
public class IntegrationPlanService {

    static final String RESOURCE = "integration-plan";

    private final CaseAccess access;
    private final IntegrationPlans plans;
    private final CaseActivities activities;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Actors actors;
    private final Clock clock;

    IntegrationPlanService(CaseAccess access, IntegrationPlans plans, CaseActivities activities, Outbox outbox,
                           AuditLog audit, Idempotency idempotency, Actors actors, Clock clock) {
        this.access = access;
        this.plans = plans;
        this.activities = activities;
        this.outbox = outbox;
        this.audit = audit;
        this.idempotency = idempotency;
        this.actors = actors;
        this.clock = clock;
    }

    /** A new version: the first plan, or a change after signing. */
    @Transactional
    public Idempotency.Result<PlanView> draft(UUID caseId, PlanRequest request, String idempotencyKey) {
        CaseScope scope = access.requireExclusive(caseId, Operation.COORDINATE);
        return idempotency.once("iiz.draft-integration-plan", idempotencyKey, List.of(caseId, request), PlanView.class,
                () -> {
                    scope.requireRoundTableDecision();
                    IntegrationPlan plan = IntegrationPlan.draft(caseId, plans.latest(caseId).orElse(null),
                            measures(request), actor(), clock);
                    plans.add(plan);
                    activities.record(scope, actor(), "PLAN_DRAFTED", plan.id());
                    audit.record(AuditAction.CREATE, RESOURCE, plan.id(), scope.personId());
                    return new Idempotency.Result<>(plan.id().toString(), PlanView.of(plan), false);
                }, replay -> audit.record(AuditAction.READ, RESOURCE, replay.body().id(), scope.personId()));
    }

    @Transactional
    public PlanView revise(UUID caseId, PlanRequest request) {
        CaseScope scope = access.requireExclusive(caseId, Operation.COORDINATE).requireRoundTableDecision();
        IntegrationPlan plan = draftOf(caseId);
        plan.revise(measures(request), clock);
        activities.record(scope, actor(), "PLAN_REVISED", plan.id());
        audit.record(AuditAction.UPDATE, RESOURCE, plan.id(), scope.personId());
        return PlanView.of(plan);
    }

    @Transactional
    public PlanView review(UUID caseId, ReviewRequest request) {
        // FOR UPDATE: reviews of the same draft wait for each other (no optimistic-lock 409)
        CaseScope scope = access.requireExclusive(caseId, Operation.WRITE).requireRoundTableDecision();
        IntegrationPlan plan = draftOf(caseId);
        plan.review(request.verdict(), request.comment(), Contributor.of(scope, actor()), clock);
        activities.record(scope, actor(), "PLAN_REVIEWED", plan.id());
        audit.record(AuditAction.UPDATE, RESOURCE, plan.id(), scope.personId());
        return PlanView.of(plan);
    }

    @Transactional
    public PlanView sign(UUID caseId, SignatureRequest request) {
        CaseScope scope = access.requireExclusive(caseId, Operation.COORDINATE).requireRoundTableDecision();
        IntegrationPlan plan = draftOf(caseId);
        IntegrationPlan inForce = plans.withStatus(caseId, PlanStatus.SIGNED).orElse(null);
        plan.sign(request.kickoffOn(), actor(), request.clientSignatory(), inForce, clock);
        outbox.publishAll(plan.releaseEvents());
        activities.record(scope, actor(), "PLAN_SIGNED", plan.id());
        audit.record(AuditAction.UPDATE, RESOURCE, plan.id(), scope.personId());
        return PlanView.of(plan);
    }

    /** The latest version: the draft being worked on, or the signed plan in force. */
    @Transactional
    public PlanView current(UUID caseId) {
        CaseScope scope = access.require(caseId, Operation.READ);
        IntegrationPlan plan = plans.latest(caseId)
                .orElseThrow(() -> ProblemException.notFound("integration plan of case", caseId));
        audit.record(AuditAction.READ, RESOURCE, plan.id(), scope.personId());
        return PlanView.of(plan);
    }

    @Transactional
    public Page<PlanView> versions(UUID caseId, PageQuery page) {
        CaseScope scope = access.require(caseId, Operation.READ);
        Page<IntegrationPlan> found = plans.versions(caseId, page);
        found.items().forEach(p -> audit.record(AuditAction.READ, RESOURCE, p.id(), scope.personId()));
        return found.map(PlanView::of);
    }

    @Transactional
    public PlanView version(UUID caseId, int version) {
        CaseScope scope = access.require(caseId, Operation.READ);
        IntegrationPlan plan = plans.version(caseId, version)
                .orElseThrow(() -> ProblemException.notFound("integration plan version", version));
        audit.record(AuditAction.READ, RESOURCE, plan.id(), scope.personId());
        return PlanView.of(plan);
    }

    /** IZ-08: a version as a PDF to read, and (a draft) to print and sign at the kickoff. */
    @Transactional
    public byte[] document(UUID caseId, int version) {
        CaseScope scope = access.require(caseId, Operation.READ);
        IntegrationPlan plan = plans.version(caseId, version)
                .orElseThrow(() -> ProblemException.notFound("integration plan version", version));
        audit.record(AuditAction.READ, RESOURCE, plan.id(), scope.personId());
        PlanView view = PlanView.of(plan);
        return IntegrationPlanDocument.render(new PlanContent(caseId, plan.planVersion(), plan.revision(),
                plan.status().name(), LocalDate.now(clock),
                plan.measures().stream().map(m -> new PlanContent.Measure(m.title(), m.description(), m.deadline(),
                        Stream.of(m.responsibleInstitution(), m.responsiblePerson()).filter(Objects::nonNull)
                                .collect(Collectors.joining(" / ")))).toList(),
                view.approvedBy(), plan.signedAt() == null ? null
                : new PlanContent.Signatures(plan.kickoffOn(), plan.coordinatorSignatory(), plan.clientSignatory())));
    }

    private IntegrationPlan draftOf(UUID caseId) {
        return plans.withStatus(caseId, PlanStatus.DRAFT).orElseThrow(() -> ProblemException.rule(IntegrationPlan.RULE,
                "IZ-08: the case has no draft plan; a change after signing starts a new version (POST .../plan/versions)."));
    }

    private static List<Measure> measures(PlanRequest request) {
        return request.measures().stream().map(m -> m == null ? null : m.toMeasure()).toList();
    }

    private String actor() {
        return actors.current().name();
    }

}
