package ch.so.integration.daycenter.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
class IncidentApiTest {

    static final String BASE = "/api/day-center/incidents";

    @Suite
    KafkaTestCluster kafka;

    @Suite
    TestTokens tokens;

    @Suite
    TestDatabase database;

    private IntakeEvents.Event place() throws Exception {
        IntakeEvents.Event event = IntakeEvents.placementCreated("Vorfall", 60);
        kafka.send("intake.placement", event.placementId(), event.json());
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                given().header("Authorization", tokens.bearer("day-center-staff"))
                        .get("/api/day-center/places/" + event.placementId()).then().statusCode(200));
        return event;
    }

    private void assignCaseManager(String placementId, String accountName) {
        as("day-center-lead").body(Map.of("caseManager", accountName))
                .put("/api/day-center/places/" + placementId + "/case-manager").then().statusCode(200)
                .body("caseManager", equalTo(accountName));
    }

    private RequestSpecification as(String role) {
        return given().header("Authorization", tokens.bearer(role)).contentType(ContentType.JSON);
    }

    static final OffsetDateTime AT = OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).truncatedTo(ChronoUnit.SECONDS);

    private static Map<String, Object> recording(String placementId) {
        return Map.of("placementId", placementId, "occurredAt", AT.toString(), "location", "Küche",
                "staffInvolved", List.of("agg-mba"), "othersInvolved", "another participant",
                "whatHappened", "pushed a participant", "immediateMeasures", "separated both, talked");
    }

    private String record(String role, String placementId) {
        return as(role).body(recording(placementId)).post(BASE)
                .then().statusCode(201).body("placementId", equalTo(placementId))
                .body("whatHappened", nullValue())
                .extract().path("id");
    }

    @Test
    @DisplayName("DC-17: staff record an incident with the recording grid and get a receipt; the lead and the case "
            + "manager read it, staff do not")
    void dc17StaffRecordLeadAndCaseManagerRead() throws Exception {
        IntakeEvents.Event place = place();
        String id = record("day-center-staff", place.placementId());
        // a caseworker sees it only as the participant's case manager
        as("caseworker").get(BASE + "/" + id).then().statusCode(404);
        as("caseworker").queryParam("placementId", place.placementId()).get(BASE).then().statusCode(403);
        assignCaseManager(place.placementId(), "dev-caseworker");
        given().header("Authorization", "Bearer " + tokens.issuer().token(
                        ch.so.integration.devkit.DevIssuer.TokenSpec.forRoles("caseworker").withSubject("other-cw")))
                .get(BASE + "/" + id).then().statusCode(404);

        as("day-center-staff").get(BASE + "/" + id).then().statusCode(403);
        as("day-center-staff").queryParam("placementId", place.placementId()).get(BASE).then().statusCode(403);
        for (String reader : List.of("day-center-lead", "caseworker")) {
            as(reader).get(BASE + "/" + id).then().statusCode(200)
                    .body("personId", equalTo(place.personId()))
                    .body("location", equalTo("Küche"))
                    .body("staffInvolved", equalTo(List.of("agg-mba")))
                    .body("othersInvolved", equalTo("another participant"))
                    .body("whatHappened", equalTo("pushed a participant"))
                    .body("immediateMeasures", equalTo("separated both, talked"))
                    .body("grading", nullValue());
        }
        as("day-center-lead").queryParam("placementId", place.placementId()).get(BASE).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    @DisplayName("DC-17: the lead grades with the classification grid (level 4 needs the authorities decision) and "
            + "logs crisis interventions")
    void dc17GradingAndCrisisInterventions() throws Exception {
        IntakeEvents.Event place = place();
        String id = record("day-center-lead", place.placementId());
        assignCaseManager(place.placementId(), "dev-caseworker");

        as("day-center-lead").body(Map.of("type", "SEXUAL", "severityLevel", 4, "rationale", "r"))
                .post(BASE + "/" + id + "/grading").then().statusCode(409).body("rule", equalTo("DC-17"));
        as("day-center-lead").body(Map.of("type", "PHYSICAL", "severityLevel", 5, "rationale", "r"))
                .post(BASE + "/" + id + "/grading").then().statusCode(409).body("rule", equalTo("DC-17"));
        as("day-center-lead").body(Map.of("type", "PHYSICAL", "severityLevel", 2, "rationale", "pushed"))
                .post(BASE + "/" + id + "/grading").then().statusCode(200)
                .body("grading.type", equalTo("PHYSICAL")).body("grading.severityLevel", equalTo(2))
                .body("grading.severity", equalTo("SLIGHTLY_ABUSIVE"));
        as("caseworker").body(Map.of("type", "PHYSICAL", "severityLevel", 4, "rationale", "injury",
                        "authoritiesNotified", true))
                .post(BASE + "/" + id + "/grading").then().statusCode(200)
                .body("grading.severityLevel", equalTo(4)).body("grading.criminallyRelevant", equalTo(true))
                .body("gradings", hasSize(2));

        as("day-center-lead").body(Map.of("occurredAt", AT.plusMinutes(10).toString(), "intervenedBy", "area lead",
                        "what", "calmed the participant down"))
                .post(BASE + "/" + id + "/crisis-interventions").then().statusCode(200)
                .body("crisisInterventions", hasSize(1))
                .body("crisisInterventions[0].intervenedBy", equalTo("area lead"));
        as("day-center-lead").body(Map.of("occurredAt", AT.minusMinutes(10).toString(), "intervenedBy", "x",
                        "what", "y"))
                .post(BASE + "/" + id + "/crisis-interventions").then().statusCode(409).body("rule", equalTo("DC-17"));
    }

    @Test
    @DisplayName("DC-17: every incident operation is refused (403) to staff for reading and to every other role")
    void dc17AccessControl() throws Exception {
        IntakeEvents.Event place = place();
        String id = record("day-center-lead", place.placementId());
        Map<String, Object> grading = Map.of("type", "PHYSICAL", "severityLevel", 1, "rationale", "r");
        Map<String, Object> crisis = Map.of("occurredAt", AT.toString(), "intervenedBy", "x", "what", "y");
        List<String> bearers = new ArrayList<>();
        for (String role : List.of("intake", "canton", "billing", "controlling", "iiz-coordinator")) {
            bearers.add(tokens.bearer(role));
        }
        bearers.add(tokens.bearerForPartner("RAV-SO"));
        for (String bearer : bearers) {
            given().header("Authorization", bearer).contentType(ContentType.JSON).body(recording(place.placementId()))
                    .post(BASE).then().statusCode(403);
        }
        bearers.add(tokens.bearer("day-center-staff"));
        for (String bearer : bearers) {
            RequestSpecification spec = given().header("Authorization", bearer).contentType(ContentType.JSON);
            spec.get(BASE + "/" + id).then().statusCode(403);
            given().header("Authorization", bearer).queryParam("placementId", place.placementId()).get(BASE)
                    .then().statusCode(403);
            given().header("Authorization", bearer).contentType(ContentType.JSON).body(grading)
                    .post(BASE + "/" + id + "/grading").then().statusCode(403);
            given().header("Authorization", bearer).contentType(ContentType.JSON).body(crisis)
                    .post(BASE + "/" + id + "/crisis-interventions").then().statusCode(403);
        }
        given().get(BASE + "/" + id).then().statusCode(401);
        assertThat(auditActions(place.personId())).containsExactly("CREATE");
    }

    @Test
    @DisplayName("DC-17: every read and write is audited with the participant's person id as subject; a retried "
            + "record with the same Idempotency-Key creates nothing new")
    void dc17Audited() throws Exception {
        IntakeEvents.Event place = place();
        String key = UUID.randomUUID().toString();
        String id = as("day-center-staff").header("Idempotency-Key", key).body(recording(place.placementId()))
                .post(BASE).then().statusCode(201).extract().path("id");
        as("day-center-staff").header("Idempotency-Key", key).body(recording(place.placementId()))
                .post(BASE).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        as("day-center-lead").get(BASE + "/" + id).then().statusCode(200);
        as("day-center-lead").queryParam("placementId", place.placementId()).get(BASE).then().statusCode(200)
                .body("totalItems", equalTo(1));
        as("day-center-lead").body(Map.of("type", "PSYCHOLOGICAL", "severityLevel", 1, "rationale", "r"))
                .post(BASE + "/" + id + "/grading").then().statusCode(200);
        as("day-center-lead").body(Map.of("occurredAt", AT.toString(), "intervenedBy", "x", "what", "y"))
                .post(BASE + "/" + id + "/crisis-interventions").then().statusCode(200);

        assertThat(auditActions(place.personId()))
                .containsExactly("CREATE", "READ", "READ", "READ", "UPDATE", "UPDATE");
        as("day-center-lead").body(Map.of("placementId", UUID.randomUUID().toString(), "occurredAt", AT.toString(),
                        "location", "x", "whatHappened", "x", "immediateMeasures", "x"))
                .post(BASE).then().statusCode(400).body("errors[0].field", equalTo("placementId"));
    }

    private List<String> auditActions(String personId) throws Exception {
        List<String> actions = new ArrayList<>();
        try (Connection c = database.asOwner(); PreparedStatement s = c.prepareStatement(
                "select action from audit_log where subject_ref = ? and resource_type = 'incident' order by id")) {
            s.setString(1, personId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
        }
        return actions;
    }
}
