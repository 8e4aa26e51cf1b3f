package ch.so.integration.iiz.iizcase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import ch.so.integration.iiz.access.CaseAccess;
import ch.so.integration.iiz.powerofattorney.PowersOfAttorney;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.security.Actor;
import ch.so.integration.platform.security.Actors;
import ch.so.integration.platform.web.ProblemException;

/**
 * The object-level check of every case-scoped operation (IZ-01, IZ-03, IZ-06), see {@link CaseAccess}.
 * <ul>
 * <li>{@code admin}: ADMIN; {@code iiz-coordinator}: COORDINATOR when leading the case, else SPECIALIST (the
 * cantonal iiz specialists and the other coordination persons of the iiz office use the same role).</li>
 * <li>{@code partner}: INSTITUTION when its institution is in the case team, else 404; 403 IZ-01 unless a valid
 * Vollmacht names the institution; 403 for COORDINATE.</li>
 * <li>{@code caseworker}: CASE_MANAGER when the account is the case's case manager and the coordinator granted
 * access, else 404; 403 IZ-01 unless a valid Vollmacht names the social office; 403 for COORDINATE.</li>
 * <li>A closed case is 404 for everything but READ by the iiz office and admin.</li>
 * </ul>
 * A WRITE or COORDINATE check locks the case row FOR SHARE until the transaction ends ({@link #requireExclusive}:
 * FOR UPDATE): the closure (FOR UPDATE) waits for such changes and erases what they added, or they wait for the
 * closure and then find the case closed. The case core's own changes (team, access, decision, Vollmacht revocation,
 * closure) load the case FOR UPDATE themselves, so a revocation waits for a partner's write in progress.
 */
@ApplicationScoped
public class IizCaseAccess implements CaseAccess {

    public static final String ADMIN = "ADMIN";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String SPECIALIST = "SPECIALIST";
    public static final String INSTITUTION = "INSTITUTION";
    public static final String CASE_MANAGER = "CASE_MANAGER";

    private final IizCases cases;
    private final PowersOfAttorney powersOfAttorney;
    private final Actors actors;
    private final Clock clock;

    IizCaseAccess(IizCases cases, PowersOfAttorney powersOfAttorney, Actors actors, Clock clock) {
        this.cases = cases;
        this.powersOfAttorney = powersOfAttorney;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseScope require(UUID caseId, Operation operation) {
        LockModeType lock = operation == Operation.READ ? LockModeType.NONE : LockModeType.PESSIMISTIC_READ;
        IizCase iizCase = cases.byId(caseId, lock).orElseThrow(() -> notFound(caseId));
        return scope(iizCase, operation);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseScope requireExclusive(UUID caseId, Operation operation) {
        IizCase iizCase = cases.byId(caseId, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(caseId));
        return scope(iizCase, operation);
    }

    /** The check on a loaded case (the case package's own operations use it to avoid a second load). */
    CaseScope scope(IizCase iizCase, Operation operation) {
        Actor actor = actors.current();
        boolean closed = iizCase.status() == CaseStatus.CLOSED;
        if (actor.hasRole(Roles.ADMIN) || actor.hasRole(Roles.IIZ_COORDINATOR)) {
            if (closed && operation != Operation.READ) {
                throw notFound(iizCase.id());
            }
            String member = actor.hasRole(Roles.IIZ_COORDINATOR)
                    ? (iizCase.coordinator().filter(actor.name()::equals).isPresent() ? COORDINATOR : SPECIALIST)
                    : ADMIN;
            return scope(iizCase, member, null);
        }
        if (closed) {
            throw notFound(iizCase.id());
        }
        if (actor.hasRole(Roles.PARTNER)) {
            String institution = actor.institution().orElse(null);
            if (!iizCase.hasTeamMember(institution)) {
                throw notFound(iizCase.id());
            }
            // IZ-01 first: without a Vollmacht covering it, an institution gets nothing, whatever it asks
            requirePowerOfAttorney(iizCase, institution);
            requireNotCoordinating(operation);
            return scope(iizCase, INSTITUTION, institution);
        }
        if (actor.hasRole(Roles.CASEWORKER)) {
            if (!iizCase.isCaseManagerWithAccess(actor.name())) {
                throw notFound(iizCase.id());
            }
            requirePowerOfAttorney(iizCase, iizCase.socialOffice());
            requireNotCoordinating(operation);
            return scope(iizCase, CASE_MANAGER, null);
        }
        throw notFound(iizCase.id());
    }

    private void requirePowerOfAttorney(IizCase iizCase, String institution) {
        if (!powersOfAttorney.covers(iizCase.id(), institution, LocalDate.now(clock))) {
            throw new ProblemException(Problem.of(ProblemType.FORBIDDEN,
                            "IZ-01: no valid power of attorney (Vollmacht) of the client covers your institution for "
                                    + "this case (none recorded, revoked or expired); no case data is shared.")
                    .withRule("IZ-01"));
        }
    }

    private static void requireNotCoordinating(Operation operation) {
        if (operation == Operation.COORDINATE) {
            throw ProblemException.forbidden("Only the iiz coordination person leading the case may do that.");
        }
    }

    private static CaseScope scope(IizCase c, String member, String institution) {
        return new CaseScope(c.id(), c.personId(), c.status().name(), member, institution,
                c.decision().map(Enum::name).orElse(null));
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("iiz case", id);
    }
}
