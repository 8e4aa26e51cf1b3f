package ch.so.integration.iiz.powerofattorney;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.iiz.access.CaseAccess;
import ch.so.integration.iiz.access.CaseAccess.Operation;
import ch.so.integration.iiz.powerofattorney.api.PowerOfAttorneyView;
import ch.so.integration.iiz.powerofattorney.api.RecordPowerOfAttorneyRequest;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.security.Actors;
import ch.so.integration.platform.web.ProblemException;

/** Records and revokes a case's Vollmacht (IZ-01). The coordinator records what the client signed or revoked. */
@ApplicationScoped
public class PowerOfAttorneyService {

    static final String RESOURCE = "iiz-power-of-attorney";

    private final PowersOfAttorney powersOfAttorney;
    private final CaseAccess access;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Actors actors;
    private final Clock clock;

    PowerOfAttorneyService(PowersOfAttorney powersOfAttorney, CaseAccess access, AuditLog audit,
                           Idempotency idempotency, Actors actors, Clock clock) {
        this.powersOfAttorney = powersOfAttorney;
        this.access = access;
        this.audit = audit;
        this.idempotency = idempotency;
        this.actors = actors;
        this.clock = clock;
    }

    /**
     * IZ-01: records a signed Vollmacht. The access check comes first, also for a retried request (a replay shows the
     * Vollmacht again), and locks the case row FOR UPDATE like every change of the case core.
     */
    @Transactional
    public Idempotency.Result<PowerOfAttorneyView> record(UUID caseId, RecordPowerOfAttorneyRequest request,
                                                          String idempotencyKey) {
        CaseAccess.CaseScope scope = access.requireExclusive(caseId, Operation.COORDINATE);
        return idempotency.once("iiz.record-power-of-attorney", idempotencyKey, List.of(caseId, request),
                PowerOfAttorneyView.class, () -> {
                    PowerOfAttorney p = PowerOfAttorney.record(caseId, request.signedOn(), request.validUntil(),
                            request.institutions(), request.scanReference(), actors.current().name(), clock);
                    powersOfAttorney.add(p);
                    audit.record(AuditAction.CREATE, RESOURCE, p.id(), scope.personId());
                    return new Idempotency.Result<>(p.id().toString(), view(p), false);
                }, replay -> audit.record(AuditAction.READ, RESOURCE, replay.id(), scope.personId()));
    }

    /**
     * IZ-01: the client revoked it: access of the institutions it covered ends at once. The case row is locked FOR
     * UPDATE: a partner's write in progress (which holds it FOR SHARE) commits first; a partner's request arriving
     * meanwhile waits and then finds the Vollmacht revoked.
     */
    @Transactional
    public PowerOfAttorneyView revoke(UUID caseId, UUID id) {
        CaseAccess.CaseScope scope = access.requireExclusive(caseId, Operation.COORDINATE);
        PowerOfAttorney p = powersOfAttorney.byId(caseId, id)
                .orElseThrow(() -> ProblemException.notFound("power of attorney", id));
        p.revoke(actors.current().name(), clock);
        audit.record(AuditAction.UPDATE, RESOURCE, id, scope.personId());
        return view(p);
    }

    @Transactional
    public List<PowerOfAttorneyView> ofCase(UUID caseId) {
        CaseAccess.CaseScope scope = access.require(caseId, Operation.READ);
        List<PowerOfAttorney> found = powersOfAttorney.ofCase(caseId);
        for (PowerOfAttorney p : found) {
            audit.record(AuditAction.READ, RESOURCE, p.id(), scope.personId());
        }
        return found.stream().map(this::view).toList();
    }

    private PowerOfAttorneyView view(PowerOfAttorney p) {
        return PowerOfAttorneyView.of(p, LocalDate.now(clock));
    }
}
