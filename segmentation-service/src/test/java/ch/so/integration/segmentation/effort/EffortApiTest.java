package ch.so.integration.segmentation.effort;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.platform.config.Clocks;
import ch.so.integration.segmentation.SegmentationTestResource;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** SG-12 effort entries through REST and PostgreSQL, on a case opened through the case process's API. */
@QuarkusTest
@SegmentationTestResource
class EffortApiTest {

    @Suite
    TestTokens tokens;

    @Suite
    KafkaTestCluster kafka;

    @Suite
    TestDatabase database;

    static String caseId;
    static final LocalDate OPENED = LocalDate.now(Clocks.ZURICH).minusDays(30);

    @BeforeEach
    void aCase() throws Exception {
        if (caseId == null) {
            caseId = new CaseFixtures(tokens, kafka, database).open("Untergäu", "sa-effort", OPENED);
        }
    }

    RequestSpecification as(String role) {
        return given().header("Authorization", tokens.bearer(role)).contentType("application/json");
    }

    String efforts() {
        return CaseFixtures.ROOT + "/cases/" + caseId + "/efforts";
    }

    long count(String sql) throws Exception {
        try (var c = database.asOwner(); var s = c.prepareStatement(sql)) {
            s.setObject(1, UUID.fromString(caseId));
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    @DisplayName("SG-12 a caseworker records effort on a case; a retry with the same Idempotency-Key replays it")
    void sg12RecordIdempotently() throws Exception {
        String body = """
                {"workedOn":"%s","minutes":45,"kind":"INTAKE"}""".formatted(OPENED);
        String key = "effort-" + UUID.randomUUID();
        long before = count("select count(*) from effort_entry where case_id = ?");
        var first = as("caseworker").header("Idempotency-Key", key).body(body).post(efforts()).then().statusCode(201)
                .header("Idempotent-Replayed", "false").body("minutes", equalTo(45)).body("kind", equalTo("INTAKE"))
                .body("caseId", equalTo(caseId)).body("workedOn", equalTo(OPENED.toString())).extract();
        String id = first.path("id");
        assertThat(first.header("Location")).endsWith("/api/segmentation/cases/" + caseId + "/efforts/" + id);
        as("caseworker").header("Idempotency-Key", key).body(body).post(efforts()).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        as("caseworker").header("Idempotency-Key", key).body(body.replace("45", "50")).post(efforts()).then()
                .statusCode(422);
        assertThat(count("select count(*) from effort_entry where case_id = ?")).isEqualTo(before + 1);
        as("caseworker").get(efforts() + "/" + id).then().statusCode(200).body("minutes", equalTo(45));
        // audited with the case's person as subject (like every other resource): the write and the read
        String person = "(select person_id::text from integration_case where id = ?)";
        assertThat(count("select count(*) from audit_log where subject_ref = " + person + " and resource_type = "
                + "'effort-entry' and action = 'CREATE' and resource_id = '" + id + "'")).isEqualTo(1);
        assertThat(count("select count(*) from audit_log where subject_ref = " + person + " and resource_type = "
                + "'effort-entry' and action = 'READ' and resource_id = '" + id + "'")).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from audit_log where subject_ref = ?::text and resource_type = "
                + "'effort-entry'")).as("not the case id").isZero();
    }

    @Test
    @DisplayName("SG-12 a case's effort entries are paged, newest day first")
    void sg12ListPaged() {
        LocalDate day = OPENED.plusDays(10);
        new CaseFixtures(tokens, kafka, database).effort(caseId, day, "CASE_WORK", 30);
        new CaseFixtures(tokens, kafka, database).effort(caseId, day.plusDays(1), "REVIEW", 60);
        var page = as("caseworker").queryParam("size", 1).get(efforts()).then().statusCode(200)
                .body("size", equalTo(1)).body("items.size()", equalTo(1)).extract().jsonPath();
        assertThat(page.getInt("totalItems")).isGreaterThanOrEqualTo(2);
        assertThat(LocalDate.parse(page.getString("items[0].workedOn"))).isAfterOrEqualTo(day.plusDays(1));
        as("caseworker").queryParam("size", 101).get(efforts()).then().statusCode(400);
    }

    @Test
    @DisplayName("SG-12 bad effort input is a 400 naming the field, and writes nothing")
    void sg12BadInput() throws Exception {
        long before = count("select count(*) from effort_entry where case_id = ?");
        record Bad(String body, String field) {
        }
        LocalDate today = LocalDate.now(Clocks.ZURICH);
        for (Bad bad : List.of(
                new Bad("{\"workedOn\":\"" + today + "\",\"minutes\":0,\"kind\":\"CASE_WORK\"}", "minutes"),
                new Bad("{\"workedOn\":\"" + today + "\",\"minutes\":721,\"kind\":\"CASE_WORK\"}", "minutes"),
                new Bad("{\"workedOn\":\"" + today + "\",\"minutes\":30}", "kind"),
                new Bad("{\"workedOn\":\"" + today + "\",\"minutes\":30,\"kind\":\"COFFEE\"}", "kind"),
                new Bad("{\"minutes\":30,\"kind\":\"CASE_WORK\"}", "workedOn"),
                new Bad("{\"workedOn\":\"" + today.plusDays(1) + "\",\"minutes\":30,\"kind\":\"CASE_WORK\"}",
                        "workedOn"),
                new Bad("{\"workedOn\":\"" + OPENED.minusDays(1) + "\",\"minutes\":30,\"kind\":\"CASE_WORK\"}",
                        "workedOn"),
                new Bad("{\"workedOn\":\"" + today + "\",\"minutes\":30,\"kind\":\"CASE_WORK\",\"note\":\"x\"}",
                        "note"))) {
            as("caseworker").body(bad.body()).post(efforts()).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(bad.field()))
                    .body("detail", not(org.hamcrest.Matchers.containsString("Exception")));
        }
        assertThat(count("select count(*) from effort_entry where case_id = ?")).isEqualTo(before);
        as("caseworker").body("{\"workedOn\":\"" + today + "\",\"minutes\":30,\"kind\":\"CASE_WORK\"}")
                .post(CaseFixtures.ROOT + "/cases/" + UUID.randomUUID() + "/efforts").then().statusCode(404)
                .contentType("application/problem+json");
        as("caseworker").get(efforts() + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @DisplayName("SG-12 only caseworkers and admin record and read effort; controlling and others get 403")
    void sg12Roles() {
        String body = "{\"workedOn\":\"" + OPENED + "\",\"minutes\":30,\"kind\":\"CASE_WORK\"}";
        for (String role : List.of("controlling", "intake", "partner", "canton")) {
            as(role).body(body).post(efforts()).then().statusCode(403);
            as(role).get(efforts()).then().statusCode(403);
        }
        as("admin").get(efforts()).then().statusCode(200);
        given().get(efforts()).then().statusCode(401);
    }
}
