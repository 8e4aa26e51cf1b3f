package ch.so.integration.daycenter.concern;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.daycenter.concern.api.ChangeConcernStatusRequest;
import ch.so.integration.daycenter.concern.api.ConcernView;
import ch.so.integration.daycenter.concern.api.RaiseConcernRequest;
import ch.so.integration.daycenter.place.Place;
import ch.so.integration.daycenter.place.Places;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.security.Actors;
import ch.so.integration.platform.web.ProblemException;

/** DC-18 concerns: every read and write audited for the participant; the content is never logged. */
@ApplicationScoped
public class ConcernService {

    static final String RESOURCE = "concern";

    private final Concerns concerns;
    private final Places places;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Actors actors;
    private final Clock clock;

    ConcernService(Concerns concerns, Places places, AuditLog audit, Idempotency idempotency, Actors actors,
                   Clock clock) {
        this.concerns = concerns;
        this.places = places;
        this.audit = audit;
        this.idempotency = idempotency;
        this.actors = actors;
        this.clock = clock;
    }

    @Transactional
    public Idempotency.Result<ConcernView> raise(RaiseConcernRequest request, String idempotencyKey) {
        return idempotency.once("day-center.raise-concern", idempotencyKey, request, ConcernView.class, () -> {
            Place place = places.byPlacementId(request.placementId()).orElseThrow(() ->
                    ProblemException.invalidField("placementId", "no day-center place with this placement id"));
            Concern concern = Concern.receive(place.placementId(), place.personId(), request.office(),
                    request.about(), request.content().strip(), request.receivedOn(), actor(), clock);
            concerns.add(concern);
            audit.record(AuditAction.CREATE, RESOURCE, concern.id(), concern.personId());
            return new Idempotency.Result<>(concern.id().toString(), ConcernView.of(concern), false);
        }, replay -> audit.record(AuditAction.READ, RESOURCE, replay.id(), replay.body().personId()));
    }

    @Transactional
    public ConcernView get(UUID id) {
        Concern concern = find(id);
        audit.record(AuditAction.READ, RESOURCE, id, concern.personId());
        return ConcernView.of(concern);
    }

    @Transactional
    public Page<ConcernView> list(ConcernStatus status, PageQuery page) {
        Page<Concern> found = concerns.list(status, page);
        for (Concern concern : found.items()) {
            audit.record(AuditAction.READ, RESOURCE, concern.id(), concern.personId());
        }
        return found.map(ConcernView::of);
    }

    @Transactional
    public ConcernView changeStatus(UUID id, ChangeConcernStatusRequest request) {
        Concern concern = find(id);
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        concern.changeStatus(request.status(), note, actor(), clock);
        audit.record(AuditAction.UPDATE, RESOURCE, id, concern.personId());
        return ConcernView.of(concern);
    }

    private Concern find(UUID id) {
        return concerns.byId(id).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
    }

    private String actor() {
        String name = actors.current().name();
        return name.length() > Concern.MAX_ACTOR_LENGTH ? name.substring(0, Concern.MAX_ACTOR_LENGTH) : name;
    }
}
