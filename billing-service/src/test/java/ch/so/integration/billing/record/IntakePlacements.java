package ch.so.integration.billing.record;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ch.so.integration.platform.events.EventJson;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.TestTokens;

/**
 * Participations the real way: intake's placement events (built from the files intake pins its event shapes with)
 * published to Kafka for billing's consumer, then waited for through the participations API.
 */
final class IntakePlacements {

    static final String TOPIC = "intake.placement";
    private static final Path PINNED = Path.of("../intake-service/src/test/resources/events");

    private IntakePlacements() {
    }

    /** A pass(t)genau module as intake books it. */
    record Module(String module, LocalDate plannedStart, LocalDate plannedEnd, int plannedHours, Integer hourLimit) {
    }

    /** An AMI placement of the intake provider, started on {@code entry}; returns its id. */
    static String ami(KafkaTestCluster kafka, TestTokens tokens, UUID provider, LocalDate entry) throws IOException {
        ObjectNode created = pinned("placement-created-ami");
        ObjectNode data = (ObjectNode) created.get("data");
        ((ObjectNode) data.get("programme")).put("providerId", provider.toString());
        return start(kafka, tokens, created, entry);
    }

    /** A pass(t)genau placement with one of the cooperating providers, started on {@code entry}. */
    static String passtGenau(KafkaTestCluster kafka, TestTokens tokens, String provider, LocalDate entry,
                             Module... modules) throws IOException {
        ObjectNode created = pinned("placement-created-passt-genau");
        ObjectNode data = (ObjectNode) created.get("data");
        data.put("passtGenauProvider", provider);
        ArrayNode booked = data.putArray("modules");
        for (Module m : modules) {
            booked.addObject().put("module", m.module()).put("plannedStart", m.plannedStart().toString())
                    .put("plannedEnd", m.plannedEnd().toString()).put("plannedHours", m.plannedHours())
                    .put("hourLimit", m.hourLimit());
        }
        return start(kafka, tokens, created, entry);
    }

    /** A day-center place (billed from the day center's month close, not from service records). */
    static String dayCenter(KafkaTestCluster kafka, TestTokens tokens, LocalDate entry) throws IOException {
        return start(kafka, tokens, pinned("placement-created"), entry);
    }

    /** Intake ends the placement on {@code endDate}. */
    static void end(KafkaTestCluster kafka, TestTokens tokens, String placementId, LocalDate endDate)
            throws IOException {
        ObjectNode ended = pinned("placement-ended");
        ended.put("subject", placementId);
        ObjectNode data = (ObjectNode) ended.get("data");
        data.put("placementId", placementId).put("endDate", endDate.toString()).put("cancelledBeforeStart", false);
        data.put("type", given().header("Authorization", tokens.bearer("billing"))
                .get("/api/billing/participations/" + placementId).then().extract().<String>path("placementType"));
        kafka.send(TOPIC, placementId, EventJson.MAPPER.writeValueAsString(ended));
        await(tokens, placementId, "exitDate", endDate);
    }

    private static String start(KafkaTestCluster kafka, TestTokens tokens, ObjectNode created, LocalDate entry)
            throws IOException {
        String placement = UUID.randomUUID().toString();
        String person = UUID.randomUUID().toString();
        created.put("subject", placement);
        ObjectNode data = (ObjectNode) created.get("data");
        data.put("placementId", placement).put("personId", person).put("startDate", entry.toString());
        kafka.send(TOPIC, placement, EventJson.MAPPER.writeValueAsString(created));

        ObjectNode activated = pinned("placement-activated");
        activated.put("subject", placement);
        ((ObjectNode) activated.get("data")).put("placementId", placement).put("personId", person)
                .put("type", data.get("type").asText()).put("startDate", entry.toString());
        kafka.send(TOPIC, placement, EventJson.MAPPER.writeValueAsString(activated));
        await(tokens, placement, "entryDate", entry);
        return placement;
    }

    private static void await(TestTokens tokens, String placement, String field, LocalDate expected) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                given().header("Authorization", tokens.bearer("billing"))
                        .get("/api/billing/participations/" + placement).then().statusCode(200)
                        .body(field, equalTo(expected.toString())));
    }

    private static ObjectNode pinned(String name) throws IOException {
        ObjectNode event = (ObjectNode) EventJson.MAPPER.readTree(Files.readString(PINNED.resolve(name + ".v1.json")));
        event.put("id", UUID.randomUUID().toString());
        return event;
    }
}
