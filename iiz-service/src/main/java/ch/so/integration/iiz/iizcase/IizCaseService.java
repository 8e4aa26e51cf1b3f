package ch.so.integration.iiz.iizcase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import ch.so.integration.iiz.access.CaseAccess.Operation;
import ch.so.integration.iiz.access.CaseContentEraser;
import ch.so.integration.iiz.access.ContentHash;
import ch.so.integration.iiz.iizcase.api.CaseManagerAccessView;
import ch.so.integration.iiz.iizcase.api.CloseCaseRequest;
import ch.so.integration.iiz.iizcase.api.DecisionRequest;
import ch.so.integration.iiz.iizcase.api.DeletionLogView;
import ch.so.integration.iiz.iizcase.api.IizCaseView;
import ch.so.integration.iiz.iizcase.api.NotificationView;
import ch.so.integration.iiz.iizcase.api.RegisterCaseRequest;
import ch.so.integration.iiz.iizcase.api.TeamRequest;
import ch.so.integration.iiz.iizcase.letter.LapseLetter;
import ch.so.integration.iiz.powerofattorney.PowerOfAttorney;
import ch.so.integration.iiz.powerofattorney.PowersOfAttorney;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.events.Outbox;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.security.Actor;
import ch.so.integration.platform.security.Actors;
import ch.so.integration.platform.web.ProblemException;

/**
 * Registers iiz cases and carries them through team, access, decision and closure (IZ-02, IZ-03, IZ-05, IZ-06,
 * IZ-10). Every operation on a case passes {@link IizCaseAccess} first; a change, its audit record and its events
 * commit together or not at all; every read is audited for the person.
 */
@ApplicationScoped
public class IizCaseService {

    static final String RESOURCE = "iiz-case";
    static final String CONTENT = "iiz-case-content";
    static final String NOTIFICATION = "iiz-case-notification";

    private final IizCases cases;
    private final PowersOfAttorney powersOfAttorney;
    private final IizCaseAccess access;
    private final Instance<CaseContentEraser> erasers;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Actors actors;
    private final ContentHash hash;
    private final Clock clock;

    IizCaseService(IizCases cases, PowersOfAttorney powersOfAttorney, IizCaseAccess access,
                   Instance<CaseContentEraser> erasers, Outbox outbox, AuditLog audit, Idempotency idempotency,
                   Actors actors, ContentHash hash, Clock clock) {
        this.cases = cases;
        this.powersOfAttorney = powersOfAttorney;
        this.access = access;
        this.erasers = erasers;
        this.outbox = outbox;
        this.audit = audit;
        this.idempotency = idempotency;
        this.actors = actors;
        this.hash = hash;
        this.clock = clock;
    }

    /**
     * IZ-02 / IZ-03. A partner registers for its own institution (1b only); the iiz office (coordinators and the
     * cantonal iiz specialists, role iiz-coordinator) or admin registers either path.
     */
    @Transactional
    public Idempotency.Result<IizCaseView> register(RegisterCaseRequest request, String idempotencyKey) {
        return idempotency.once("iiz.register-case", idempotencyKey, request, IizCaseView.class, () -> {
            Actor actor = actors.current();
            IizCase.Registration registration = new IizCase.Registration(request.personId(), request.socialOffice(),
                    request.caseManager(), request.caseDescription(), request.mandate(), request.requiredDocuments());
            IizCase iizCase;
            if (actor.hasRole(Roles.IIZ_COORDINATOR) || actor.hasRole(Roles.ADMIN)) {
                iizCase = switch (request.registrationPath()) {
                    case SOCIAL_ASSISTANCE -> IizCase.registerBySocialAssistance(registration, actor.name(), clock);
                    case PARTNER_INSTITUTION -> IizCase.registerByPartner(registration,
                            request.registeringInstitution(), request.specialist(), actor.name(), clock);
                };
            } else {
                if (request.registrationPath() != RegistrationPath.PARTNER_INSTITUTION) {
                    throw new ProblemException(Problem.of(ProblemType.FORBIDDEN, "IZ-02: a social-assistance body "
                            + "registers through the iiz specialists of the cantonal social office.").withRule("IZ-02"));
                }
                String institution = actor.institution().filter(i -> !i.isBlank()).orElseThrow(() ->
                        ProblemException.forbidden("A partner token names its institution."));
                if (request.registeringInstitution() != null
                        && !request.registeringInstitution().strip().equals(institution)) {
                    throw ProblemException.invalidField("registeringInstitution",
                            "a partner registers for its own institution (" + institution + ")");
                }
                String specialist = request.specialist() == null || request.specialist().isBlank()
                        ? actor.name() : request.specialist();
                iizCase = IizCase.registerByPartner(registration, institution, specialist, actor.name(), clock);
            }
            cases.add(iizCase);
            outbox.publishAll(iizCase.releaseEvents());
            audit.record(AuditAction.CREATE, RESOURCE, iizCase.id(), iizCase.personId());
            return new Idempotency.Result<>(iizCase.id().toString(), IizCaseView.of(iizCase), false);
        }, replay -> audit.record(AuditAction.READ, RESOURCE, replay.id(), replay.body().personId()));
    }

