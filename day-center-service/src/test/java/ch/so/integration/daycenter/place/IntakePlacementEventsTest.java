package ch.so.integration.daycenter.place;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ch.so.integration.daycenter.DayCenterTestResource;
import ch.so.integration.daycenter.IntakeEvents;
import ch.so.integration.platform.events.EventJson;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import ch.so.integration.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DayCenterTestResource
class IntakePlacementEventsTest {

    static final String TOPIC = "intake.placement";
    static final String DEAD_LETTERS = "day-center.dead-letter";

    @Suite
    KafkaTestCluster kafka;

    @Suite
    TestTokens tokens;

    @Suite
    TestDatabase database;

    private boolean inboxHolds(String eventId) throws Exception {
        try (java.sql.Connection c = database.asOwner(); java.sql.PreparedStatement s = c.prepareStatement(
                "select count(*) from inbox_event where event_id = ?::uuid")) {
            s.setString(1, eventId);
            try (java.sql.ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    private void awaitPlace(String placementId) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                given().header("Authorization", tokens.bearer("day-center-staff"))
                        .get("/api/day-center/places/" + placementId).then().statusCode(200));
    }

    @Test
    @DisplayName("intake's PlacementCreated reserves the participant's place, readable through the API")
    void placementCreatedReservesPlace() throws Exception {
        IntakeEvents.Event event = IntakeEvents.placementCreated("Tagesgast", 60);
        kafka.send(TOPIC, event.placementId(), event.json());

        awaitPlace(event.placementId());
        given().header("Authorization", tokens.bearer("day-center-staff")).get("/api/day-center/places/" + event.placementId())
                .then().statusCode(200)
                .body("personId", equalTo(event.personId()))
                .body("participant.officialName", equalTo("Tagesgast"))
                .body("pensumPercent", equalTo(60))
                .body("status", equalTo("RESERVED"))
                .body("history", hasSize(1))
                .body("history[0].sourceEventId", equalTo(event.id()));
    }

    @Test
    @DisplayName("an AMI programme placement is no day-center place: passed by, no place, no dead letter")
    void programmePlacementPassedBy() throws Exception {
        IntakeEvents.Event programme = IntakeEvents.placementCreated("Programm", 60, "AMI_PROGRAMME");
        kafka.send(TOPIC, programme.placementId(), programme.json());

        // handled (the inbox holds it) without an effect
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> inboxHolds(programme.id()));
        given().header("Authorization", tokens.bearer("day-center-staff"))
                .get("/api/day-center/places/" + programme.placementId()).then().statusCode(404);
        try (TopicReader dead = kafka.reader(DEAD_LETTERS)) {
            assertThat(dead.readToEnd()).noneMatch(r -> programme.placementId().equals(r.key()));
        }
    }

