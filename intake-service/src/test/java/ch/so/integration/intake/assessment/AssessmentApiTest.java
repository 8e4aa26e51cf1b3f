package ch.so.integration.intake.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.intake.IntakeTestResource;
import ch.so.integration.intake.TestData;
import ch.so.integration.platform.config.Clocks;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@IntakeTestResource
class AssessmentApiTest {

    @Suite
    TestTokens tokens;

    @Suite
    TestDatabase database;

    @Inject
    Assessments assessments;

    private static LocalDate today() {
        return LocalDate.now(Clocks.ZURICH);
    }

    private String person() {
        return given().header("Authorization", tokens.bearer("intake")).contentType("application/json")
                .body(TestData.personJson(TestData.ahvNumber(), TestData.uniqueName("Assessed"), "Alma"))
                .post("/api/intake/persons").then().statusCode(201).extract().path("id");
    }

    private static String assessmentJson(String personId, LocalDate date, String setting, String areas, int pensum) {
        return """
                {"personId":"%s","date":"%s","assessor":"ikw-mba","reason":"ENTRY_FROM_STATIONARY_HOUSING",
                 "recommendedSetting":"%s","recommendedAreas":%s,"recommendedPensumPercent":%d,
                 "summary":"Works steadily in the morning."}""".formatted(personId, date, setting, areas, pensum);
    }

    private ValidatableResponse post(String json) {
        return given().header("Authorization", tokens.bearer("intake")).contentType("application/json").body(json)
                .post("/api/intake/assessments").then();
    }

