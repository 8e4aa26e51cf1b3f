package ch.so.integration.iiz.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.iiz.access.CaseAccess;
import ch.so.integration.iiz.access.CaseAccess.CaseScope;
import ch.so.integration.iiz.access.CaseAccess.Operation;
import ch.so.integration.iiz.casespace.CaseActivities;
import ch.so.integration.iiz.casespace.Contributor;
import ch.so.integration.iiz.monitoring.api.ClientContactRequest;
import ch.so.integration.iiz.monitoring.api.ClientContactView;
import ch.so.integration.iiz.monitoring.api.MonitoringView;
import ch.so.integration.iiz.monitoring.api.OverdueView;
import ch.so.integration.iiz.monitoring.api.ReviewRequest;
import ch.so.integration.iiz.monitoring.api.ReviewView;
import ch.so.integration.iiz.monitoring.api.ScheduleReviewsRequest;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.security.Actors;

/** IZ-09 monitoring: the review interval, reviews, client contacts, the overdue list. Access first, audited. */
@ApplicationScoped
public class MonitoringService {

    static final String SCHEDULE = "monitoring";
    static final String REVIEW = "monitoring-review";
    static final String CONTACT = "client-contact";

    private final CaseAccess access;
    private final Monitorings monitorings;
    private final CaseActivities activities;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Actors actors;
    private final Clock clock;

    MonitoringService(CaseAccess access, Monitorings monitorings, CaseActivities activities, AuditLog audit,
                      Idempotency idempotency, Actors actors, Clock clock) {
        this.access = access;
        this.monitorings = monitorings;
        this.activities = activities;
        this.audit = audit;
        this.idempotency = idempotency;
        this.actors = actors;
        this.clock = clock;
    }

    @Transactional
    public MonitoringView get(UUID caseId) {
        CaseScope scope = access.require(caseId, Operation.READ);
        audit.record(AuditAction.READ, SCHEDULE, caseId, scope.personId());
        return view(caseId);
    }

    /** IZ-09: the coordinator agrees the review interval and the next review's date. */
    @Transactional
    public MonitoringView schedule(UUID caseId, ScheduleReviewsRequest request) {
        // FOR UPDATE: two first schedules at once would both insert (the case id is the key)
        CaseScope scope = access.requireExclusive(caseId, Operation.COORDINATE).requireRoundTableDecision();
        Monitoring monitoring = monitorings.schedule(caseId).orElse(null);
        boolean created = monitoring == null;
        if (created) {
            monitoring = Monitoring.of(caseId);
        }
        monitoring.agree(request.intervalWeeks(), request.nextReviewOn(), actor(), clock);
        if (created) {
            monitorings.add(monitoring);
        }
        activities.record(scope, actor(), "MONITORING_SCHEDULED", caseId);
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, SCHEDULE, caseId, scope.personId());
        return view(caseId);
    }

    @Transactional
    public Idempotency.Result<ReviewView> review(UUID caseId, ReviewRequest request, String idempotencyKey) {
        CaseScope scope = access.requireExclusive(caseId, Operation.COORDINATE);
        return idempotency.once("iiz.hold-monitoring-review", idempotencyKey, List.of(caseId, request),
                ReviewView.class, () -> {
                    scope.requireRoundTableDecision();
                    MonitoringReview review = MonitoringReview.hold(caseId, monitorings.schedule(caseId).orElse(null),
                            request.heldOn(), request.kind(), request.outcome(), request.adjustments(), actor(), clock);
                    monitorings.add(review);
                    activities.record(scope, actor(), "MONITORING_REVIEW_HELD", review.id());
                    audit.record(AuditAction.CREATE, REVIEW, review.id(), scope.personId());
                    return new Idempotency.Result<>(review.id().toString(), ReviewView.of(review), false);
                }, replay -> audit.record(AuditAction.READ, REVIEW, replay.id(), scope.personId()));
    }

    @Transactional
    public Page<ReviewView> reviews(UUID caseId, PageQuery page) {
        CaseScope scope = access.require(caseId, Operation.READ);
        Page<MonitoringReview> found = monitorings.reviews(caseId, page);
        found.items().forEach(r -> audit.record(AuditAction.READ, REVIEW, r.id(), scope.personId()));
        return found.map(ReviewView::of);
    }

    /** IZ-09: any member of the team logs a contact with the client. */
    @Transactional
    public Idempotency.Result<ClientContactView> logContact(UUID caseId, ClientContactRequest request,
                                                            String idempotencyKey) {
        CaseScope scope = access.require(caseId, Operation.WRITE);
        return idempotency.once("iiz.log-client-contact", idempotencyKey, List.of(caseId, request),
                ClientContactView.class, () -> {
                    scope.requireActive();
                    ClientContact contact = ClientContact.log(caseId, request.contactOn(), request.channel(),
                            request.initiatedBy(), request.note(), Contributor.of(scope, actor()), clock);
                    monitorings.add(contact);
                    activities.record(scope, actor(), "CLIENT_CONTACT_LOGGED", contact.id());
                    audit.record(AuditAction.CREATE, CONTACT, contact.id(), scope.personId());
                    return new Idempotency.Result<>(contact.id().toString(), ClientContactView.of(contact), false);
                }, replay -> audit.record(AuditAction.READ, CONTACT, replay.id(), scope.personId()));
    }

    @Transactional
    public Page<ClientContactView> contacts(UUID caseId, PageQuery page) {
        CaseScope scope = access.require(caseId, Operation.READ);
        Page<ClientContact> found = monitorings.contacts(caseId, page);
        found.items().forEach(c -> audit.record(AuditAction.READ, CONTACT, c.id(), scope.personId()));
        return found.map(ClientContactView::of);
    }

    /**
     * IZ-09: the cases a coordinator leads whose review is overdue (the caller's own when none is named). Case ids
     * and dates only; audited as a search per case listed.
     */
    @Transactional
    public Page<OverdueView> overdue(String coordinator, PageQuery page) {
        String whose = coordinator == null || coordinator.isBlank() ? actor() : coordinator.strip();
        LocalDate today = LocalDate.now(clock);
        Page<Monitorings.Overdue> found = monitorings.overdue(whose, today, page);
        found.items().forEach(o -> audit.record(AuditAction.SEARCH, SCHEDULE, o.caseId(), o.personId()));
        return found.map(o -> new OverdueView(o.caseId(), o.dueOn(), ChronoUnit.DAYS.between(o.dueOn(), today),
                o.intervalWeeks()));
    }

    private MonitoringView view(UUID caseId) {
        Monitoring m = monitorings.schedule(caseId).orElse(null);
        ReviewView last = monitorings.lastReview(caseId).map(ReviewView::of).orElse(null);
        if (m == null) {
            return new MonitoringView(caseId, null, null, false, null, null, last);
        }
        return new MonitoringView(caseId, m.intervalWeeks(), m.nextReviewOn(), m.overdueOn(LocalDate.now(clock)),
                m.agreedBy(), m.agreedAt(), last);
    }

    private String actor() {
        return actors.current().name();
    }
}
