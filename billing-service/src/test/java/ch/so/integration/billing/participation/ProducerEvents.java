package ch.so.integration.billing.participation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ch.so.integration.platform.events.EventJson;

/**
 * Events as intake and the day center publish them: built from the files they pin their event shapes with, with
 * fresh ids, so a change on the producer's side shows up in billing's tests.
 */
final class ProducerEvents {

    static final Path INTAKE = Path.of("../intake-service/src/test/resources/events");
    static final Path DAY_CENTER = Path.of("../day-center-service/src/test/resources/events");

    private ProducerEvents() {
    }

    /** An event with its id, for sending (and re-sending). */
    record Event(String id, String key, String json) {
    }

    /**
     * @param file  the pinned file, e.g. {@code placement-created-ami.v1.json}
     * @param key   the aggregate id (subject and Kafka key)
     * @param edits data fields to set: name/value pairs; a name with a dot sets a nested field ("programme.providerId")
     */
    static Event of(Path dir, String file, String key, Object... edits) throws IOException {
        ObjectNode event = (ObjectNode) EventJson.MAPPER.readTree(Files.readString(dir.resolve(file)));
        String id = UUID.randomUUID().toString();
        event.put("id", id).put("subject", key);
        ObjectNode data = (ObjectNode) event.get("data");
        for (int i = 0; i < edits.length; i += 2) {
            String name = (String) edits[i];
            ObjectNode target = data;
            int dot = name.indexOf('.');
            if (dot > 0) {
                target = (ObjectNode) data.get(name.substring(0, dot));
                name = name.substring(dot + 1);
            }
            target.set(name, EventJson.MAPPER.valueToTree(edits[i + 1]));
        }
        return new Event(id, key, EventJson.MAPPER.writeValueAsString(event));
    }

    static Event intake(String file, String key, Object... edits) throws IOException {
        return of(INTAKE, file, key, edits);
    }

    static Event dayCenter(String file, String key, Object... edits) throws IOException {
        return of(DAY_CENTER, file, key, edits);
    }
}
