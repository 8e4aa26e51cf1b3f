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
                                    LocalDate startDate, int pensumPercent, String setting,
                                    Integer billingBasisPensumPercent, java.util.List<String> workAreas,
                                    UUID sourceEventId) {
        if (places.byPlacementId(placementId).isPresent()) {
            // intake re-sent it under a new event id (the inbox drops the same id): the place exists, nothing to do
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        places.add(Place.reserve(placementId, personId, officialName, firstName, startDate, pensumPercent, setting,
                billingBasisPensumPercent, workAreas, now));
        places.addHistory(new PlaceHistoryEntry(placementId, now, "RESERVED", sourceEventId));
        audit.record(AuditAction.RECEIVE, RESOURCE, placementId, personId);
    }

    /** PlacementActivated: the place is taken from its start date on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void activate(UUID placementId, UUID sourceEventId) {
        Place place = existing(placementId);
        place.activate();
        record(place, "ACTIVATED", sourceEventId, null);
    }

    /** PlacementChanged: the terms after a mutation, effective on a date. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void change(UUID placementId, String setting, Integer pensumPercent, Integer billingBasisPensumPercent,
                       java.util.List<String> workAreas, LocalDate effectiveDate, java.util.List<String> kinds,
                       UUID sourceEventId) {
        Place place = existing(placementId);
        place.change(effectiveDate, setting, pensumPercent, billingBasisPensumPercent, workAreas);
        record(place, "CHANGED", sourceEventId, "effective " + effectiveDate + ": " + String.join(", ", kinds));
    }

    /** PlacementEnded: the place is held up to the last day (or was never taken). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void end(UUID placementId, LocalDate lastDay, boolean cancelledBeforeStart, String reason,
                    UUID sourceEventId) {
        Place place = existing(placementId);
        place.end(lastDay, cancelledBeforeStart);
        record(place, cancelledBeforeStart ? "CANCELLED" : "ENDED", sourceEventId, "last day " + lastDay + ", " + reason);
    }

    private Place existing(UUID placementId) {
        return places.byPlacementId(placementId).orElseThrow(() -> new UnprocessableEventException(
                "placement " + placementId + " has no place: its PlacementCreated never arrived"));
    }

    private void record(Place place, String change, UUID sourceEventId, String detail) {
        places.addHistory(new PlaceHistoryEntry(place.placementId(), OffsetDateTime.now(clock), change, sourceEventId,
                detail));
        audit.record(AuditAction.RECEIVE, RESOURCE, place.placementId(), place.personId());
    }

    /** DC-17: the case manager who may see the participant's incidents (by account name). */
    @Transactional
    public PlaceView assignCaseManager(UUID placementId, String accountName) {
        Place place = places.byPlacementId(placementId)
                .orElseThrow(() -> ProblemException.notFound(RESOURCE, placementId));
        place.assignCaseManager(accountName.strip());
        places.addHistory(new PlaceHistoryEntry(placementId, OffsetDateTime.now(clock), "CASE_MANAGER", null, null));
        audit.record(AuditAction.UPDATE, RESOURCE, placementId, place.personId());
        return PlaceView.of(place, places.historyOf(placementId));
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
