package ch.so.integration.segmentation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ch.so.integration.platform.events.EventJson;
import ch.so.integration.testing.KafkaTestCluster;

/**
 * Intake's PersonRegistered as intake publishes it: built from the file intake pins the shape with, so a change on
 * intake's side shows up here.
 */
public final class IntakeEvents {

    public static final Path PERSON_REGISTERED = Path.of(
            "../intake-service/src/test/resources/events/person-registered.v1.json");

    private IntakeEvents() {
    }

    public static String personRegistered(UUID personId) throws IOException {
        ObjectNode event = (ObjectNode) EventJson.MAPPER.readTree(Files.readString(PERSON_REGISTERED));
        event.put("id", UUID.randomUUID().toString()).put("subject", personId.toString());
        ((ObjectNode) event.get("data")).put("personId", personId.toString());
        return EventJson.MAPPER.writeValueAsString(event);
    }

    /** Sends intake's PersonRegistered and waits until segmentation knows the person. */
    public static UUID registerPerson(KafkaTestCluster kafka, ch.so.integration.testing.TestDatabase database)
            throws IOException {
        UUID personId = UUID.randomUUID();
        kafka.send("intake.person", personId.toString(), personRegistered(personId));
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            try (var c = database.asOwner();
                 var s = c.prepareStatement("select count(*) from known_person where person_id = ?")) {
                s.setObject(1, personId);
                try (var rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1) == 1;
                }
            }
        });
        return personId;
    }
}
