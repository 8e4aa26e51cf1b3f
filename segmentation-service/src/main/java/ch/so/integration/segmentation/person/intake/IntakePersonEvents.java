package ch.so.integration.segmentation.person.intake;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import ch.so.integration.platform.events.EventEnvelope;
import ch.so.integration.platform.events.EventHandler;
import ch.so.integration.platform.events.UnprocessableEventException;
import ch.so.integration.segmentation.person.KnownPersonService;

/**
 * Intake's person events, read with segmentation's own view of them: a PersonRegistered makes the person id known,
 * so an integration case can be linked to it. Names, date of birth and canton are not kept (the process needs
 * none). Other types are passed by.
 */
@ApplicationScoped
public class IntakePersonEvents implements EventHandler {

    public static final String TOPIC = "intake.person";
    public static final String PERSON_REGISTERED_V1 = "ch.so.integration.intake.person-registered.v1";

    private static final Logger LOG = Logger.getLogger(IntakePersonEvents.class);

    /** The field of intake's PersonRegistered v1 that segmentation uses. */
    public record PersonRegisteredV1(UUID personId) {
    }

    private final KnownPersonService persons;

    IntakePersonEvents(KnownPersonService persons) {
        this.persons = persons;
    }

    @Override
    public String name() {
        return "intake-persons";
    }

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(EventEnvelope event) {
        if (!PERSON_REGISTERED_V1.equals(event.type())) {
            LOG.debugf("Passing by %s", event.type());
            return;
        }
        PersonRegisteredV1 registered = event.dataAs(PersonRegisteredV1.class);
        if (registered.personId() == null) {
            throw new UnprocessableEventException("PersonRegistered lacks the person id");
        }
        if (!registered.personId().toString().equals(event.subject())) {
            throw new UnprocessableEventException("subject does not match the person id");
        }
        persons.learn(registered.personId(), event.time());
    }
}
