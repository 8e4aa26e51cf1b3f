package ch.so.integration.intake.placement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ch.so.integration.intake.IntakeTestResource;
import ch.so.integration.intake.TestData;
import ch.so.integration.intake.placement.api.CreatePlacementRequest;
import ch.so.integration.platform.events.EventJson;
import ch.so.integration.platform.security.Actor;
import ch.so.integration.platform.security.Actors;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import ch.so.integration.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@IntakeTestResource
class PlacementApiTest {

    static final String TOPIC = "intake.placement";
    static final String CREATED = "ch.so.integration.intake.placement-created.v1";

    @Suite
    TestTokens tokens;

    @Suite
    KafkaTestCluster kafka;

    @Suite
    TestDatabase database;

    @Inject
    PlacementService service;

    private String person() {
        return given().header("Authorization", tokens.bearer("intake")).contentType("application/json")
                .body(TestData.personJson(TestData.ahvNumber(), "Platz", "Paula")).post("/api/intake/persons")
                .then().statusCode(201).extract().path("id");
    }

    private static String placementJson(String personId, int pensum) {
        return """
                {"personId":"%s","type":"IVSE_B_EXTERNAL","startDate":"2026-12-01","pensumPercent":%d,"workAreas":["Küche"]}"""
                .formatted(personId, pensum);
    }

    @Test
    @DisplayName("a placement publishes PlacementCreated through the outbox: CloudEvents envelope, key = placement id, the request's correlation id")
    void publishesPlacementCreated() throws Exception {
        String person = person();
        String correlation = "it-" + UUID.randomUUID();
        String placement = given().header("Authorization", tokens.bearer("intake")).header("X-Correlation-Id", correlation)
                .contentType("application/json").body(placementJson(person, 60)).post("/api/intake/placements")
                .then().statusCode(201).header("Location", containsString("/api/intake/placements/"))
                .header("X-Correlation-Id", correlation)
                .body("status", equalTo("PENDING")).extract().path("id");

        try (TopicReader reader = kafka.reader(TOPIC)) {
            ConsumerRecord<String, String> record = reader.await(r -> placement.equals(r.key()), 1, Duration.ofSeconds(10))
                    .getFirst();
            assertThat(TopicReader.header(record, "content-type")).startsWith("application/cloudevents+json");
            JsonNode event = EventJson.MAPPER.readTree(record.value());
            assertThat(event.path("specversion").asText()).isEqualTo("1.0");
            assertThat(event.path("type").asText()).isEqualTo(CREATED);
            assertThat(event.path("source").asText()).isEqualTo("urn:ch.so.integration:intake");
            assertThat(event.path("subject").asText()).isEqualTo(placement);
            assertThat(event.path("correlationid").asText()).isEqualTo(correlation);
            assertThat(event.path("data").path("personId").asText()).isEqualTo(person);
            assertThat(event.path("data").path("participant").path("firstName").asText()).isEqualTo("Paula");
            assertThat(record.value()).doesNotContain("ahv").doesNotContain("756.");
        }
        assertThat(outboxRows(placement)).as("published rows are marked").containsExactly(true);
    }

