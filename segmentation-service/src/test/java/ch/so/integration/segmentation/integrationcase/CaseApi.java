package ch.so.integration.segmentation.integrationcase;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.UUID;

import ch.so.integration.testing.TestTokens;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** REST calls of the integration process, as a caseworker. */
final class CaseApi {

    static final String ROOT = "/api/segmentation";

    private final TestTokens tokens;

    CaseApi(TestTokens tokens) {
        this.tokens = tokens;
    }

    RequestSpecification as(String role) {
        return given().header("Authorization", tokens.bearer(role)).contentType("application/json");
    }

    ValidatableResponse post(String path, String json) {
        return as("caseworker").body(json).post(ROOT + path).then();
    }

    ValidatableResponse get(String path) {
        return as("caseworker").get(ROOT + path).then();
    }

    String open(UUID personId, String region, String caseworker, LocalDate openedOn) {
        return post("/cases", """
                {"personId":"%s","assistanceType":"REGULAR","socialRegion":"%s","caseworker":"%s","openedOn":"%s"}"""
                .formatted(personId, region, caseworker, openedOn)).statusCode(201).extract().path("id");
    }

    /** Walks process 2010 from {@code start}, one day per step. */
    void intake(String caseId, LocalDate start, boolean entitled) {
        post("/cases/" + caseId + "/intake-steps", step("FIRST_COUNSELLING", start, null, null)).statusCode(200);
        post("/cases/" + caseId + "/intake-steps", step("NEED_AND_ENTITLEMENT_CHECK", start.plusDays(1), entitled,
                null)).statusCode(200);
        post("/cases/" + caseId + "/intake-steps", step("SUBSIDIARITY_CHECK", start.plusDays(2), null, null))
                .statusCode(200);
        post("/cases/" + caseId + "/intake-steps", step("SHORT_ASSESSMENT", start.plusDays(3), null,
                "Kurzassessment: Gesundheit und Arbeitsfähigkeit unklar.")).statusCode(200);
    }

    static String step(String step, LocalDate date, Boolean entitled, String findings) {
        return """
                {"step":"%s","date":"%s"%s%s}""".formatted(step, date,
                entitled == null ? "" : ",\"entitled\":" + entitled,
                findings == null ? "" : ",\"findings\":\"" + findings + "\"");
    }

    static String decision(String segment, LocalDate date, String needs) {
        return """
                {"decidedOn":"%s","segment":"%s","needCategories":[%s],"reason":"Handlungsbedarf gemäss Kurzassessment"}"""
                .formatted(date, segment, needs);
    }

    /** Writes and signs a goal agreement with two goals; returns its id and the goal ids. */
    String[] agreement(String caseId, LocalDate agreedOn) {
        var answer = post("/goal-agreements", """
                {"caseId":"%s","agreedOn":"%s","goals":[
                  {"description":"Tagesstruktur aufbauen","indicator":"Drei Halbtage pro Woche","dueOn":"%s"},
                  {"description":"Gesundheit abklären","indicator":"Arztbericht liegt vor","dueOn":"%s"}]}"""
                .formatted(caseId, agreedOn, agreedOn.plusMonths(3), agreedOn.plusMonths(4)))
                .statusCode(201).extract();
        String id = answer.path("id");
        post("/goal-agreements/" + id + "/signature", """
                {"signedOn":"%s"}""".formatted(agreedOn)).statusCode(200);
        return new String[] {id, answer.path("goals[0].id"), answer.path("goals[1].id")};
    }

    static String review(LocalDate heldOn, String[] agreement, String segment, String needs) {
        return """
                {"heldOn":"%s","goalEvaluations":[
                   {"goalId":"%s","achievement":"FULLY","reason":"regelmässig anwesend"},
                   {"goalId":"%s","achievement":"PARTLY","reason":"Bericht ausstehend"}],
                 "situation":"Gesundheit stabil, Motivation hoch","labourMarket":"Gute Lage im Detailhandel",
                 "decision":{"segment":"%s","needCategories":[%s],"reason":"Integration realistisch"}}"""
                .formatted(heldOn, agreement[1], agreement[2], segment, needs);
    }
}
