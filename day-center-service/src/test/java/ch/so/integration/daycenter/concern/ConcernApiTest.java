package ch.so.integration.daycenter.concern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.daycenter.DayCenterTestResource;
import ch.so.integration.daycenter.IntakeEvents;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@DayCenterTestResource
class ConcernApiTest {

    static final String BASE = "/api/day-center/concerns";

    @Suite
    KafkaTestCluster kafka;

    @Suite
    TestTokens tokens;

    @Suite
    TestDatabase database;

    private IntakeEvents.Event place() throws Exception {
        IntakeEvents.Event event = IntakeEvents.placementCreated("Anliegen", 50);
        kafka.send("intake.placement", event.placementId(), event.json());
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                given().header("Authorization", tokens.bearer("day-center-staff"))
                        .get("/api/day-center/places/" + event.placementId()).then().statusCode(200));
        return event;
    }

    private RequestSpecification as(String role) {
        return given().header("Authorization", tokens.bearer(role)).contentType(ContentType.JSON);
    }

    private static Map<String, Object> concern(String placementId, String office) {
        return Map.of("placementId", placementId, "office", office, "about", "STAFF_MEMBER",
                "content", "confidential concern text", "receivedOn", LocalDate.now().minusDays(1).toString());
    }

    @Test
    @DisplayName("DC-18: the lead records a concern routed to its office and moves it RECEIVED, FORWARDED, "
            + "IN_PROGRESS, CLOSED; skipping a step or reopening is refused")
    void dc18ConcernLifecycle() throws Exception {
        IntakeEvents.Event place = place();
        String id = as("day-center-lead").body(concern(place.placementId(), "VICTIM_SUPPORT")).post(BASE)
                .then().statusCode(201).body("status", equalTo("RECEIVED")).body("office", equalTo("VICTIM_SUPPORT"))
                .body("personId", equalTo(place.personId())).extract().path("id");

        as("day-center-lead").body(Map.of("status", "IN_PROGRESS")).post(BASE + "/" + id + "/status")
                .then().statusCode(409).body("rule", equalTo("DC-18"))
                .body("detail", not(org.hamcrest.Matchers.containsString("confidential")));
        for (String status : List.of("FORWARDED", "IN_PROGRESS", "CLOSED")) {
            as("day-center-lead").body(Map.of("status", status, "note", "step " + status))
                    .post(BASE + "/" + id + "/status").then().statusCode(200).body("status", equalTo(status));
        }
        as("day-center-lead").body(Map.of("status", "RECEIVED")).post(BASE + "/" + id + "/status")
                .then().statusCode(409).body("rule", equalTo("DC-18"));
        as("day-center-lead").get(BASE + "/" + id).then().statusCode(200)
                .body("content", equalTo("confidential concern text"))
                .body("history", hasSize(4)).body("history[1].note", equalTo("step FORWARDED"));
        as("admin").queryParam("status", "CLOSED").queryParam("size", 100).get(BASE).then().statusCode(200)
                .body("items.id", hasItem(id));
        as("day-center-lead").queryParam("status", "RECEIVED").queryParam("size", 100).get(BASE).then()
                .statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    @DisplayName("DC-18: concerns are visible only to the lead (and admin): every operation is 403 for staff, the "
            + "case manager, intake and partners; every read and write is audited for the participant")
    void dc18ConfidentialAndAudited() throws Exception {
        IntakeEvents.Event place = place();
        String id = as("day-center-lead").body(concern(place.placementId(), "EXTERNAL_OMBUDS_OFFICE")).post(BASE)
                .then().statusCode(201).extract().path("id");
        List<String> bearers = new ArrayList<>();
        for (String role : List.of("day-center-staff", "caseworker", "intake", "canton")) {
            bearers.add(tokens.bearer(role));
        }
        bearers.add(tokens.bearerForPartner("RAV-SO"));
        for (String bearer : bearers) {
            given().header("Authorization", bearer).contentType(ContentType.JSON)
                    .body(concern(place.placementId(), "INTERNAL_REPORTING_OFFICE")).post(BASE).then().statusCode(403);
            given().header("Authorization", bearer).get(BASE + "/" + id).then().statusCode(403);
            given().header("Authorization", bearer).get(BASE).then().statusCode(403);
            given().header("Authorization", bearer).contentType(ContentType.JSON).body(Map.of("status", "FORWARDED"))
                    .post(BASE + "/" + id + "/status").then().statusCode(403);
        }
        as("day-center-lead").get(BASE + "/" + id).then().statusCode(200);
        as("day-center-lead").body(Map.of("status", "FORWARDED")).post(BASE + "/" + id + "/status")
                .then().statusCode(200);

        List<String> actions = new ArrayList<>();
        try (Connection c = database.asOwner(); PreparedStatement s = c.prepareStatement(
                "select action, resource_id from audit_log where subject_ref = ? and resource_type = 'concern' "
                        + "order by id")) {
            s.setString(1, place.personId());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                    assertThat(rs.getString(2)).isEqualTo(id);
                }
            }
        }
        assertThat(actions).containsExactly("CREATE", "READ", "UPDATE");
        as("day-center-lead").body(Map.of("placementId", place.placementId(), "office", "NOWHERE",
                "about", "AREA", "content", "x", "receivedOn", "2026-01-01")).post(BASE).then().statusCode(400);
    }
}