    @Transactional
    public IizCaseView get(UUID id) {
        IizCase iizCase = find(id, Operation.READ);
        audit.record(AuditAction.READ, RESOURCE, id, iizCase.personId());
        return IizCaseView.of(iizCase);
    }

    /**
     * The cases the caller may see: the iiz office and admin all (optionally of one status); a partner the open
     * cases of its teams while a Vollmacht covers it; a case manager the open cases with granted access.
     */
    @Transactional
    public Page<IizCaseView> list(CaseStatus status, PageQuery page) {
        Actor actor = actors.current();
        LocalDate today = LocalDate.now(clock);
        Page<IizCase> found;
        if (actor.hasRole(Roles.IIZ_COORDINATOR) || actor.hasRole(Roles.ADMIN)) {
            found = cases.all(status, page);
        } else if (actor.hasRole(Roles.PARTNER)) {
            String institution = actor.institution().orElseThrow(() ->
                    ProblemException.forbidden("A partner token names its institution."));
            found = cases.ofInstitution(institution, status, today, page);
        } else {
            found = cases.ofCaseManager(actor.name(), status, today, page);
        }
        for (IizCase iizCase : found.items()) {
            audit.record(AuditAction.SEARCH, RESOURCE, iizCase.id(), iizCase.personId());
        }
        return found.map(IizCaseView::of);
    }

    /** IZ-02: the iiz specialists forward a 1a registration to the network. */
    @Transactional
    public IizCaseView forward(UUID id) {
        IizCase iizCase = find(id, Operation.COORDINATE);
        iizCase.forward(clock);
        return written(iizCase);
    }

    /** IZ-03: the coordinator assembles the team and leads the case from now on. */
    @Transactional
    public IizCaseView assembleTeam(UUID id, TeamRequest request) {
        IizCase iizCase = find(id, Operation.COORDINATE);
        iizCase.assembleTeam(request.members().stream().map(m -> new TeamMember(m.institution(), m.specialist()))
                .toList(), request.caseManager(), actors.current().name(), clock);
        return written(iizCase);
    }

    /** IZ-06: the case manager asks for access; answers 404 to anyone else (existence is not revealed). */
    @Transactional
    public CaseManagerAccessView requestCaseManagerAccess(UUID id) {
        IizCase iizCase = cases.byId(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> IizCaseAccess.notFound(id));
        iizCase.requestCaseManagerAccess(actors.current().name());
        audit.record(AuditAction.UPDATE, RESOURCE, id, iizCase.personId());
        return new CaseManagerAccessView(iizCase.id(), iizCase.caseManager().orElseThrow(),
                iizCase.caseManagerAccess());
    }

    /** IZ-06: the coordinator grants the requested access. */
    @Transactional
    public IizCaseView grantCaseManagerAccess(UUID id) {
        IizCase iizCase = find(id, Operation.COORDINATE);
        iizCase.grantCaseManagerAccess();
        return written(iizCase);
    }

    /** IZ-05 */
    @Transactional
    public IizCaseView decide(UUID id, DecisionRequest request) {
        IizCase iizCase = find(id, Operation.COORDINATE);
        iizCase.decide(request.decision(), request.recommendation(), actors.current().name(), clock);
        return written(iizCase);
    }

    /**
     * IZ-10: informs the social office before the closure, once: the IizCaseClosureAnnounced event on iiz.case and a
     * notification record its case manager reads ({@link #notifications}).
     */
    @Transactional
    public IizCaseView announceClosure(UUID id) {
        IizCase iizCase = find(id, Operation.COORDINATE);
        iizCase.announceClosure(clock);
        cases.add(new CaseNotification(id, iizCase.socialOffice(), CaseNotification.CLOSURE_ANNOUNCED, null,
                OffsetDateTime.now(clock), actors.current().name()));
        return written(iizCase);
    }