    @Test
    @DisplayName("DC-15 an assessment is recorded completed and read back by intake and day-center staff; every access is audited")
    void recordAndRead() throws Exception {
        String personId = person();
        LocalDate date = today().minusDays(4);
        String id = post(assessmentJson(personId, date, "IVSE_B_SEMI_STATIONARY", "[\"Holzwerkstatt\",\"Küche\"]", 60))
                .statusCode(201)
                .header("Location", containsString("/api/intake/assessments/"))
                .body("personId", equalTo(personId))
                .body("date", equalTo(date.toString()))
                .body("reason", equalTo("ENTRY_FROM_STATIONARY_HOUSING"))
                .body("recommendedSetting", equalTo("IVSE_B_SEMI_STATIONARY"))
                .body("recommendedAreas", equalTo(List.of("Holzwerkstatt", "Küche")))
                .body("recommendedPensumPercent", equalTo(60))
                .body("status", equalTo("COMPLETED"))
                .body("validUntil", equalTo(date.plusMonths(6).toString()))
                .extract().path("id");

        given().header("Authorization", tokens.bearer("day-center-staff")).get("/api/intake/assessments/" + id)
                .then().statusCode(200).body("summary", equalTo("Works steadily in the morning."))
                .body("recommendedAreas", hasSize(2));
        given().header("Authorization", tokens.bearer("intake")).get("/api/intake/assessments/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        assertThat(auditActions(personId)).containsExactly("CREATE", "READ");
    }

    @Test
    @DisplayName("DC-15 a person's assessments are listed newest first, paged, with their areas; latestFor finds the newest and it guards placements")
    void listAndLatest() {
        String personId = person();
        String older = post(assessmentJson(personId, today().minusMonths(7), "IVSE_B_EXTERNAL", "[\"Garten\"]", 40))
                .statusCode(201).extract().path("id");
        String newer = post(assessmentJson(personId, today().minusDays(1), "IVSE_B_STATIONARY",
                "[\"Küche\",\"Wäscherei\",\"Garten\"]", 100)).statusCode(201).extract().path("id");

        given().header("Authorization", tokens.bearer("day-center-staff")).queryParam("personId", personId)
                .queryParam("size", 1).get("/api/intake/assessments")
                .then().statusCode(200).body("totalItems", equalTo(2)).body("totalPages", equalTo(2))
                .body("items", hasSize(1)).body("items[0].id", equalTo(newer))
                .body("items[0].recommendedAreas", equalTo(List.of("Küche", "Wäscherei", "Garten")));
        given().header("Authorization", tokens.bearer("intake")).queryParam("personId", personId)
                .queryParam("page", 1).queryParam("size", 1).get("/api/intake/assessments")
                .then().statusCode(200).body("items[0].id", equalTo(older));

        UUID person = UUID.fromString(personId);
        QuarkusTransaction.requiringNew().run(() -> {
            Assessment latest = assessments.latestFor(person).orElseThrow();
            assertThat(latest.id()).hasToString(newer);
            assertThat(latest.recommendedAreas()).containsExactly("Küche", "Wäscherei", "Garten");
            assertThat(latest.coversPlacementOf(person, "IVSE_B_STATIONARY", today())).isTrue();
            assertThat(latest.coversPlacementOf(person, "IVSE_B_EXTERNAL", today())).isFalse();
            Assessment old = assessments.byId(UUID.fromString(older)).orElseThrow();
            assertThat(old.coversPlacementOf(person, "IVSE_B_EXTERNAL", today())).as("older than six months").isFalse();
            assertThat(assessments.latestFor(UUID.randomUUID())).isEmpty();
        });
    }

    @Test
    @DisplayName("DC-15 invalid assessments name each offending field; nothing is written")
    void validation() throws Exception {
        String personId = person();
        post("{}").statusCode(400).contentType("application/problem+json").body("type", endsWith("/validation"))
                .body("errors.field", containsInAnyOrder("personId", "date", "assessor", "reason", "recommendedSetting",
                        "recommendedAreas", "recommendedPensumPercent", "summary"));
        post(assessmentJson(personId, today(), "IVSE_B_STATIONARY", "[]", 50)).statusCode(400)
                .body("errors[0].field", equalTo("recommendedAreas"));
        post(assessmentJson(personId, today(), "IVSE_B_STATIONARY", "[\"Küche\"]", 55)).statusCode(400)
                .body("errors[0].field", equalTo("recommendedPensumPercent"))
                .body("errors[0].message", containsString("DC-05"));
        post(assessmentJson(personId, today(), "IVSE_B_STATIONARY", "[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\"]", 50))
                .statusCode(400).body("errors[0].field", equalTo("recommendedAreas"));
        post(assessmentJson(personId, today(), "IVSE_B_STATIONARY", "[\"Küche\",\" \"]", 50)).statusCode(400)
                .body("errors[0].field", equalTo("recommendedAreas[1]"));
        post(assessmentJson(personId, today(), "IVSE_B_STATIONARY", "[\"Küche\",\"KÜCHE\"]", 50)).statusCode(400)
                .body("errors[0].field", equalTo("recommendedAreas[1]"))
                .body("errors[0].message", equalTo("names an area twice"));
        post(assessmentJson(personId, today().plusDays(1), "IVSE_B_STATIONARY", "[\"Küche\"]", 50)).statusCode(400)
                .body("errors[0].field", equalTo("date"));
        post(assessmentJson(personId, today(), "DAY_CENTER", "[\"Küche\"]", 50)).statusCode(400)
                .body("errors[0].field", equalTo("recommendedSetting"))
                .body("errors[0].message", containsString("IVSE_B_STATIONARY"));
        post(assessmentJson(UUID.randomUUID().toString(), today(), "IVSE_B_STATIONARY", "[\"Küche\"]", 50))
                .statusCode(400).body("errors[0].field", equalTo("personId"));

        given().header("Authorization", tokens.bearer("intake")).queryParam("personId", personId)
                .get("/api/intake/assessments").then().statusCode(200).body("totalItems", equalTo(0));
        assertThat(auditActions(personId)).containsExactly();
    }

    @Test
    @DisplayName("roles: intake and admin record assessments; a caseworker may neither record nor read one (403)")
    void roles() {
        String personId = person();
        String json = assessmentJson(personId, today(), "IVSE_B_EXTERNAL", "[\"Küche\"]", 50);
        given().header("Authorization", tokens.bearer("caseworker")).contentType("application/json").body(json)
                .post("/api/intake/assessments").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", tokens.bearer("day-center-staff")).contentType("application/json").body(json)
                .post("/api/intake/assessments").then().statusCode(403);
        String id = given().header("Authorization", tokens.bearer("admin")).contentType("application/json").body(json)
                .post("/api/intake/assessments").then().statusCode(201).extract().path("id");
        given().header("Authorization", tokens.bearer("caseworker")).get("/api/intake/assessments/" + id)
                .then().statusCode(403);
    }

    @Test
    @DisplayName("a retried record with the same Idempotency-Key records one assessment")
    void idempotent() {
        String personId = person();
        String key = UUID.randomUUID().toString();
        String json = assessmentJson(personId, today(), "IVSE_B_EXTERNAL", "[\"Küche\"]", 50);
        String first = given().header("Authorization", tokens.bearer("intake")).header("Idempotency-Key", key)
                .contentType("application/json").body(json).post("/api/intake/assessments")
                .then().statusCode(201).header("Idempotent-Replayed", "false").extract().path("id");
        given().header("Authorization", tokens.bearer("intake")).header("Idempotency-Key", key)
                .contentType("application/json").body(json).post("/api/intake/assessments")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().header("Authorization", tokens.bearer("intake")).queryParam("personId", personId)
                .get("/api/intake/assessments").then().statusCode(200).body("totalItems", equalTo(1));
    }

    private List<String> auditActions(String personId) throws Exception {
        try (Connection c = database.asOwner(); PreparedStatement s = c.prepareStatement(
                "select action from audit_log where subject_ref = ? and resource_type = 'assessment' order by id")) {
            s.setString(1, personId);
            List<String> actions = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
            return actions;
        }
    }
}
