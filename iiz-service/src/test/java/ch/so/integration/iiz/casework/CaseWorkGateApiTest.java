package ch.so.integration.iiz.casework;

import static ch.so.integration.iiz.casework.CaseWork.path;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.iiz.IizTestResource;
import ch.so.integration.iiz.iizcase.CaseFixture;
import ch.so.integration.platform.config.Clocks;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IZ-03, IZ-05: the case work follows the process: nothing before the team (the case is ACTIVE), round table, plan
 * and monitoring only after the team decided for a round table, and after a recommendation with closure only the
 * case space and client contacts remain until the closure.
 */
@QuarkusTest
@IizTestResource
class CaseWorkGateApiTest {

    @Suite
    TestTokens tokens;

    @Suite
    TestDatabase database;

    static String today() {
        return LocalDate.now(Clocks.ZURICH).toString();
    }

    static Map<String, Object> roundTable() {
        return Map.of("date", LocalDate.now(Clocks.ZURICH).plusDays(5).toString(), "preMeetingStart", "09:00",
                "location", "Olten", "invitees", List.of(Map.of("name", "A", "kind", "PROFESSIONAL"),
                        Map.of("name", "B", "kind", "CLIENT")));
    }

    static Map<String, Object> plan() {
        return Map.of("measures", List.of(Map.of("title", "Coaching", "deadline",
                LocalDate.now(Clocks.ZURICH).plusMonths(1).toString(), "responsiblePerson", "Klientin")));
    }

    @Test
    @DisplayName("IZ-03 no case work before the case team is assembled: a registered case refuses contributions "
            + "with 409 IZ-03 and stores nothing")
    void iz03NoCaseWorkBeforeTheTeam() throws Exception {
        CaseFixture fixture = new CaseFixture(tokens);
        String rav = CaseFixture.unique("RAV");
        String id = fixture.partner(rav).body(CaseFixture.registration(UUID.randomUUID().toString(),
                CaseFixture.unique("SOZIALREGION"))).post(CaseFixture.BASE).then().statusCode(201)
                .body("status", equalTo("REGISTERED")).extract().path("id");
        String base = CaseFixture.BASE + "/" + id;
        fixture.coordinator().body(Map.of("text", "Notiz")).post(base + "/comments").then().statusCode(409)
                .body("rule", equalTo("IZ-03"));
        fixture.coordinator().body(Map.of("text", "Fakten")).post(base + "/situation/facts").then().statusCode(409)
                .body("rule", equalTo("IZ-03"));
        fixture.coordinator().body(Map.of("answers", List.of(Map.of("topic", "SUPPORT_SYSTEMS", "text", "x"))))
                .put(base + "/situation/questionnaire").then().statusCode(409).body("rule", equalTo("IZ-03"));
        fixture.coordinator().contentType("application/pdf").body(CaseWork.PDF).queryParam("name", "a.pdf")
                .post(base + "/documents").then().statusCode(409).body("rule", equalTo("IZ-03"));
        fixture.coordinator().body(Map.of("contactOn", today(), "channel", "PHONE", "initiatedBy", "CLIENT",
                "note", "Anruf")).post(base + "/client-contacts").then().statusCode(409).body("rule", equalTo("IZ-03"));
        fixture.coordinator().body(roundTable()).post(base + "/round-tables").then().statusCode(409)
                .body("rule", equalTo("IZ-03"));
        for (String table : List.of("iiz_case_comment", "iiz_situation_fact", "iiz_situation_answer",
                "iiz_case_document", "iiz_client_contact", "iiz_round_table", "iiz_case_activity")) {
            assertThat(CaseWork.count(database, "select count(*) from " + table + " where case_id = ?",
                    UUID.fromString(id))).as(table).isZero();
        }
    }

