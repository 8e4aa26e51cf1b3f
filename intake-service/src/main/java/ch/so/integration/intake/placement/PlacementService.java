package ch.so.integration.intake.placement;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.intake.person.Person;
import ch.so.integration.intake.person.Persons;
import ch.so.integration.intake.placement.api.CreatePlacementRequest;
import ch.so.integration.intake.placement.api.PlacementView;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.events.Outbox;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.web.ProblemException;

/** Creates placements; the placement, its audit record and its events commit together or not at all. */
@ApplicationScoped
public class PlacementService {

    static final String RESOURCE = "placement";

    private final Placements placements;
    private final Persons persons;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Clock clock;

    PlacementService(Placements placements, Persons persons, Outbox outbox, AuditLog audit, Idempotency idempotency,
                     Clock clock) {
        this.placements = placements;
        this.persons = persons;
        this.outbox = outbox;
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @Transactional
    public Idempotency.Result<PlacementView> create(CreatePlacementRequest request, String idempotencyKey) {
        return idempotency.once("intake.create-placement", idempotencyKey, request, PlacementView.class, () -> {
            Person person = persons.byId(request.personId()).orElseThrow(
                    () -> ProblemException.invalidField("personId", "no person with this id is registered"));
            if (!Placement.isValidPensum(request.pensumPercent())) {
                throw ProblemException.invalidField("pensumPercent", "must be 10 to 100 in steps of 10 (DC-05)");
            }
            Placement placement = Placement.create(person, request.type(), request.startDate(),
                    request.pensumPercent(), clock);
            placements.add(placement);
            outbox.publishAll(placement.releaseEvents());
            audit.record(AuditAction.CREATE, RESOURCE, placement.id(), person.id());
            return new Idempotency.Result<>(placement.id().toString(), PlacementView.of(placement), false);
        }, replay -> audit.record(AuditAction.READ, RESOURCE, replay.id(), replay.body().personId()));
    }

    @Transactional
    public PlacementView get(UUID id) {
        Placement placement = placements.byId(id).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
        audit.record(AuditAction.READ, RESOURCE, id, placement.personId());
        return PlacementView.of(placement);
    }

    @Transactional
    public Page<PlacementView> ofPerson(UUID personId, PageQuery page) {
        if (persons.byId(personId).isEmpty()) {
            throw ProblemException.notFound("person", personId);
        }
        Page<Placement> found = placements.ofPerson(personId, page);
        for (Placement placement : found.items()) {
            audit.record(AuditAction.READ, RESOURCE, placement.id(), personId);
        }
        return found.map(PlacementView::of);
    }
}
