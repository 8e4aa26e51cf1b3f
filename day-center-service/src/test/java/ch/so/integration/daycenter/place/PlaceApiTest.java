package ch.so.integration.daycenter.place;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.daycenter.DayCenterTestResource;
import ch.so.integration.daycenter.IntakeEvents;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DayCenterTestResource
class PlaceApiTest {

    @Suite
    KafkaTestCluster kafka;

    @Suite
    TestTokens tokens;

    @Test
    @DisplayName("places are listed in pages; an admin sees who read the participant's data")
    void listAndAudit() throws Exception {
        IntakeEvents.Event event = IntakeEvents.placementCreated("Liste", 100);
        kafka.send("intake.placement", event.placementId(), event.json());
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().header("Authorization", tokens.bearer("intake")).get("/api/day-center/places/" + event.placementId())
                        .then().statusCode(200));

        given().header("Authorization", tokens.bearer("day-center-staff")).queryParam("size", 1)
                .get("/api/day-center/places").then().statusCode(200)
                .body("items", hasSize(1)).body("size", equalTo(1))
                .body("totalItems", greaterThanOrEqualTo(1));

        given().header("Authorization", tokens.bearer("admin")).queryParam("subject", event.personId())
                .get("/api/day-center/audit").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItems("RECEIVE", "READ"))
                .body("items.find { it.action == 'RECEIVE' }.actor", equalTo("system:event-consumer:day-center.intake-placements"));
    }

    @Test
    @DisplayName("roles: a caseworker may not read places; no token is 401; unknown ids are 404 problems")
    void access() {
        given().header("Authorization", tokens.bearer("caseworker")).get("/api/day-center/places").then().statusCode(403);
        given().get("/api/day-center/places").then().statusCode(401);
        given().header("Authorization", tokens.bearer("day-center-staff"))
                .get("/api/day-center/places/" + java.util.UUID.randomUUID())
                .then().statusCode(404).body("type", endsWith("/not-found"));
    }
}
