package ch.so.integration.segmentation.integrationcase;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.platform.config.Clocks;
import ch.so.integration.segmentation.IntakeEvents;
import ch.so.integration.segmentation.SegmentationTestResource;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import ch.so.integration.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@SegmentationTestResource
class IntegrationCaseApiTest {

    static final String TOPIC = "segmentation.case";
    static final String REVIEW_DUE = "ch.so.integration.segmentation.review-due.v1";

    @Suite
    TestTokens tokens;

    @Suite
    KafkaTestCluster kafka;

    @Suite
    TestDatabase database;

    @Inject
    ReviewDueJob reviewDueJob;

    private static LocalDate today() {
        return LocalDate.now(Clocks.ZURICH);
    }

    /** A configured social region (the regions are a code list); tests tell their cases apart by caseworker. */
    private static String region() {
        return "Olten";
    }

    private static String caseworker(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A case segmented {@code daysAgo} days ago (intake steps the four days before). */
    private String segmentedCase(CaseApi api, String region, String caseworker, String segment, int daysAgo)
            throws Exception {
        UUID person = IntakeEvents.registerPerson(kafka, database);
        LocalDate start = today().minusDays(daysAgo + 5);
        String caseId = api.open(person, region, caseworker, start);
        api.intake(caseId, start, true);
        api.post("/cases/" + caseId + "/segmentation", CaseApi.decision(segment, today().minusDays(daysAgo),
                "\"LABOUR_MARKET_ACCESS\"")).statusCode(200);
        return caseId;
    }

    @Test
    @DisplayName("SG-01 a case is linked to a person intake registered: an unknown person id is a 400 naming it; "
            + "a second open case is a duplicate")
    void linkedToIntakesPerson() throws Exception {
        CaseApi api = new CaseApi(tokens);
        UUID stranger = UUID.randomUUID();
        api.post("/cases", """
                {"personId":"%s","assistanceType":"ASYLUM","socialRegion":"Thal-Gäu","caseworker":"sa"}""".formatted(stranger))
                .statusCode(400).body("errors[0].field", equalTo("personId"));
        UUID person = IntakeEvents.registerPerson(kafka, database);
        String key = "open-" + UUID.randomUUID();
        // SG-01: the social region is one of the configured code list: free text is a 400 naming the field
        api.post("/cases", """
                {"personId":"%s","assistanceType":"ASYLUM","socialRegion":"Region Nirgendwo","caseworker":"sa"}"""
                .formatted(person)).statusCode(400).body("errors[0].field", equalTo("socialRegion"));
        api.get("/reviews/due?socialRegion=Nirgendwo").statusCode(400).body("errors[0].field", equalTo("socialRegion"));
        String body = """
                {"personId":"%s","assistanceType":"ASYLUM","socialRegion":" thal-gäu ","caseworker":"sa"}""".formatted(person);
        String id = api.as("caseworker").header("Idempotency-Key", key).body(body).post(CaseApi.ROOT + "/cases")
                .then().statusCode(201).body("status", equalTo("INTAKE")).body("openedOn", equalTo(today().toString()))
                .body("socialRegion", equalTo("Thal-Gäu"))
                .extract().path("id");
        api.as("caseworker").header("Idempotency-Key", key).body(body).post(CaseApi.ROOT + "/cases")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        api.post("/cases", body).statusCode(409).body("type", endsWith("/duplicate")).body("existingId", equalTo(id));
    }

    @Test
    @DisplayName("SG-01 an intake step out of order is refused with the expected step; SG-03 personality traits are "
            + "not a field; SG-04 a validity over 6 months is refused and writes nothing")
    void intakeAndSegmentationRefusals() throws Exception {
        CaseApi api = new CaseApi(tokens);
        UUID person = IntakeEvents.registerPerson(kafka, database);
        String caseId = api.open(person, region(), "sa", today().minusDays(10));
        api.post("/cases/" + caseId + "/intake-steps", CaseApi.step("SUBSIDIARITY_CHECK", today().minusDays(9), null,
                        null)).statusCode(409).body("rule", equalTo("SG-01"))
                .body("expectedStep", equalTo("FIRST_COUNSELLING"));
        api.intake(caseId, today().minusDays(9), false);
        api.post("/cases/" + caseId + "/segmentation", """
                {"decidedOn":"%s","segment":"S","needCategories":["HEALTH"],"reason":"r","personalityTraits":"x"}"""
                .formatted(today())).statusCode(400).body("errors[0].field", equalTo("personalityTraits"));
        api.post("/cases/" + caseId + "/segmentation", """
                {"decidedOn":"%s","segment":"S","needCategories":[],"reason":"r"}"""
                .formatted(today())).statusCode(409).body("rule", equalTo("SG-03"))
                .body("errors[0].field", equalTo("needCategories"));
        api.post("/cases/" + caseId + "/segmentation", """
                {"decidedOn":"%s","segment":"S","needCategories":["HEALTH"],"reason":"r","validUntil":"%s"}"""
                .formatted(today().minusDays(1), today().minusDays(1).plusMonths(6).plusDays(1)))
                .statusCode(409).body("rule", equalTo("SG-04")).body("errors[0].field", equalTo("validUntil"));
        api.get("/cases/" + caseId).statusCode(200).body("status", equalTo("INTAKE")).body("decisions", empty())
                .body("entitled", equalTo(false));
        // without a segment, O (the default when unclear)
        api.post("/cases/" + caseId + "/segmentation", """
                {"decidedOn":"%s","needCategories":["UNCLEAR_SITUATION"],"reason":"unklar"}"""
                .formatted(today())).statusCode(200).body("segment", equalTo("O"));
    }

    @Test
    @DisplayName("SG-05 a measure the segment excludes is refused over REST citing SG-05 and writes nothing")
    void excludedMeasure() throws Exception {
        CaseApi api = new CaseApi(tokens);
        String caseId = segmentedCase(api, region(), "sa", "A", 10);
        api.post("/cases/" + caseId + "/measures", """
                {"type":"INTEGRATION_COACHING","startDate":"%s"}""".formatted(today()))
                .statusCode(409).body("type", endsWith("/rule-violation")).body("rule", equalTo("SG-05"))
                .body("errors[0].field", equalTo("type"));
        api.get("/cases/" + caseId).statusCode(200).body("measures", empty());
        api.post("/cases/" + caseId + "/measures", """
                {"type":"RAV_COOPERATION","startDate":"%s"}""".formatted(today())).statusCode(200)
                .body("measures[0].type", equalTo("RAV_COOPERATION"));
        given().header("Authorization", tokens.bearer("caseworker")).get(CaseApi.ROOT + "/measure-types")
                .then().statusCode(200).body("find { it.type == 'IV_CONTACT' }.segments.O", equalTo("ADMITTED"))
                .body("find { it.type == 'IV_CONTACT' }.segments.A", equalTo("EXCLUDED"));
    }

    @Test
    @DisplayName("SG-06 a review without a signed goal agreement is refused; the scan is filed only after signing "
            + "and must be a PDF")
    void goalAgreementFirst() throws Exception {
        CaseApi api = new CaseApi(tokens);
        String caseId = segmentedCase(api, region(), "sa", "V", 30);
        String[] none = {"x", UUID.randomUUID().toString(), UUID.randomUUID().toString()};
        api.post("/cases/" + caseId + "/reviews", CaseApi.review(today(), none, "V", "\"QUALIFICATION\""))
                .statusCode(409).body("rule", equalTo("SG-06"));
        String id = api.post("/goal-agreements", """
                {"caseId":"%s","agreedOn":"%s","goals":[{"description":"d","indicator":"i","dueOn":"%s"}]}"""
                .formatted(caseId, today().minusDays(29), today())).statusCode(201)
                .body("status", equalTo("DRAFT")).body("occasion", equalTo("SEGMENTATION")).extract().path("id");
        api.as("caseworker").contentType("application/pdf").body("%PDF-1.7 scan".getBytes())
                .put(CaseApi.ROOT + "/goal-agreements/" + id + "/scan").then().statusCode(409)
                .body("rule", equalTo("SG-06"));
        api.post("/goal-agreements/" + id + "/signature", """
                {"signedOn":"%s"}""".formatted(today())).statusCode(200).body("status", equalTo("SIGNED"));
        api.as("caseworker").contentType("application/pdf").body("not a pdf".getBytes())
                .put(CaseApi.ROOT + "/goal-agreements/" + id + "/scan").then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        api.post("/goal-agreements", """
                {"caseId":"%s","agreedOn":"%s","goals":[{"description":" ","indicator":"i"}]}"""
                .formatted(caseId, today())).statusCode(400)
                .body("errors.field", hasItems("goals[0].description", "goals[0].dueOn"));
    }

    @Test
    @DisplayName("bad input is a 400 problem naming the field, never a class name; nothing is written")
    void badInput() throws Exception {
        CaseApi api = new CaseApi(tokens);
        String caseId = segmentedCase(api, region(), "sa", "O", 20);
        List<String> bodies = new java.util.ArrayList<>();
        bodies.add(api.post("/cases/" + caseId + "/reviews", """
                {"heldOn":"%s","goalEvaluations":[{"goalId":"%s","achievement":"MOSTLY","reason":"r"}],
                 "decision":{"segment":"O"}}""".formatted(today(), UUID.randomUUID()))
                .statusCode(400).body("errors[0].field", equalTo("goalEvaluations[0].achievement"))
                .extract().asString());
        bodies.add(api.post("/cases/" + caseId + "/reviews", """
                {"heldOn":"%s","goalEvaluations":[],"decision":{"segment":"X"}}""".formatted(today()))
                .statusCode(400).body("errors[0].field", equalTo("decision.segment")).extract().asString());
        bodies.add(api.post("/cases/" + caseId + "/measures", """
                {"type":"COUNSELLING","startDate":"%s"}""".formatted(today().plusDays(1)))
                .statusCode(400).body("errors[0].field", equalTo("startDate")).extract().asString());
        bodies.add(api.post("/cases/" + caseId + "/detachment", "{\"date\":")
                .statusCode(400).body("type", endsWith("/malformed-request")).extract().asString());
        bodies.add(api.get("/reviews/due?dueBy=tomorrow").statusCode(400)
                .body("errors[0].field", equalTo("dueBy")).extract().asString());
        bodies.add(api.get("/cases/" + UUID.randomUUID()).statusCode(404).extract().asString());
        for (String body : bodies) {
            assertThat(body).doesNotContain("Exception").doesNotContain("java.").doesNotContain("ch.so.")
                    .contains("correlationId");
        }
        api.get("/cases/" + caseId).statusCode(200).body("measures", empty()).body("reviews", empty())
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    @DisplayName("SG-08 a move outside the process is refused over REST")
    void moveRefused() throws Exception {
        CaseApi api = new CaseApi(tokens);
        String caseId = segmentedCase(api, region(), "sa", "S", 40);
        String[] agreement = api.agreement(caseId, today().minusDays(39));
        api.post("/cases/" + caseId + "/reviews", CaseApi.review(today(), agreement, "V", "\"QUALIFICATION\""))
                .statusCode(409).body("rule", equalTo("SG-08")).body("from", equalTo("S")).body("to", equalTo("V"));
        api.get("/cases/" + caseId).statusCode(200).body("reviews", empty()).body("decisions", hasSize(1));
    }

    @Test
    @DisplayName("SG-04 reviews due and overdue per region and caseworker, paged; the job publishes ReviewDue once "
            + "per due review; a prompt review publishes it at once")
    void dueReviews() throws Exception {
        CaseApi api = new CaseApi(tokens);
        String region = region();
        String first = caseworker("sa-due-1");
        String second = caseworker("sa-due-2");
        String overdue = segmentedCase(api, region, first, "V", 200);
        String dueSoon = segmentedCase(api, region, first, "O", 150);
        String notYet = segmentedCase(api, region, second, "A", 10);

        api.get("/reviews/due?caseworker=" + first).statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].caseId", equalTo(overdue)).body("items[0].overdue", equalTo(true));
        api.get("/reviews/due?caseworker=" + first + "&dueBy=" + today().plusDays(30) + "&size=1")
                .statusCode(200).body("totalItems", equalTo(2)).body("totalPages", equalTo(2))
                .body("items[0].caseId", equalTo(overdue));
        api.get("/reviews/due?caseworker=" + first + "&socialRegion=" + region + "&dueBy=" + today().plusDays(30))
                .statusCode(200).body("items.caseId", equalTo(List.of(overdue, dueSoon)))
                .body("items[1].overdue", equalTo(false));
        api.get("/reviews/due?caseworker=" + first + "&socialRegion=Dorneck&dueBy=" + today().plusDays(30))
                .statusCode(200).body("totalItems", equalTo(0));
        api.get("/reviews/due?caseworker=" + second + "&dueBy=" + today().plusDays(30)).statusCode(200)
                .body("totalItems", equalTo(0));
        api.get("/reviews/due?overdue=true&caseworker=" + first).statusCode(200)
                .body("items.caseId", equalTo(List.of(overdue)));

        reviewDueJob.run();
        reviewDueJob.run();
        api.post("/cases/" + notYet + "/prompt-review", """
                {"date":"%s"}""".formatted(today())).statusCode(200)
                .body("notSelfRunnerSince", equalTo(today().toString()));
        api.post("/cases/" + notYet + "/prompt-review", """
                {"date":"%s"}""".formatted(today())).statusCode(409);
        api.post("/cases/" + dueSoon + "/prompt-review", """
                {"date":"%s"}""".formatted(today())).statusCode(409).body("rule", equalTo("SG-04"));
        reviewDueJob.run();

        try (TopicReader reader = kafka.reader(TOPIC)) {
            reader.await(r -> notYet.equals(r.key()) && r.value().contains(REVIEW_DUE), 1, Duration.ofSeconds(15));
            List<ConsumerRecord<String, String>> all = reader.readToEnd();
            assertThat(all.stream().filter(r -> overdue.equals(r.key()) && r.value().contains(REVIEW_DUE)))
                    .as("once per due review").hasSize(1);
            assertThat(all.stream().filter(r -> dueSoon.equals(r.key()) && r.value().contains(REVIEW_DUE)))
                    .as("not due yet").isEmpty();
            assertThat(all.stream().filter(r -> notYet.equals(r.key()) && r.value().contains(REVIEW_DUE)))
                    .singleElement().satisfies(r -> assertThat(r.value()).containsPattern("\"kind\"\\s*:\\s*\"PROMPT\""));
        }
    }

    @Test
    @DisplayName("caseworker and admin work on cases; controlling and intake get 403, no token 401; every read and "
            + "write is audited for the person")
    void rolesAndAudit() throws Exception {
        CaseApi api = new CaseApi(tokens);
        UUID person = IntakeEvents.registerPerson(kafka, database);
        String caseId = api.open(person, region(), "sa", today());
        for (String role : List.of("controlling", "intake", "partner")) {
            given().header("Authorization", tokens.bearer(role)).get(CaseApi.ROOT + "/cases/" + caseId)
                    .then().statusCode(403);
            given().header("Authorization", tokens.bearer(role)).get(CaseApi.ROOT + "/reviews/due")
                    .then().statusCode(403);
        }
        given().get(CaseApi.ROOT + "/cases/" + caseId).then().statusCode(401);
        api.as("admin").get(CaseApi.ROOT + "/cases/" + caseId).then().statusCode(200);
        api.as("admin").get("/api/segmentation/audit?subject=" + person).then().statusCode(200)
                .body("items.action", hasItems("CREATE", "READ", "RECEIVE"))
                .body("items.resourceType", hasItem("integration-case"));
    }
}