    /**
     * IZ-10: closes the case. Every {@link CaseContentEraser} deletes what the institutions provided, the case
     * erases its own texts, the Vollmachten lapse, and the deletion log keeps ids and hashes: one transaction.
     */
    @Transactional
    public IizCaseView close(UUID id, CloseCaseRequest request) {
        IizCase iizCase = cases.byId(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> IizCaseAccess.notFound(id));
        access.scope(iizCase, Operation.COORDINATE);
        iizCase.requireClosable(request.reason());
        String account = actors.current().name();
        List<CaseContentEraser.Erased> erased = new ArrayList<>();
        for (CaseContentEraser eraser : erasers) {
            erased.addAll(eraser.eraseAll(id));
        }
        List<CaseContentEraser.Erased> all = iizCase.close(request.reason(), account, erased, hash, clock);
        for (PowerOfAttorney powerOfAttorney : powersOfAttorney.ofCase(id)) {
            powerOfAttorney.lapse(account, clock);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (CaseContentEraser.Erased item : all) {
            cases.add(new DeletionLogEntry(id, item, now, account));
        }
        if (!all.isEmpty()) {
            audit.record(AuditAction.DELETE, CONTENT, id, iizCase.personId());
        }
        // The idempotency store keeps each create's response (a copy of the content) for days: forget those of the
        // case (its registration) and of every erased item, so that a retried request cannot bring them back.
        Set<String> forgotten = new LinkedHashSet<>();
        forgotten.add(id.toString());
        all.forEach(item -> forgotten.add(item.id().toString()));
        idempotency.forget(forgotten);
        return written(iizCase);
    }

    /**
     * IZ-04, IZ-10: the notifications to the case's social office (closure announced, situation report issued),
     * newest first: for its case manager (with granted access) and the iiz office.
     */
    @Transactional
    public Page<NotificationView> notifications(UUID id, PageQuery page) {
        IizCase iizCase = find(id, Operation.READ);
        Page<CaseNotification> found = cases.notifications(id, page);
        found.items().forEach(n -> audit.record(AuditAction.READ, NOTIFICATION, n.id(), iizCase.personId()));
        return found.map(NotificationView::of);
    }

    /** IZ-10: the deletion log of a closed case (ids and hashes only). */
    @Transactional
    public Page<DeletionLogView> deletionLog(UUID id, PageQuery page) {
        IizCase iizCase = find(id, Operation.READ);
        requireClosed(iizCase);
        audit.record(AuditAction.READ, CONTENT, id, iizCase.personId());
        return cases.deletionLog(id, page).map(DeletionLogView::of);
    }

    /** IZ-10: the letter telling the client that the Vollmacht lapsed with the closure (PDF). */
    @Transactional
    public byte[] lapseLetter(UUID id) {
        IizCase iizCase = find(id, Operation.READ);
        requireClosed(iizCase);
        List<PowerOfAttorney> lapsed = powersOfAttorney.ofCase(id).stream()
                .filter(p -> p.endReason().orElse(null) == PowerOfAttorney.EndReason.LAPSED).toList();
        audit.record(AuditAction.READ, RESOURCE, id, iizCase.personId());
        return LapseLetter.of(iizCase.id(), iizCase.closedOn().orElseThrow(), iizCase.closureReason().orElseThrow(),
                lapsed.stream().map(PowerOfAttorney::signedOn).toList()).render();
    }

    private static void requireClosed(IizCase iizCase) {
        if (iizCase.status() != CaseStatus.CLOSED) {
            throw ProblemException.conflict("The case is not closed.");
        }
    }

    /** Loads the case for the check; a change locks its row FOR UPDATE (it waits for case work in progress). */
    private IizCase find(UUID id, Operation operation) {
        IizCase iizCase = cases.byId(id, operation == Operation.READ ? LockModeType.NONE
                : LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> IizCaseAccess.notFound(id));
        access.scope(iizCase, operation);
        return iizCase;
    }

    private IizCaseView written(IizCase iizCase) {
        outbox.publishAll(iizCase.releaseEvents());
        audit.record(AuditAction.UPDATE, RESOURCE, iizCase.id(), iizCase.personId());
        return IizCaseView.of(iizCase);
    }
}
