package ch.so.integration.intake.intakecase;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ch.so.integration.intake.IntakeTestResource;
import ch.so.integration.intake.TestData;
import ch.so.integration.platform.config.Clocks;
import ch.so.integration.platform.events.EventJson;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import ch.so.integration.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@IntakeTestResource
class IntakeCaseApiTest {

    static final String TOPIC = "intake.intake-case";
    static final String OPENED = "ch.so.integration.intake.intake-case-opened.v1";
    static final String COMPLETED = "ch.so.integration.intake.intake-case-completed.v1";
    static final String RESPONSIBLE = "ikw-staff-7";

    @Suite
    TestTokens tokens;

    @Suite
    KafkaTestCluster kafka;

    @Suite
    TestDatabase database;

    private static LocalDate today() {
        return LocalDate.now(Clocks.ZURICH);
    }

    private String person(String officialName, String firstName, String ahv) {
        return given().header("Authorization", tokens.bearer("intake")).contentType("application/json")
                .body(TestData.personJson(ahv, officialName, firstName)).post("/api/intake/persons")
                .then().statusCode(201).extract().path("id");
    }

    private String person() {
        return person(TestData.uniqueName("Intake"), "Ida", TestData.ahvNumber());
    }

    private static String openJson(String personId, String unit) {
        return """
                {"personId":"%s","openedBy":"%s"}""".formatted(personId, unit);
    }

    private static String stepJson(IntakeStep step, LocalDate date) {
        return """
                {"step":"%s","date":"%s","responsible":"%s","note":"done"}""".formatted(step, date, RESPONSIBLE);
    }

    private ValidatableResponse open(String personId, String unit) {
        return given().header("Authorization", tokens.bearer("intake")).contentType("application/json")
                .body(openJson(personId, unit)).post("/api/intake/intake-cases").then();
    }

    private ValidatableResponse step(String caseId, IntakeStep step, LocalDate date) {
        return given().header("Authorization", tokens.bearer("intake")).contentType("application/json")
                .body(stepJson(step, date)).post("/api/intake/intake-cases/" + caseId + "/steps").then();
    }

