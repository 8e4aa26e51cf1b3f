package ch.so.integration.segmentation.integrationcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

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

/**
 * Through REST: a case that ends in intake, a goal agreement evaluated once, the self-runner guard of A, need
 * categories without nulls, and goal agreements that are filed once and not signed on ended cases.
 */
@QuarkusTest
@SegmentationTestResource
class CaseLifecycleApiTest {

    static final String DETACHED = "ch.so.integration.segmentation.case-detached.v1";

    @Suite
    TestTokens tokens;

    @Suite
    KafkaTestCluster kafka;

    @Suite
    TestDatabase database;

    private static LocalDate today() {
        return LocalDate.now(Clocks.ZURICH);
    }

    private String segmented(CaseApi api, String segment, LocalDate decidedOn, String extra) throws Exception {
        UUID person = IntakeEvents.registerPerson(kafka, database);
        LocalDate start = decidedOn.minusDays(5);
        String caseId = api.open(person, "Untergäu", "sa-lifecycle", start);
        api.intake(caseId, start, true);
        String needs = segment.equals("A") ? "\"NONE_SIGNIFICANT\"" : "\"HEALTH\"";
        api.post("/cases/" + caseId + "/segmentation", """
                {"decidedOn":"%s","segment":"%s","needCategories":[%s],"reason":"Kurzassessment"%s}"""
                .formatted(decidedOn, segment, needs, extra)).statusCode(200);
        return caseId;
    }

    @Test
    @DisplayName("SG-01 SG-11 a person found not entitled (not taken as prevention) is withdrawn in intake: "
            + "CaseDetached is published, the case closes and the person may get a new case")
    void sg01WithdrawalInIntake() throws Exception {
        CaseApi api = new CaseApi(tokens);
        UUID person = IntakeEvents.registerPerson(kafka, database);
        LocalDate start = today().minusDays(10);
        String caseId = api.open(person, "Untergäu", "sa-withdraw", start);
        api.post("/cases/" + caseId + "/intake-steps", CaseApi.step("FIRST_COUNSELLING", start, null, null))
                .statusCode(200);
        // NOT_ENTITLED needs a check that found no entitlement
        api.post("/cases/" + caseId + "/withdrawal", """
                {"date":"%s","reason":"NOT_ENTITLED"}""".formatted(start.plusDays(1))).statusCode(409)
                .body("rule", equalTo("SG-11")).body("errors[0].field", equalTo("reason"));
        api.post("/cases/" + caseId + "/intake-steps", CaseApi.step("NEED_AND_ENTITLEMENT_CHECK", start.plusDays(1),
                false, null)).statusCode(200);
        api.post("/cases/" + caseId + "/withdrawal", """
                {"date":"%s","reason":"PROFESSIONAL_INTEGRATION"}""".formatted(start.plusDays(2))).statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        api.post("/cases/" + caseId + "/withdrawal", """
                {"date":"%s"}""".formatted(start.plusDays(2))).statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        api.post("/cases/" + caseId + "/withdrawal", """
                {"date":"%s","reason":"NOT_ENTITLED"}""".formatted(start.plusDays(2))).statusCode(200)
                .body("status", equalTo("DETACHED")).body("detachmentReason", equalTo("NOT_ENTITLED"))
                .body("detachedOn", equalTo(start.plusDays(2).toString())).body("reviewDueOn", nullValue());
        api.post("/cases/" + caseId + "/withdrawal", """
                {"date":"%s","reason":"WITHDRAWN"}""".formatted(start.plusDays(2))).statusCode(409)
                .body("rule", equalTo("SG-01"));
        try (TopicReader reader = kafka.reader(IntegrationCaseApiTest.TOPIC)) {
            var record = reader.await(r -> caseId.equals(r.key()) && r.value().contains(DETACHED), 1,
                    Duration.ofSeconds(15)).getFirst();
            assertThat(record.value()).contains("NOT_ENTITLED").doesNotContain(person.toString())
                    .doesNotContain("entitled\"");
        }
        api.post("/cases/" + caseId + "/closure", """
                {"closedOn":"%s"}""".formatted(start.plusDays(3))).statusCode(200)
                .body("status", equalTo("CLOSED"));
        api.open(person, "Untergäu", "sa-withdraw", today());

        // a segmented case is detached, not withdrawn
        String active = segmented(api, "O", today().minusDays(5), "");
        api.post("/cases/" + active + "/withdrawal", """
                {"date":"%s","reason":"WITHDRAWN"}""".formatted(today())).statusCode(409)
                .body("rule", equalTo("SG-01"));
    }