    @Test
    @DisplayName("a rolled-back transaction publishes nothing")
    void rollbackPublishesNothing() throws Exception {
        String person = person();
        AtomicReference<String> rolledBack = new AtomicReference<>();
        try {
            Actors.runAs(Actor.system("test"), () -> {
                QuarkusTransaction.requiringNew().run(() -> {
                    rolledBack.set(service.create(new CreatePlacementRequest(UUID.fromString(person),
                            PlacementType.IVSE_B_EXTERNAL, LocalDate.of(2026, 12, 1), 50, List.of("Küche"), null,
                            null, null, null, null, null), null).id());
                    throw new IllegalStateException("the caller's transaction fails after the placement was written");
                });
                return null;
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }
        assertThat(rolledBack.get()).isNotNull();
        assertThat(outboxRows(rolledBack.get())).isEmpty();

        // a later placement goes through: once its event is on the topic, everything committed before it is too
        String later = given().header("Authorization", tokens.bearer("intake")).contentType("application/json")
                .body(placementJson(person, 40)).post("/api/intake/placements").then().statusCode(201)
                .extract().path("id");
        try (TopicReader reader = kafka.reader(TOPIC)) {
            reader.await(r -> later.equals(r.key()), 1, Duration.ofSeconds(10));
            List<ConsumerRecord<String, String>> all = reader.readToEnd();
            assertThat(all).noneMatch(r -> rolledBack.get().equals(r.key()) || r.value().contains(rolledBack.get()));
        }
        given().header("Authorization", tokens.bearer("intake")).get("/api/intake/placements/" + rolledBack.get())
                .then().statusCode(404);
    }

    @Test
    @DisplayName("a retried create with the same Idempotency-Key publishes one event")
    void idempotentCreatePublishesOnce() throws Exception {
        String person = person();
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", tokens.bearer("intake")).header("Idempotency-Key", key)
                .contentType("application/json").body(placementJson(person, 80)).post("/api/intake/placements")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", tokens.bearer("intake")).header("Idempotency-Key", key)
                .contentType("application/json").body(placementJson(person, 80)).post("/api/intake/placements")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));

        assertThat(outboxRows(first)).hasSize(1);
        given().header("Authorization", tokens.bearer("intake")).queryParam("personId", person).get("/api/intake/placements")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(first));
    }

    @Test
    @DisplayName("DC-05 a Pensum outside 10 % steps is refused; an unknown person is an invalid field")
    void refusals() {
        String person = person();
        given().header("Authorization", tokens.bearer("intake")).contentType("application/json")
                .body(placementJson(person, 55)).post("/api/intake/placements")
                .then().statusCode(409).body("rule", equalTo("DC-05")).body("errors[0].field", equalTo("pensumPercent"))
                .body("errors[0].message", containsString("DC-05"));
        given().header("Authorization", tokens.bearer("intake")).contentType("application/json")
                .body(placementJson(UUID.randomUUID().toString(), 50)).post("/api/intake/placements")
                .then().statusCode(400).body("type", endsWith("/validation"))
                .body("errors[0].field", equalTo("personId"));
    }

    @Test
    @DisplayName("day-center staff can read a placement; the read is audited for the person")
    void readPlacement() throws Exception {
        String person = person();
        String placement = given().header("Authorization", tokens.bearer("intake")).contentType("application/json")
                .body(placementJson(person, 100)).post("/api/intake/placements").then().statusCode(201)
                .extract().path("id");

        given().header("Authorization", tokens.bearer("day-center-staff")).get("/api/intake/placements/" + placement)
                .then().statusCode(200).body("personId", equalTo(person)).body("pensumPercent", equalTo(100));
        try (Connection c = database.asOwner(); PreparedStatement s = c.prepareStatement(
                "select count(*) from audit_log where resource_type = 'placement' and resource_id = ? and action = 'READ' and actor_roles = 'day-center-staff'")) {
            s.setString(1, placement);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    /** published flags of the outbox rows for an aggregate, in order. */
    private List<Boolean> outboxRows(String aggregateId) throws Exception {
        try (Connection c = database.asOwner(); PreparedStatement s = c.prepareStatement(
                "select published_at is not null from outbox_event where message_key = ? order by seq")) {
            s.setString(1, aggregateId);
            java.util.ArrayList<Boolean> rows = new java.util.ArrayList<>();
            long deadline = System.currentTimeMillis() + 10_000;
            while (true) {
                rows.clear();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getBoolean(1));
                    }
                }
                if (rows.stream().allMatch(b -> b) || System.currentTimeMillis() > deadline) {
                    return rows;
                }
                Thread.sleep(50);
            }
        }
    }
}
