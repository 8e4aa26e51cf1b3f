package ch.so.integration.segmentation.effort;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.UUID;

import ch.so.integration.segmentation.IntakeEvents;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import io.restassured.response.ValidatableResponse;

/** Integration cases made through the case process's REST API, as a caseworker, for the effort and controlling tests. */
public final class CaseFixtures {

    public static final String ROOT = "/api/segmentation";

    private final TestTokens tokens;
    private final KafkaTestCluster kafka;
    private final TestDatabase database;

    public CaseFixtures(TestTokens tokens, KafkaTestCluster kafka, TestDatabase database) {
        this.tokens = tokens;
        this.kafka = kafka;
        this.database = database;
    }

    public ValidatableResponse post(String path, String json) {
        return given().header("Authorization", tokens.bearer("caseworker")).contentType("application/json")
                .body(json).post(ROOT + path).then();
    }

    /** A person intake registered (through its event), and a case for it opened on {@code openedOn}. */
    public String open(String region, String caseworker, LocalDate openedOn) throws Exception {
        UUID person = IntakeEvents.registerPerson(kafka, database);
        return post("/cases", """
                {"personId":"%s","assistanceType":"REGULAR","socialRegion":"%s","caseworker":"%s","openedOn":"%s"}"""
                .formatted(person, region, caseworker, openedOn)).statusCode(201).extract().path("id");
    }

    /** Process 2010 from {@code start}, one day per step, then the initial segmentation 7 days after the start. */
    public void segment(String caseId, LocalDate start, boolean entitled, String segment) {
        step(caseId, "FIRST_COUNSELLING", start, null, null);
        step(caseId, "NEED_AND_ENTITLEMENT_CHECK", start.plusDays(1), entitled, null);
        step(caseId, "SUBSIDIARITY_CHECK", start.plusDays(2), null, null);
        step(caseId, "SHORT_ASSESSMENT", start.plusDays(3), null, "Kurzassessment: Gesundheit unklar.");
        post("/cases/" + caseId + "/segmentation", """
                {"decidedOn":"%s","segment":"%s","needCategories":["HEALTH"],"reason":"Handlungsbedarf gemäss Kurzassessment"}"""
                .formatted(start.plusDays(7), segment)).statusCode(200);
    }

    public void detach(String caseId, LocalDate on) {
        post("/cases/" + caseId + "/detachment", """
                {"date":"%s","reason":"SUBSIDIARITY"}""".formatted(on)).statusCode(200);
    }

    public String effort(String caseId, LocalDate on, String kind, int minutes) {
        return post("/cases/" + caseId + "/efforts", """
                {"workedOn":"%s","minutes":%d,"kind":"%s"}""".formatted(on, minutes, kind))
                .statusCode(201).extract().path("id");
    }

    private void step(String caseId, String step, LocalDate date, Boolean entitled, String findings) {
        post("/cases/" + caseId + "/intake-steps", """
                {"step":"%s","date":"%s"%s%s}""".formatted(step, date,
                entitled == null ? "" : ",\"entitled\":" + entitled,
                findings == null ? "" : ",\"findings\":\"" + findings + "\"")).statusCode(200);
    }
}