    @Test
    @DisplayName("SG-06 a goal agreement agreed on the day of a review is not evaluated again at the next review")
    void sg06AgreementEvaluatedOnce() throws Exception {
        CaseApi api = new CaseApi(tokens);
        LocalDate day = today().minusDays(60);
        String caseId = segmented(api, "O", day, "");
        String[] agreement = api.agreement(caseId, day);
        api.post("/cases/" + caseId + "/reviews", CaseApi.review(day, agreement, "O", "\"HEALTH\""))
                .statusCode(200).body("decision.kind", equalTo("CONFIRMED"));
        api.get("/cases/" + caseId).statusCode(200).body("goalAgreementDue", equalTo(true));
        api.post("/cases/" + caseId + "/reviews", CaseApi.review(day.plusDays(30), agreement, "O", "\"HEALTH\""))
                .statusCode(409).body("rule", equalTo("SG-06"));
        api.get("/cases/" + caseId).statusCode(200).body("reviews", hasSize(1));
        String[] next = api.agreement(caseId, day);
        api.get("/cases/" + caseId).statusCode(200).body("goalAgreementDue", equalTo(false));
        api.post("/cases/" + caseId + "/reviews", CaseApi.review(day.plusDays(30), next, "O", "\"HEALTH\""))
                .statusCode(200);
    }

    @Test
    @DisplayName("SG-08 a review due date set to the decision day does not let A be left at the next review")
    void sg08ReviewDueOnDoesNotOpenA() throws Exception {
        CaseApi api = new CaseApi(tokens);
        LocalDate decided = today().minusDays(40);
        String caseId = segmented(api, "A", decided, ",\"reviewDueOn\":\"" + decided + "\"");
        api.get("/cases/" + caseId).statusCode(200).body("reviewDueOn", equalTo(decided.toString()));
        String[] agreement = api.agreement(caseId, decided);
        api.post("/cases/" + caseId + "/reviews", CaseApi.review(today(), agreement, "V", "\"QUALIFICATION\""))
                .statusCode(409).body("rule", equalTo("SG-08"));
        api.post("/cases/" + caseId + "/prompt-review", """
                {"date":"%s"}""".formatted(today())).statusCode(200);
        api.post("/cases/" + caseId + "/reviews", CaseApi.review(today(), agreement, "V", "\"QUALIFICATION\""))
                .statusCode(200).body("decision.segment", equalTo("V"));
    }

    @Test
    @DisplayName("SG-03 needCategories with a null element is a 400 naming the field, at the segmentation and at a "
            + "review, and writes nothing")
    void sg03NullNeedCategory() throws Exception {
        CaseApi api = new CaseApi(tokens);
        UUID person = IntakeEvents.registerPerson(kafka, database);
        LocalDate start = today().minusDays(20);
        String caseId = api.open(person, "Untergäu", "sa-null", start);
        api.intake(caseId, start, true);
        api.post("/cases/" + caseId + "/segmentation", """
                {"decidedOn":"%s","segment":"O","needCategories":[null],"reason":"r"}""".formatted(start.plusDays(4)))
                .statusCode(400).body("errors[0].field", equalTo("needCategories"));
        api.post("/cases/" + caseId + "/segmentation", CaseApi.decision("O", start.plusDays(4), "\"HEALTH\""))
                .statusCode(200);
        String[] agreement = api.agreement(caseId, start.plusDays(4));
        api.post("/cases/" + caseId + "/reviews", CaseApi.review(today(), agreement, "O", "null"))
                .statusCode(400).body("errors[0].field", equalTo("decision.needCategories"));
        api.post("/cases/" + caseId + "/reviews", CaseApi.review(today(), agreement, "O", "\"HEALTH\", null"))
                .statusCode(400).body("errors[0].field", equalTo("decision.needCategories"));
        api.get("/cases/" + caseId).statusCode(200).body("reviews", hasSize(0)).body("decisions", hasSize(1));
    }

    @Test
    @DisplayName("SG-06 a filed scan is not replaced (409); a goal agreement is not signed or filed once the case "
            + "has left assistance (409)")
    void sg06ScanOnceAndNotOnEndedCases() throws Exception {
        CaseApi api = new CaseApi(tokens);
        LocalDate decided = today().minusDays(30);
        String caseId = segmented(api, "V", decided, "");
        String[] signed = api.agreement(caseId, decided);
        byte[] first = "%PDF-1.7 first scan".getBytes();
        api.as("caseworker").contentType("application/pdf").body(first)
                .put(CaseApi.ROOT + "/goal-agreements/" + signed[0] + "/scan").then().statusCode(200)
                .body("status", equalTo("FILED"));
        api.as("caseworker").contentType("application/pdf").body("%PDF-1.7 second scan".getBytes())
                .put(CaseApi.ROOT + "/goal-agreements/" + signed[0] + "/scan").then().statusCode(409);
        byte[] kept = api.as("caseworker").accept("application/pdf")
                .get(CaseApi.ROOT + "/goal-agreements/" + signed[0] + "/scan").then().statusCode(200).extract()
                .asByteArray();
        assertThat(kept).isEqualTo(first);

        String draft = api.post("/goal-agreements", """
                {"caseId":"%s","agreedOn":"%s","goals":[{"description":"d","indicator":"i","dueOn":"%s"}]}"""
                .formatted(caseId, decided, today())).statusCode(201).extract().path("id");
        api.post("/cases/" + caseId + "/detachment", """
                {"date":"%s","reason":"SUBSIDIARITY"}""".formatted(today())).statusCode(200)
                .body("status", equalTo("DETACHED"));
        api.post("/goal-agreements/" + draft + "/signature", """
                {"signedOn":"%s"}""".formatted(today())).statusCode(409);
        api.get("/goal-agreements/" + draft).statusCode(200).body("status", equalTo("DRAFT"));
    }
}
