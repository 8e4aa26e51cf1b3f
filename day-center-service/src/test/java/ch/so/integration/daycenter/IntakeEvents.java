package ch.so.integration.daycenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ch.so.integration.platform.events.EventJson;

/**
 * PlacementCreated events as intake publishes them: built from the file intake pins its event shape with
 * (intake-service/src/test/resources/events), so a change on intake's side shows up in day-center's tests.
 */
public final class IntakeEvents {

    public static final Path PINNED = Path.of("../intake-service/src/test/resources/events/placement-created.v1.json");

    private IntakeEvents() {
    }

    public record Event(String id, String placementId, String personId, String json) {
    }

    public static Event placementCreated(String officialName, int pensum) throws IOException {
        return placementCreated(officialName, pensum, null);
    }

    /** @param type intake's placement type, or null to keep the pinned one */
    public static Event placementCreated(String officialName, int pensum, String type) throws IOException {
        ObjectNode event = (ObjectNode) EventJson.MAPPER.readTree(Files.readString(PINNED));
        String id = UUID.randomUUID().toString();
        String placement = UUID.randomUUID().toString();
        String person = UUID.randomUUID().toString();
        event.put("id", id).put("subject", placement);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("placementId", placement).put("personId", person).put("pensumPercent", pensum);
        if (type != null) {
            data.put("type", type);
        }
        ((ObjectNode) data.get("participant")).put("officialName", officialName);
        return new Event(id, placement, person, EventJson.MAPPER.writeValueAsString(event));
    }

    /**
     * A follow-up event of intake's placement aggregate (placement-activated, placement-changed, placement-ended),
     * built from intake's pinned file with the placement's id.
     *
     * @param name  the pinned file's name without ".v1.json", e.g. {@code placement-ended}
     * @param edits further data fields to set (name, value pairs)
     */
    public static String follow(String name, String placementId, String personId, Object... edits) throws IOException {
        ObjectNode event = (ObjectNode) EventJson.MAPPER.readTree(Files.readString(
                Path.of("../intake-service/src/test/resources/events/" + name + ".v1.json")));
        event.put("id", UUID.randomUUID().toString()).put("subject", placementId);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("placementId", placementId).put("personId", personId);
        for (int i = 0; i < edits.length; i += 2) {
            data.set((String) edits[i], EventJson.MAPPER.valueToTree(edits[i + 1]));
        }
        return EventJson.MAPPER.writeValueAsString(event);
    }
}