    @Test
    @DisplayName("IZ-05 round table, integration plan and monitoring wait for the team's decision for a round table "
            + "(409 IZ-05); the case space and the situation analysis do not")
    void iz05RoundTableAfterTheDecision() {
        CaseFixture fixture = new CaseFixture(tokens);
        CaseFixture.Case c = fixture.activeCase("RAV");
        fixture.coordinator().body(roundTable()).post(path(c, "/round-tables")).then().statusCode(409)
                .body("rule", equalTo("IZ-05")).body("decision", equalTo("NONE"));
        fixture.coordinator().body(plan()).post(path(c, "/plan/versions")).then().statusCode(409)
                .body("rule", equalTo("IZ-05"));
        fixture.coordinator().body(Map.of("intervalWeeks", 4, "nextReviewOn", today())).put(path(c, "/monitoring"))
                .then().statusCode(409).body("rule", equalTo("IZ-05"));
        fixture.coordinator().body(Map.of("heldOn", today(), "kind", "ON_DEMAND", "outcome", "gut"))
                .post(path(c, "/monitoring/reviews")).then().statusCode(409).body("rule", equalTo("IZ-05"));
        fixture.partner(c.institution()).body(Map.of("text", "Notiz")).post(path(c, "/comments")).then()
                .statusCode(201);
        fixture.partner(c.institution()).body(Map.of("text", "Fakten")).post(path(c, "/situation/facts")).then()
                .statusCode(201);

        fixture.coordinator().body(Map.of("decision", "ROUND_TABLE")).post(CaseFixture.BASE + "/" + c.id()
                + "/decision").then().statusCode(200);
        fixture.coordinator().body(roundTable()).post(path(c, "/round-tables")).then().statusCode(201);
        fixture.coordinator().body(plan()).post(path(c, "/plan/versions")).then().statusCode(201);
        fixture.coordinator().body(Map.of("intervalWeeks", 4, "nextReviewOn", today())).put(path(c, "/monitoring"))
                .then().statusCode(200);
        // after a round-table decision the analysis may be brought up to date
        fixture.partner(c.institution()).body(Map.of("text", "neue Fakten")).post(path(c, "/situation/facts")).then()
                .statusCode(201);
    }

    @Test
    @DisplayName("IZ-05 after a recommendation with case closure there is no round table, plan, monitoring or further "
            + "situation analysis (409 IZ-05); documents, comments and client contacts go on until the closure")
    void iz05NothingButTheClosureAfterARecommendation() {
        CaseFixture fixture = new CaseFixture(tokens);
        CaseFixture.Case c = fixture.activeCase("RAV");
        fixture.coordinator().body(Map.of("decision", "RECOMMENDATION_WITH_CLOSURE", "recommendation", "IV-Anmeldung"))
                .post(CaseFixture.BASE + "/" + c.id() + "/decision").then().statusCode(200);
        fixture.coordinator().body(roundTable()).post(path(c, "/round-tables")).then().statusCode(409)
                .body("rule", equalTo("IZ-05")).body("decision", equalTo("RECOMMENDATION_WITH_CLOSURE"));
        fixture.coordinator().body(plan()).post(path(c, "/plan/versions")).then().statusCode(409)
                .body("rule", equalTo("IZ-05"));
        fixture.coordinator().body(Map.of("intervalWeeks", 4, "nextReviewOn", today())).put(path(c, "/monitoring"))
                .then().statusCode(409).body("rule", equalTo("IZ-05"));
        fixture.partner(c.institution()).body(Map.of("text", "Fakten")).post(path(c, "/situation/facts")).then()
                .statusCode(409).body("rule", equalTo("IZ-05"));
        fixture.coordinator().post(path(c, "/situation/reports")).then().statusCode(409)
                .body("rule", equalTo("IZ-05"));
        fixture.coordinator().body(Map.of("talkOn", today(), "text", "Sicht")).put(path(c, "/situation/client-view"))
                .then().statusCode(409).body("rule", equalTo("IZ-05"));
        fixture.partner(c.institution()).body(Map.of("text", "Notiz")).post(path(c, "/comments")).then()
                .statusCode(201);
        fixture.caseworker(c.caseManager()).body(Map.of("contactOn", today(), "channel", "PHONE",
                "initiatedBy", "CLIENT", "note", "Anruf")).post(path(c, "/client-contacts")).then().statusCode(201);
    }
}
