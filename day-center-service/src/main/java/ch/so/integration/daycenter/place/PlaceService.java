package ch.so.integration.daycenter.place;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.daycenter.place.api.PlaceView;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.events.UnprocessableEventException;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.web.ProblemException;

/** Opens places from intake's placements and shows them; every read and write of a participant is audited. */
@ApplicationScoped
public class PlaceService {

    static final String RESOURCE = "place";

    private final Places places;
    private final AuditLog audit;
    private final Clock clock;

    PlaceService(Places places, AuditLog audit, Clock clock) {
        this.places = places;
        this.audit = audit;
        this.clock = clock;
    }

    /** Runs inside the consumer's transaction, once per event (the inbox drops redeliveries). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reserveForPlacement(UUID placementId, UUID personId, String officialName, String firstName,
                                    LocalDate startDate, int pensumPercent, UUID sourceEventId) {
        if (places.byPlacementId(placementId).isPresent()) {
            throw new UnprocessableEventException("placement " + placementId + " already has a place");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        places.add(Place.reserve(placementId, personId, officialName, firstName, startDate, pensumPercent, now));
        places.addHistory(new PlaceHistoryEntry(placementId, now, "RESERVED", sourceEventId));
        audit.record(AuditAction.RECEIVE, RESOURCE, placementId, personId);
    }

    @Transactional
    public PlaceView get(UUID placementId) {
        Place place = places.byPlacementId(placementId)
                .orElseThrow(() -> ProblemException.notFound(RESOURCE, placementId));
        audit.record(AuditAction.READ, RESOURCE, placementId, place.personId());
        return PlaceView.of(place, places.historyOf(placementId));
    }

    @Transactional
    public Page<PlaceView> list(PageQuery page) {
        Page<Place> found = places.all(page);
        for (Place place : found.items()) {
            audit.record(AuditAction.READ, RESOURCE, place.placementId(), place.personId());
        }
        return found.map(place -> PlaceView.of(place, null));
    }
}
