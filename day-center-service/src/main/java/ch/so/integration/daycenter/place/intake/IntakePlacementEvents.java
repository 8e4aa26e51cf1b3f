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

    /** Intake's IVSE B settings (stationary, semi-stationary, external) are day-center places; AMI and
     * pass(t)genau placements are not. */
    static final String DAY_CENTER_TYPE_PREFIX = "IVSE_B_";

    private static final Logger LOG = Logger.getLogger(IntakePlacementEvents.class);

    /** The fields of intake's PlacementCreated v1 that the day center uses. */
    record PlacementCreatedV1(UUID placementId, UUID personId, String type, LocalDate startDate,
                              Integer pensumPercent, Participant participant) {
        record Participant(String officialName, String firstName) {
        }
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
        if (!PLACEMENT_CREATED_V1.equals(event.type())) {
            LOG.debugf("Passing by %s", event.type());
            return;
        }
        PlacementCreatedV1 created = event.dataAs(PlacementCreatedV1.class);
        if (created.type() != null && !created.type().startsWith(DAY_CENTER_TYPE_PREFIX)) {
            LOG.debugf("Passing by a placement of type %s: not a day-center place", created.type());
            return;
        }
        if (created.placementId() == null || created.personId() == null || created.startDate() == null
                || created.pensumPercent() == null || created.participant() == null
                || created.participant().officialName() == null || created.participant().firstName() == null) {
            throw new UnprocessableEventException("PlacementCreated lacks a required field");
        }
        if (!created.placementId().toString().equals(event.subject())) {
            throw new UnprocessableEventException("subject does not match the placement id");
        }
        places.reserveForPlacement(created.placementId(), created.personId(), created.participant().officialName(),
                created.participant().firstName(), created.startDate(), created.pensumPercent(), event.eventId());
    }
}
