package ch.so.integration.segmentation.effort;

import java.time.Clock;
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
import ch.so.integration.segmentation.effort.api.EffortView;
import ch.so.integration.segmentation.effort.api.RecordEffortRequest;

/**
 * SG-12 effort entries. Every read and write is audited with the case's person id as subject (like every other resource), in the same transaction.
 */
@ApplicationScoped
public class EffortService {

    static final String RESOURCE = "effort-entry";
    static final String CASE = "integration-case";

    private final EffortEntries entries;
    private final EffortCases cases;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Actors actors;
    private final Clock clock;

    EffortService(EffortEntries entries, EffortCases cases, AuditLog audit, Idempotency idempotency, Actors actors,
                  Clock clock) {
        this.entries = entries;
        this.cases = cases;
        this.audit = audit;
        this.idempotency = idempotency;
        this.actors = actors;
        this.clock = clock;
    }

    @Transactional
    public Idempotency.Result<EffortView> record(UUID caseId, RecordEffortRequest request, String idempotencyKey) {
        // the case id is part of the hashed request, so one key cannot be replayed onto another case
        record Keyed(UUID caseId, RecordEffortRequest request) {
        }
        return idempotency.once("segmentation.record-effort", idempotencyKey, new Keyed(caseId, request),
                EffortView.class, () -> {
                    EffortCases.CaseDates dates = cases.dates(caseId)
                            .orElseThrow(() -> ProblemException.notFound(CASE, caseId));
                    if (dates.closedOn() != null && request.workedOn().isAfter(dates.closedOn())) {
                        throw ProblemException.invalidField("workedOn", "must not lie after the case was closed ("
                                + dates.closedOn() + ")");
                    }
                    EffortEntry entry = EffortEntry.record(caseId, dates.openedOn(), request.workedOn(),
                            request.minutes(), request.kind(), actors.current().name(), clock);
                    entries.add(entry);
                    audit.record(AuditAction.CREATE, RESOURCE, entry.id(), dates.personId());
                    return new Idempotency.Result<>(entry.id().toString(), EffortView.of(entry), false);
                }, replay -> audit.record(AuditAction.READ, RESOURCE, replay.id(), personOf(caseId)));
    }

    @Transactional
    public EffortView get(UUID caseId, UUID id) {
        EffortEntry entry = entries.byId(caseId, id).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
        audit.record(AuditAction.READ, RESOURCE, id, personOf(caseId));
        return EffortView.of(entry);
    }

    @Transactional
    public Page<EffortView> list(UUID caseId, PageQuery page) {
        UUID personId = personOf(caseId);
        Page<EffortEntry> found = entries.ofCase(caseId, page);
        for (EffortEntry entry : found.items()) {
            audit.record(AuditAction.READ, RESOURCE, entry.id(), personId);
        }
        return found.map(EffortView::of);
    }

    /** The audit subject: the case's person (intake's id). */
    private UUID personOf(UUID caseId) {
        return cases.dates(caseId).orElseThrow(() -> ProblemException.notFound(CASE, caseId)).personId();
    }
}