    @Test
    @DisplayName("PlacementActivated, PlacementChanged and PlacementEnded activate, change and end the place, each once")
    void followUpEventsChangeThePlace() throws Exception {
        IntakeEvents.Event created = IntakeEvents.placementCreated("Verlauf", 60);
        kafka.send(TOPIC, created.placementId(), created.json());
        awaitPlace(created.placementId());

        kafka.send(TOPIC, created.placementId(),
                IntakeEvents.follow("placement-activated", created.placementId(), created.personId()));
        String changed = IntakeEvents.follow("placement-changed", created.placementId(), created.personId(),
                "type", "IVSE_B_SEMI_STATIONARY", "pensumPercent", 80, "billingBasisPensumPercent", 80,
                "workAreas", java.util.List.of("Garten", "Küche"));
        kafka.send(TOPIC, created.placementId(), changed);
        kafka.send(TOPIC, created.placementId(), changed);
        kafka.send(TOPIC, created.placementId(), IntakeEvents.follow("placement-ended", created.placementId(),
                created.personId(), "endDate", "2027-04-30"));

        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                given().header("Authorization", tokens.bearer("day-center-staff"))
                        .get("/api/day-center/places/" + created.placementId()).then().statusCode(200)
                        .body("status", equalTo("ENDED")));
        given().header("Authorization", tokens.bearer("day-center-staff"))
                .get("/api/day-center/places/" + created.placementId()).then().statusCode(200)
                .body("setting", equalTo("IVSE_B_SEMI_STATIONARY")).body("pensumPercent", equalTo(80))
                .body("workAreas", org.hamcrest.Matchers.contains("Garten", "Küche"))
                .body("endDate", equalTo("2027-04-30"))
                .body("history.change", org.hamcrest.Matchers.contains("RESERVED", "ACTIVATED", "CHANGED", "ENDED"));
    }

    @Test
    @DisplayName("the same event delivered twice has one effect")
    void duplicateDeliveryHasOneEffect() throws Exception {
        IntakeEvents.Event event = IntakeEvents.placementCreated("Doppel", 40);
        double duplicatesBefore = duplicatesCounted();
        kafka.send(TOPIC, event.placementId(), event.json());
        awaitPlace(event.placementId());

        kafka.send(TOPIC, event.placementId(), event.json());

        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> duplicatesCounted() > duplicatesBefore);
        given().header("Authorization", tokens.bearer("day-center-staff")).get("/api/day-center/places/" + event.placementId())
                .then().statusCode(200).body("history", hasSize(1));
        try (TopicReader dead = kafka.reader(DEAD_LETTERS)) {
            assertThat(dead.readToEnd()).noneMatch(r -> event.placementId().equals(r.key()));
        }
    }

    @Test
    @DisplayName("a malformed event goes to the dead-letter topic with the reason, and the consumer carries on")
    void malformedEventIsDeadLettered() throws Exception {
        String key = UUID.randomUUID().toString();
        kafka.send(TOPIC, key, "this is not an event {");
        IntakeEvents.Event next = IntakeEvents.placementCreated("Weiter", 20);
        kafka.send(TOPIC, key, next.json());

        try (TopicReader dead = kafka.reader(DEAD_LETTERS)) {
            ConsumerRecord<String, String> letter = dead.await(r -> key.equals(r.key()), 1, Duration.ofSeconds(15)).getFirst();
            assertThat(letter.value()).isEqualTo("this is not an event {");
            assertThat(TopicReader.header(letter, "dlt-reason")).startsWith("not valid JSON");
            assertThat(TopicReader.header(letter, "dlt-original-topic")).isEqualTo(TOPIC);
            assertThat(TopicReader.header(letter, "dlt-consumer")).isEqualTo("day-center.intake-placements");
            assertThat(TopicReader.header(letter, "dlt-original-offset")).isNotBlank();
        }
        awaitPlace(next.placementId());
    }

    @Test
    @DisplayName("envelopes without CloudEvents attributes, or data of the wrong shape, are dead-lettered with the reason")
    void unprocessableEnvelopes() throws Exception {
        String noType = UUID.randomUUID().toString();
        kafka.send(TOPIC, noType, "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"data\":{}}");

        IntakeEvents.Event event = IntakeEvents.placementCreated("Leer", 30);
        ObjectNode broken = (ObjectNode) EventJson.MAPPER.readTree(event.json());
        ((ObjectNode) broken.get("data")).remove("startDate");
        kafka.send(TOPIC, event.placementId(), EventJson.MAPPER.writeValueAsString(broken));

        try (TopicReader dead = kafka.reader(DEAD_LETTERS)) {
            List<ConsumerRecord<String, String>> letters = dead.await(
                    r -> noType.equals(r.key()) || event.placementId().equals(r.key()), 2, Duration.ofSeconds(15));
            assertThat(letters).anySatisfy(r -> assertThat(TopicReader.header(r, "dlt-reason"))
                    .isEqualTo("missing CloudEvents attribute(s): source, type, subject, time"));
            assertThat(letters).anySatisfy(r -> assertThat(TopicReader.header(r, "dlt-reason"))
                    .isEqualTo("PlacementCreated lacks a required field"));
        }
        given().header("Authorization", tokens.bearer("day-center-staff")).get("/api/day-center/places/" + event.placementId())
                .then().statusCode(404);
    }

    @Test
    @DisplayName("an event type the day center does not know yet is passed by, not dead-lettered")
    void unknownTypesArePassedBy() throws Exception {
        IntakeEvents.Event event = IntakeEvents.placementCreated("Zukunft", 50);
        ObjectNode future = (ObjectNode) EventJson.MAPPER.readTree(event.json());
        future.put("type", "ch.so.integration.intake.placement-rescheduled.v1");
        kafka.send(TOPIC, event.placementId(), EventJson.MAPPER.writeValueAsString(future));
        IntakeEvents.Event after = IntakeEvents.placementCreated("Danach", 50);
        kafka.send(TOPIC, event.placementId(), after.json());

        awaitPlace(after.placementId());
        given().header("Authorization", tokens.bearer("day-center-staff")).get("/api/day-center/places/" + event.placementId())
                .then().statusCode(404);
        try (TopicReader dead = kafka.reader(DEAD_LETTERS)) {
            assertThat(dead.readToEnd()).noneMatch(r -> r.value().contains("placement-rescheduled"));
        }
    }

    private double duplicatesCounted() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(l -> l.startsWith("events_consumed_total") && l.contains("outcome=\"duplicate\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }
}