    @Test
    @DisplayName("DC-10 DC-11 a case opened by Intake Housing walks the five steps in order and completes; "
            + "IntakeCaseOpened and IntakeCaseCompleted reach Kafka keyed by the case id, without personal data")
    void walkTheSteps() throws Exception {
        String ahv = TestData.ahvNumber();
        String officialName = TestData.uniqueName("Walker");
        String personId = person(officialName, "Wanda", ahv);
        String correlation = "it-" + UUID.randomUUID();
        String caseId = given().header("Authorization", tokens.bearer("intake")).header("X-Correlation-Id", correlation)
                .contentType("application/json").body(openJson(personId, "INTAKE_HOUSING"))
                .post("/api/intake/intake-cases")
                .then().statusCode(201).header("Location", containsString("/api/intake/intake-cases/"))
                .body("personId", equalTo(personId))
                .body("openedBy", equalTo("INTAKE_HOUSING"))
                .body("coordinatingUnit", equalTo("INTAKE_WORK"))
                .body("status", equalTo("OPEN"))
                .body("openedOn", equalTo(today().toString()))
                .body("nextStep", equalTo("REQUEST"))
                .body("steps", hasSize(0))
                .extract().path("id");

        LocalDate start = today().minusDays(8);
        for (IntakeStep s : IntakeStep.values()) {
            LocalDate date = start.plusDays(2L * s.ordinal());
            ValidatableResponse answer = step(caseId, s, date).statusCode(200)
                    .body("steps", hasSize(s.ordinal() + 1))
                    .body("steps[" + s.ordinal() + "].step", equalTo(s.name()))
                    .body("steps[" + s.ordinal() + "].date", equalTo(date.toString()))
                    .body("steps[" + s.ordinal() + "].responsible", equalTo(RESPONSIBLE));
            if (s.isLast()) {
                answer.body("status", equalTo("COMPLETED")).body("completedOn", equalTo(date.toString()))
                        .body("nextStep", nullValue());
            } else {
                answer.body("status", equalTo("OPEN")).body("nextStep", equalTo(s.next().orElseThrow().name()));
            }
        }
        given().header("Authorization", tokens.bearer("admin")).get("/api/intake/intake-cases/" + caseId)
                .then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("steps.step", equalTo(List.of("REQUEST", "FIRST_INTERVIEW", "ENTRY_ADMINISTRATION",
                        "FINANCING_CLARIFICATION", "CASE_MANAGEMENT_OPENING")));

        try (TopicReader reader = kafka.reader(TOPIC)) {
            List<ConsumerRecord<String, String>> records = reader.await(r -> caseId.equals(r.key()), 2,
                    Duration.ofSeconds(10));
            assertThat(records).hasSize(2);
            JsonNode opened = EventJson.MAPPER.readTree(records.get(0).value());
            JsonNode completed = EventJson.MAPPER.readTree(records.get(1).value());
            assertThat(opened.path("type").asText()).isEqualTo(OPENED);
            assertThat(opened.path("correlationid").asText()).isEqualTo(correlation);
            assertThat(opened.path("data").path("openedBy").asText()).isEqualTo("INTAKE_HOUSING");
            assertThat(completed.path("type").asText()).isEqualTo(COMPLETED);
            assertThat(completed.path("subject").asText()).isEqualTo(caseId);
            assertThat(completed.path("data").path("personId").asText()).isEqualTo(personId);
            assertThat(completed.path("data").path("coordinatingUnit").asText()).isEqualTo("INTAKE_WORK");
            assertThat(completed.path("data").path("completedOn").asText()).isEqualTo(start.plusDays(8).toString());
            assertThat(completed.path("data").path("steps")).hasSize(5);
            for (ConsumerRecord<String, String> record : records) {
                assertThat(TopicReader.header(record, "content-type")).startsWith("application/cloudevents+json");
                assertThat(record.value()).as("no personal data in the event")
                        .doesNotContain(officialName).doesNotContain("Wanda").doesNotContain(RESPONSIBLE)
                        .doesNotContain(ahv).doesNotContain(ahv.replace(".", "")).doesNotContainIgnoringCase("ahv")
                        .doesNotContain("1990-04-17");
            }
        }
        assertThat(auditActions(personId)).containsExactly("CREATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE",
                "READ");
    }

    @Test
    @DisplayName("DC-11 a step out of order answers 409 rule-violation naming DC-11 and the expected step; nothing is written")
    void outOfOrder() throws Exception {
        String personId = person();
        String caseId = open(personId, "INTAKE_WORK").statusCode(201).extract().path("id");
        step(caseId, IntakeStep.REQUEST, today().minusDays(3)).statusCode(200);

        String body = step(caseId, IntakeStep.FINANCING_CLARIFICATION, today()).statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/rule-violation"))
                .body("rule", equalTo("DC-11"))
                .body("expectedStep", equalTo("FIRST_INTERVIEW"))
                .body("requestedStep", equalTo("FINANCING_CLARIFICATION"))
                .body("detail", containsString("FIRST_INTERVIEW"))
                .extract().asString();
        assertThat(body).contains("DC-11").doesNotContain("Exception");
        step(caseId, IntakeStep.REQUEST, today()).statusCode(409).body("rule", equalTo("DC-11"))
                .body("detail", containsString("REQUEST is already recorded"))
                .body("expectedStep", equalTo("FIRST_INTERVIEW"));

        given().header("Authorization", tokens.bearer("intake")).get("/api/intake/intake-cases/" + caseId)
                .then().statusCode(200).body("steps", hasSize(1)).body("nextStep", equalTo("FIRST_INTERVIEW"));
        assertThat(auditActions(personId)).as("refusals write no audit record")
                .containsExactly("CREATE", "UPDATE", "READ");
        assertThat(stepRows(caseId)).isEqualTo(1);
        assertThat(outboxTypes(caseId)).containsExactly(OPENED);
    }

