package ch.so.integration.daycenter.incident;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.daycenter.incident.api.CrisisInterventionRequest;
import ch.so.integration.daycenter.incident.api.GradeIncidentRequest;
import ch.so.integration.daycenter.incident.api.IncidentReceipt;
import ch.so.integration.daycenter.incident.api.IncidentView;
import ch.so.integration.daycenter.incident.api.RecordIncidentRequest;
import ch.so.integration.daycenter.place.Place;
import ch.so.integration.daycenter.place.Places;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.security.Actors;
import ch.so.integration.platform.web.ProblemException;

/**
 * DC-17 incidents. Every read and write is audited with the participant's person id as subject, in the same
 * transaction. Nothing of an incident's content is ever logged.
 */
@ApplicationScoped
public class IncidentService {

    static final String RESOURCE = "incident";

    private final Incidents incidents;
    private final Places places;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Actors actors;
    private final Clock clock;

    IncidentService(Incidents incidents, Places places, AuditLog audit, Idempotency idempotency, Actors actors,
                    Clock clock) {
        this.incidents = incidents;
        this.places = places;
        this.audit = audit;
        this.idempotency = idempotency;
        this.actors = actors;
        this.clock = clock;
    }

    @Transactional
    public Idempotency.Result<IncidentReceipt> record(RecordIncidentRequest request, String idempotencyKey) {
        return idempotency.once("day-center.record-incident", idempotencyKey, request, IncidentReceipt.class, () -> {
            Place place = places.byPlacementId(request.placementId()).orElseThrow(() ->
                    ProblemException.invalidField("placementId", "no day-center place with this placement id"));
            Incident incident = Incident.record(place.placementId(), place.personId(), request.occurredAt(),
                    request.location().strip(), request.staffInvolved(), blankToNull(request.othersInvolved()),
                    request.whatHappened().strip(), request.immediateMeasures().strip(), actor(), clock);
            incidents.add(incident);
            audit.record(AuditAction.CREATE, RESOURCE, incident.id(), incident.personId());
            return new Idempotency.Result<>(incident.id().toString(),
                    new IncidentReceipt(incident.id(), incident.placementId(), incident.recordedAt()), false);
        }, replay -> audit.record(AuditAction.READ, RESOURCE, replay.id(), personOf(replay.body().placementId())));
    }

    @Transactional
    public IncidentView get(UUID id) {
        Incident incident = findVisible(id);
        audit.record(AuditAction.READ, RESOURCE, id, incident.personId());
        return IncidentView.of(incident);
    }

    @Transactional
    public Page<IncidentView> list(UUID placementId, PageQuery page) {
        if (onlyAsCaseManager()) {
            if (placementId == null) {
                throw ProblemException.invalidField("placementId",
                        "is required for a case manager: the participant whose case you manage");
            }
            if (!managesCase(placementId)) {
                throw ProblemException.forbidden("Only the participant's case manager and the day-center lead see "
                        + "incidents (DC-17).");
            }
        }
        Page<Incident> found = incidents.list(placementId, page);
        for (Incident incident : found.items()) {
            audit.record(AuditAction.READ, RESOURCE, incident.id(), incident.personId());
        }
        return found.map(IncidentView::of);
    }

    @Transactional
    public IncidentView grade(UUID id, GradeIncidentRequest request) {
        Incident incident = findVisible(id);
        incident.grade(request.type(), request.severityLevel(), request.rationale(), request.authoritiesNotified(),
                actor(), clock);
        audit.record(AuditAction.UPDATE, RESOURCE, id, incident.personId());
        return IncidentView.of(incident);
    }

    @Transactional
    public IncidentView logCrisisIntervention(UUID id, CrisisInterventionRequest request) {
        Incident incident = findVisible(id);
        incident.logCrisisIntervention(request.occurredAt(), request.intervenedBy().strip(), request.what().strip(),
                actor(), clock);
        audit.record(AuditAction.UPDATE, RESOURCE, id, incident.personId());
        return IncidentView.of(incident);
    }

    private Incident find(UUID id) {
        return incidents.byId(id).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
    }

    /**
     * DC-17: the day-center lead sees every incident; a caseworker only those of participants whose case they
     * manage (the place's case manager). Others' incidents answer 404, so their existence stays hidden.
     */
    private Incident findVisible(UUID id) {
        Incident incident = find(id);
        if (onlyAsCaseManager() && !managesCase(incident.placementId())) {
            throw ProblemException.notFound(RESOURCE, id);
        }
        return incident;
    }

    private boolean onlyAsCaseManager() {
        var actor = actors.current();
        return actor.hasRole(ch.so.integration.platform.auth.Roles.CASEWORKER)
                && !actor.hasRole(ch.so.integration.platform.auth.Roles.DAY_CENTER_LEAD)
                && !actor.hasRole(ch.so.integration.platform.auth.Roles.ADMIN);
    }

    private boolean managesCase(UUID placementId) {
        String me = actors.current().name();
        return places.byPlacementId(placementId).map(Place::caseManager).map(me::equals).orElse(false);
    }

    private UUID personOf(UUID placementId) {
        return places.byPlacementId(placementId).map(Place::personId).orElse(null);
    }

    private String actor() {
        String name = actors.current().name();
        return name.length() > Incident.MAX_ACTOR_LENGTH ? name.substring(0, Incident.MAX_ACTOR_LENGTH) : name;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
