package ch.so.integration.iiz.roundtable;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.platform.documents.ICalendar;
import ch.so.integration.iiz.access.CaseAccess;
import ch.so.integration.iiz.access.CaseAccess.CaseScope;
import ch.so.integration.iiz.access.CaseAccess.Operation;
import ch.so.integration.iiz.casespace.CaseActivities;
import ch.so.integration.iiz.roundtable.api.MinutesRequest;
import ch.so.integration.iiz.roundtable.api.RoundTableView;
import ch.so.integration.iiz.roundtable.api.ScheduleRequest;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.security.Actors;
import ch.so.integration.platform.web.ProblemException;

/**
 * IZ-07 round tables: scheduled by the coordinator once the case team decided for one (409 IZ-05 otherwise),
 * invitations as iCalendar, minutes. Access first, audited.
 */
@ApplicationScoped
public class RoundTableService {

    static final String RESOURCE = "round-table";

    private final CaseAccess access;
    private final RoundTables tables;
    private final CaseActivities activities;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Actors actors;
    private final Clock clock;

    RoundTableService(CaseAccess access, RoundTables tables, CaseActivities activities, AuditLog audit,
                      Idempotency idempotency, Actors actors, Clock clock) {
        this.access = access;
        this.tables = tables;
        this.activities = activities;
        this.audit = audit;
        this.idempotency = idempotency;
        this.actors = actors;
        this.clock = clock;
    }

    @Transactional
    public Idempotency.Result<RoundTableView> schedule(UUID caseId, ScheduleRequest request, String idempotencyKey) {
        CaseScope scope = access.require(caseId, Operation.COORDINATE);
        return idempotency.once("iiz.schedule-round-table", idempotencyKey, List.of(caseId, request),
                RoundTableView.class, () -> {
                    scope.requireRoundTableDecision();
                    RoundTableTimes times = new RoundTableTimes(request.date(), request.preMeetingStart(),
                            request.sessionMinutes() == null ? RoundTableTimes.DEFAULT_SESSION_MINUTES
                                    : request.sessionMinutes());
                    List<Invitee> invitees = request.invitees().stream()
                            .map(i -> new Invitee(i.name().strip(), i.kind(),
                                    i.institution() == null || i.institution().isBlank() ? null : i.institution().strip()))
                            .toList();
                    RoundTable table = RoundTable.schedule(caseId, times, request.location(), invitees, actor(), clock);
                    tables.add(table);
                    activities.record(scope, actor(), "ROUND_TABLE_SCHEDULED", table.id());
                    audit.record(AuditAction.CREATE, RESOURCE, table.id(), scope.personId());
                    return new Idempotency.Result<>(table.id().toString(), RoundTableView.of(table), false);
                }, replay -> audit.record(AuditAction.READ, RESOURCE, replay.id(), scope.personId()));
    }

    @Transactional
    public RoundTableView recordMinutes(UUID caseId, UUID id, MinutesRequest request) {
        CaseScope scope = access.require(caseId, Operation.COORDINATE);
        RoundTable table = find(caseId, id);
        table.recordMinutes(request.text(), actor(), clock);
        activities.record(scope, actor(), "ROUND_TABLE_MINUTES_RECORDED", id);
        audit.record(AuditAction.UPDATE, RESOURCE, id, scope.personId());
        return RoundTableView.of(table);
    }

    @Transactional
    public RoundTableView cancel(UUID caseId, UUID id) {
        CaseScope scope = access.require(caseId, Operation.COORDINATE);
        RoundTable table = find(caseId, id);
        table.cancel();
        activities.record(scope, actor(), "ROUND_TABLE_CANCELLED", id);
        audit.record(AuditAction.UPDATE, RESOURCE, id, scope.personId());
        return RoundTableView.of(table);
    }

    @Transactional
    public RoundTableView get(UUID caseId, UUID id) {
        CaseScope scope = access.require(caseId, Operation.READ);
        RoundTable table = find(caseId, id);
        audit.record(AuditAction.READ, RESOURCE, id, scope.personId());
        return RoundTableView.of(table);
    }

    @Transactional
    public Page<RoundTableView> list(UUID caseId, PageQuery page) {
        CaseScope scope = access.require(caseId, Operation.READ);
        Page<RoundTable> found = tables.ofCase(caseId, page);
        found.items().forEach(t -> audit.record(AuditAction.READ, RESOURCE, t.id(), scope.personId()));
        return found.map(RoundTableView::of);
    }

    /** IZ-07: the invitation as iCalendar with two events, the pre-meeting and the session (Europe/Zurich). */
    @Transactional
    public String invitation(UUID caseId, UUID id) {
        CaseScope scope = access.require(caseId, Operation.READ);
        RoundTable table = find(caseId, id);
        if (table.status() == RoundTableStatus.CANCELLED) {
            throw ProblemException.rule(RoundTable.RULE, "IZ-07: the round table was cancelled.");
        }
        audit.record(AuditAction.READ, RESOURCE, id, scope.personId());
        return ICalendar.calendar("iiz Runder Tisch", table.invitation(), Instant.now(clock));
    }

    private RoundTable find(UUID caseId, UUID id) {
        return tables.byId(caseId, id).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
    }

    private String actor() {
        return actors.current().name();
    }
}