    @Test
    @DisplayName("DC-11 a step dated before the previous one answers 409 naming DC-11 and the field date; a future date is a 400")
    void dates() {
        String caseId = open(person(), "INTAKE_PROFESSIONAL_INTEGRATION").statusCode(201).extract().path("id");
        step(caseId, IntakeStep.REQUEST, today().minusDays(2)).statusCode(200);

        step(caseId, IntakeStep.FIRST_INTERVIEW, today().minusDays(3)).statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("DC-11"))
                .body("errors[0].field", equalTo("date"))
                .body("errors[0].message", containsString(today().minusDays(2).toString()));
        step(caseId, IntakeStep.FIRST_INTERVIEW, today().plusDays(1)).statusCode(400)
                .body("type", endsWith("/validation"))
                .body("errors[0].field", equalTo("date"))
                .body("errors[0].message", equalTo("must not lie in the future"));
        step(caseId, IntakeStep.FIRST_INTERVIEW, today().minusDays(2)).statusCode(200).body("steps", hasSize(2));
    }

    @Test
    @DisplayName("invalid input names each field; an unknown person is an invalid personId; nothing is written")
    void validation() {
        given().header("Authorization", tokens.bearer("intake")).contentType("application/json").body("{}")
                .post("/api/intake/intake-cases").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("personId", "openedBy"));
        given().header("Authorization", tokens.bearer("intake")).contentType("application/json")
                .body(openJson(UUID.randomUUID().toString(), "INTAKE_WORK")).post("/api/intake/intake-cases")
                .then().statusCode(400).body("type", endsWith("/validation"))
                .body("errors[0].field", equalTo("personId"))
                .body("errors[0].message", equalTo("no person with this id is registered"));
        String personId = person();
        open(personId, "INTAKE_CARE").statusCode(400).body("errors[0].field", equalTo("openedBy"))
                .body("errors[0].message", containsString("INTAKE_WORK, INTAKE_HOUSING, INTAKE_PROFESSIONAL_INTEGRATION"));

        String caseId = open(personId, "INTAKE_WORK").statusCode(201).extract().path("id");
        given().header("Authorization", tokens.bearer("intake")).contentType("application/json")
                .body("""
                        {"step":"REQUEST","responsible":" ","note":"%s"}""".formatted("x".repeat(501)))
                .post("/api/intake/intake-cases/" + caseId + "/steps")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("date", "responsible", "note"));
        given().header("Authorization", tokens.bearer("intake")).contentType("application/json")
                .body(stepJson(IntakeStep.REQUEST, today()))
                .post("/api/intake/intake-cases/" + UUID.randomUUID() + "/steps")
                .then().statusCode(404).body("type", endsWith("/not-found"));
        given().header("Authorization", tokens.bearer("intake")).get("/api/intake/intake-cases")
                .then().statusCode(400).body("errors[0].field", equalTo("personId"));
    }

    @Test
    @DisplayName("a retried open with the same Idempotency-Key opens one case and publishes one event; "
            + "a second open case for the person is refused with its id")
    void idempotentOpen() throws Exception {
        String personId = person();
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", tokens.bearer("intake")).header("Idempotency-Key", key)
                .contentType("application/json").body(openJson(personId, "INTAKE_WORK"))
                .post("/api/intake/intake-cases")
                .then().statusCode(201).header("Idempotent-Replayed", "false").extract().path("id");
        given().header("Authorization", tokens.bearer("intake")).header("Idempotency-Key", key)
                .contentType("application/json").body(openJson(personId, "INTAKE_WORK"))
                .post("/api/intake/intake-cases")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));

        open(personId, "INTAKE_HOUSING").statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/duplicate")).body("existingId", equalTo(first));
        assertThat(outboxTypes(first)).containsExactly(OPENED);

        String stepKey = UUID.randomUUID().toString();
        for (String replayed : List.of("false", "true")) {
            given().header("Authorization", tokens.bearer("intake")).header("Idempotency-Key", stepKey)
                    .contentType("application/json").body(stepJson(IntakeStep.REQUEST, today()))
                    .post("/api/intake/intake-cases/" + first + "/steps")
                    .then().statusCode(200).header("Idempotent-Replayed", replayed).body("steps", hasSize(1));
        }
        assertThat(stepRows(first)).isEqualTo(1);
    }

    @Test
    @DisplayName("a withdrawn case frees the person for a new one; a person's cases are listed newest first, paged")
    void withdrawAndList() throws Exception {
        String personId = person();
        String first = open(personId, "INTAKE_WORK").statusCode(201).extract().path("id");
        step(first, IntakeStep.REQUEST, today()).statusCode(200);
        given().header("Authorization", tokens.bearer("intake")).contentType("application/json")
                .body("""
                        {"date":"%s","responsible":"%s"}""".formatted(today(), RESPONSIBLE))
                .post("/api/intake/intake-cases/" + first + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("withdrawnOn", equalTo(today().toString()))
                .body("nextStep", nullValue());
        step(first, IntakeStep.FIRST_INTERVIEW, today()).statusCode(409).body("rule", equalTo("DC-11"));
        String second = open(personId, "INTAKE_HOUSING").statusCode(201).extract().path("id");
        assertThat(outboxTypes(first)).containsExactly(OPENED, "ch.so.integration.intake.intake-case-withdrawn.v1");

        given().header("Authorization", tokens.bearer("intake")).queryParam("personId", personId).queryParam("size", 1)
                .get("/api/intake/intake-cases")
                .then().statusCode(200).body("totalItems", equalTo(2)).body("totalPages", equalTo(2))
                .body("items", hasSize(1)).body("items[0].id", equalTo(second));
        given().header("Authorization", tokens.bearer("intake")).queryParam("personId", personId)
                .queryParam("page", 1).queryParam("size", 1).get("/api/intake/intake-cases")
                .then().statusCode(200).body("items[0].id", equalTo(first)).body("items[0].steps", hasSize(1));
        given().header("Authorization", tokens.bearer("intake")).queryParam("personId", UUID.randomUUID())
                .get("/api/intake/intake-cases").then().statusCode(404);
    }

    @Test
    @DisplayName("roles: a caseworker cannot open a case or record a step (403); day-center staff cannot read cases")
    void roles() {
        String personId = person();
        given().header("Authorization", tokens.bearer("caseworker")).contentType("application/json")
                .body(openJson(personId, "INTAKE_WORK")).post("/api/intake/intake-cases")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("intake"));
        String caseId = given().header("Authorization", tokens.bearer("admin")).contentType("application/json")
                .body(openJson(personId, "INTAKE_WORK")).post("/api/intake/intake-cases")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", tokens.bearer("caseworker")).contentType("application/json")
                .body(stepJson(IntakeStep.REQUEST, today())).post("/api/intake/intake-cases/" + caseId + "/steps")
                .then().statusCode(403);
        given().header("Authorization", tokens.bearer("day-center-staff")).get("/api/intake/intake-cases/" + caseId)
                .then().statusCode(403);
        given().contentType("application/json").body(openJson(personId, "INTAKE_WORK")).post("/api/intake/intake-cases")
                .then().statusCode(401);
    }

    private List<String> auditActions(String personId) throws Exception {
        try (Connection c = database.asOwner(); PreparedStatement s = c.prepareStatement(
                "select action from audit_log where subject_ref = ? and resource_type = 'intake-case' order by id")) {
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

    private int stepRows(String caseId) throws Exception {
        try (Connection c = database.asOwner(); PreparedStatement s = c.prepareStatement(
                "select count(*) from intake_case_step where intake_case_id = ?::uuid")) {
            s.setString(1, caseId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private List<String> outboxTypes(String caseId) throws Exception {
        try (Connection c = database.asOwner(); PreparedStatement s = c.prepareStatement(
                "select event_type from outbox_event where message_key = ? order by seq")) {
            s.setString(1, caseId);
            List<String> types = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                }
            }
            return types;
        }
    }
}
