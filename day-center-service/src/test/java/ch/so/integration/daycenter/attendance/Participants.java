package ch.so.integration.daycenter.attendance;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ch.so.integration.daycenter.IntakeEvents;
import ch.so.integration.platform.events.EventJson;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.TestTokens;

/** Opens places through intake's PlacementCreated, with a chosen start date. */
public final class Participants {

    private Participants() {
    }

    /** @return the placement id, once the place is readable */
    public static String place(KafkaTestCluster kafka, TestTokens tokens, String name, int pensum, LocalDate start)
            throws Exception {
        return place(kafka, tokens, name, pensum, start, List.of());
    }

    /** @param workAreas the areas intake places the participant in (replaces the pinned ones) */
    public static String place(KafkaTestCluster kafka, TestTokens tokens, String name, int pensum, LocalDate start,
                               List<String> workAreas) throws Exception {
        IntakeEvents.Event event = IntakeEvents.placementCreated(name, pensum);
        ObjectNode json = (ObjectNode) EventJson.MAPPER.readTree(event.json());
        ObjectNode data = (ObjectNode) json.get("data");
        data.put("startDate", start.toString());
        ArrayNode areas = data.putArray("workAreas");
        workAreas.forEach(areas::add);
        kafka.send("intake.placement", event.placementId(), EventJson.MAPPER.writeValueAsString(json));
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                given().header("Authorization", tokens.bearer("day-center-staff"))
                        .get("/api/day-center/places/" + event.placementId()).then().statusCode(200));
        return event.placementId();
    }
}
