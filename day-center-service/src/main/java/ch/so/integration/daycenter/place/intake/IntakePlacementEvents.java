package ch.so.integration.daycenter.place.intake;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import ch.so.integration.daycenter.place.PlaceService;
import ch.so.integration.platform.events.EventEnvelope;
import ch.so.integration.platform.events.EventHandler;
import ch.so.integration.platform.events.UnprocessableEventException;

/**
 * Intake's placement events, read with day-center's own view of them (no shared classes with intake): a
 * PlacementCreated reserves the participant's place. Other placement events are not ours yet and are passed by.
 */
@ApplicationScoped
public class IntakePlacementEvents implements EventHandler {

    public static final String TOPIC = "intake.placement";
    public static final String PLACEMENT_CREATED_V1 = "ch.so.integration.intake.placement-created.v1";
    public static final String PLACEMENT_ACTIVATED_V1 = "ch.so.integration.intake.placement-activated.v1";
    public static final String PLACEMENT_CHANGED_V1 = "ch.so.integration.intake.placement-changed.v1";
    public static final String PLACEMENT_ENDED_V1 = "ch.so.integration.intake.placement-ended.v1";

    /** Intake's IVSE B settings (stationary, semi-stationary, external) are day-center places; AMI and
     * pass(t)genau placements are not. */
    static final String DAY_CENTER_TYPE_PREFIX = "IVSE_B_";

    private static final Logger LOG = Logger.getLogger(IntakePlacementEvents.class);

    /** The fields of intake's PlacementCreated v1 that the day center uses. */
    record PlacementCreatedV1(UUID placementId, UUID personId, String type, LocalDate startDate,
                              Integer pensumPercent, Integer billingBasisPensumPercent,
                              java.util.List<String> workAreas, Participant participant) {
        record Participant(String officialName, String firstName) {
        }
    }

    /** The fields of intake's PlacementActivated v1 that the day center uses. */
    record PlacementActivatedV1(UUID placementId, String type) {
    }

    /** The fields of intake's PlacementChanged v1: the terms after the mutation. */
    record PlacementChangedV1(UUID placementId, String type, LocalDate effectiveDate, java.util.List<String> changes,
                              Integer pensumPercent, Integer billingBasisPensumPercent,
                              java.util.List<String> workAreas) {
    }

    /** The fields of intake's PlacementEnded v1. */
    record PlacementEndedV1(UUID placementId, String type, LocalDate endDate, String reason,
                            Boolean cancelledBeforeStart) {
    }

    private final PlaceService places;

    IntakePlacementEvents(PlaceService places) {
        this.places = places;
    }

    @Override
    public String name() {
        return "intake-placements";
    }

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(EventEnvelope event) {
        switch (event.type()) {
            case PLACEMENT_CREATED_V1 -> created(event);
            case PLACEMENT_ACTIVATED_V1 -> {
                PlacementActivatedV1 activated = event.dataAs(PlacementActivatedV1.class);
                if (isDayCenter(activated.type())) {
                    require(activated.placementId() != null, "PlacementActivated lacks the placement id");
                    requireSubject(event, activated.placementId());
                    places.activate(activated.placementId(), event.eventId());
                }
            }
            case PLACEMENT_CHANGED_V1 -> {
                PlacementChangedV1 changed = event.dataAs(PlacementChangedV1.class);
                if (isDayCenter(changed.type())) {
                    require(changed.placementId() != null && changed.effectiveDate() != null,
                            "PlacementChanged lacks the placement id or effective date");
                    requireSubject(event, changed.placementId());
                    places.change(changed.placementId(), changed.type(), changed.pensumPercent(),
                            changed.billingBasisPensumPercent(), changed.workAreas(), changed.effectiveDate(),
                            changed.changes() == null ? java.util.List.of() : changed.changes(), event.eventId());
                }
            }
            case PLACEMENT_ENDED_V1 -> {
                PlacementEndedV1 ended = event.dataAs(PlacementEndedV1.class);
                if (isDayCenter(ended.type())) {
                    require(ended.placementId() != null && ended.endDate() != null,
                            "PlacementEnded lacks the placement id or end date");
                    requireSubject(event, ended.placementId());
                    places.end(ended.placementId(), ended.endDate(), Boolean.TRUE.equals(ended.cancelledBeforeStart()),
                            ended.reason() == null ? "" : ended.reason(), event.eventId());
                }
            }
            default -> LOG.debugf("Passing by %s", event.type());
        }
    }

    private void created(EventEnvelope event) {
        PlacementCreatedV1 created = event.dataAs(PlacementCreatedV1.class);
        if (!isDayCenter(created.type())) {
            LOG.debugf("Passing by a placement of type %s: not a day-center place", created.type());
            return;
        }
        require(created.placementId() != null && created.personId() != null && created.startDate() != null
                && created.pensumPercent() != null && created.participant() != null
                && created.participant().officialName() != null && created.participant().firstName() != null,
                "PlacementCreated lacks a required field");
        requireSubject(event, created.placementId());
        places.reserveForPlacement(created.placementId(), created.personId(), created.participant().officialName(),
                created.participant().firstName(), created.startDate(), created.pensumPercent(), created.type(),
                created.billingBasisPensumPercent(), created.workAreas(), event.eventId());
    }

    /** A type null (events from before the types were split) counts as a day-center place. */
    private static boolean isDayCenter(String type) {
        return type == null || type.startsWith(DAY_CENTER_TYPE_PREFIX);
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            throw new UnprocessableEventException(reason);
        }
    }

    private static void requireSubject(EventEnvelope event, UUID placementId) {
        if (!placementId.toString().equals(event.subject())) {
            throw new UnprocessableEventException("subject does not match the placement id");
        }
    }
}
