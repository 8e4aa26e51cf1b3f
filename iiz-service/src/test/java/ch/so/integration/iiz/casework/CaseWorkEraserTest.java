package ch.so.integration.iiz.casework;

import static ch.so.integration.iiz.casework.CaseWork.PDF;
import static ch.so.integration.iiz.casework.CaseWork.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.iiz.IizTestResource;
import ch.so.integration.iiz.casespace.Sha256;
import ch.so.integration.iiz.iizcase.CaseFixture;
import ch.so.integration.iiz.situation.SituationTopic;
import ch.so.integration.platform.config.Clocks;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** IZ-10 for the case work: at closure everything the institutions provided is deleted for good; the log keeps hashes. */
@QuarkusTest
@IizTestResource
class CaseWorkEraserTest {

    static final List<String> TABLES = List.of("iiz_case_document", "iiz_case_comment", "iiz_case_activity",
            "iiz_situation_answer", "iiz_situation_fact", "iiz_situation_client_view", "iiz_situation_report",
            "iiz_round_table", "iiz_plan", "iiz_monitoring", "iiz_monitoring_review", "iiz_client_contact");

    @Suite
    TestTokens tokens;

    @Suite
    TestDatabase database;

    @Test
    @DisplayName("IZ-10 closing a case deletes its documents (rows and bytes), comments, feed, situation analysis and "
            + "reports, round tables, plans and monitoring for good; the deletion log has their ids and hashes; the "
            + "idempotency store forgets the responses and no event carries the texts; another case keeps its content")
    void closureErasesTheCaseWork() throws Exception {
        CaseFixture fixture = new CaseFixture(tokens);
        String registrationKey = "reg-" + UUID.randomUUID();
        CaseFixture.Case c = fixture.activeCaseRegisteredWithKey(registrationKey, "RAV");
        fixture.coordinator().body(Map.of("decision", "ROUND_TABLE")).post(CaseFixture.BASE + "/" + c.id() + "/decision")
                .then().statusCode(200);
        CaseFixture.Case other = fixture.roundTableCase("IV");
        String today = LocalDate.now(Clocks.ZURICH).toString();
        String documentId = null;
        for (CaseFixture.Case k : List.of(c, other)) {
            String id = fixture.partner(k.institution()).header("Idempotency-Key", key()).contentType("application/pdf")
                    .body(PDF).queryParam("name", "a.pdf").post(path(k, "/documents")).then().statusCode(201)
                    .extract().path("id");
            documentId = documentId == null ? id : documentId;
        }
        // the texts the case work holds; none of them may survive the closure anywhere
        String comment = "Die Klientin meldet sich krank.";
        String fact = "RAV-Fakten: zwei Absagen im Oktober";
        String view = "Sicht der Klientin: will Teilzeit";
        String minutesLocation = "Sitzungszimmer Amthausquai";
        String measure = "Coaching Bewerbungsdossier";
        String outcome = "Standort gut, weiter so";
        String note = "Mail wegen Termin verschieben";
        String commentId = fixture.partner(c.institution()).header("Idempotency-Key", key())
                .body(Map.of("text", comment)).post(path(c, "/comments")).then().statusCode(201).extract().path("id");
        List<Map<String, Object>> answers = new ArrayList<>();
        for (SituationTopic topic : SituationTopic.values()) {
            Map<String, Object> answer = new HashMap<>(Map.of("topic", topic.name(), "text", "Antwort " + topic));
            if (topic.needsSince()) {
                answer.put("since", "2025-01-01");
            }
            answers.add(answer);
        }
        fixture.caseworker(c.caseManager()).body(Map.of("answers", answers)).put(path(c, "/situation/questionnaire"))
                .then().statusCode(200);
        fixture.partner(c.institution()).header("Idempotency-Key", key()).body(Map.of("text", fact))
                .post(path(c, "/situation/facts")).then().statusCode(201);
        fixture.coordinator().body(Map.of("talkOn", today, "text", view)).put(path(c, "/situation/client-view"))
                .then().statusCode(200);
        String reportSha = fixture.coordinator().header("Idempotency-Key", key()).post(path(c, "/situation/reports"))
                .then().statusCode(201).extract().path("documentSha256");
        String tableId = fixture.coordinator().header("Idempotency-Key", key())
                .body(Map.of("date", LocalDate.now(Clocks.ZURICH).plusDays(3).toString(),
                        "preMeetingStart", "10:00", "location", minutesLocation, "invitees", List.of(
                        Map.of("name", "A", "kind", "PROFESSIONAL"), Map.of("name", "B", "kind", "CLIENT"))))
                .post(path(c, "/round-tables")).then().statusCode(201).extract().path("id");
        String planId = fixture.coordinator().header("Idempotency-Key", key())
                .body(Map.of("measures", List.of(Map.of("title", measure, "deadline",
                        LocalDate.now(Clocks.ZURICH).plusMonths(1).toString(), "responsibleInstitution", c.institution()))))
                .post(path(c, "/plan/versions")).then().statusCode(201).extract().path("id");
        fixture.partner(c.institution()).body(Map.of("verdict", "COMMENTED", "comment", "ok?"))
                .post(path(c, "/plan/draft/reviews")).then().statusCode(200);
        fixture.coordinator().body(Map.of("intervalWeeks", 4, "nextReviewOn", today)).put(path(c, "/monitoring"))
                .then().statusCode(200);
        fixture.coordinator().header("Idempotency-Key", key())
                .body(Map.of("heldOn", today, "kind", "SCHEDULED", "outcome", outcome))
                .post(path(c, "/monitoring/reviews")).then().statusCode(201);
        fixture.caseworker(c.caseManager()).header("Idempotency-Key", key()).body(Map.of("contactOn", today,
                "channel", "EMAIL", "initiatedBy", "CLIENT", "note", note)).post(path(c, "/client-contacts"))
                .then().statusCode(201);
        UUID caseId = UUID.fromString(c.id());
        for (String table : TABLES) {
            assertThat(CaseWork.count(database, "select count(*) from " + table + " where case_id = ?", caseId))
                    .as(table).isPositive();
        }
        List<String> texts = List.of(comment, fact, minutesLocation, measure, outcome, note);
        assertThat(CaseWork.count(database, "select count(*) from idempotency_key where idempotency_key = ? "
                + "and strpos(response::text, ?) > 0", registrationKey, "Langzeitarbeitslos")).isEqualTo(1);
        for (String text : texts) {
            assertThat(storedResponsesContaining(text)).as("before the closure the store holds " + text).isPositive();
        }

        fixture.coordinator().post(CaseFixture.BASE + "/" + c.id() + "/closure-announcement").then().statusCode(200);
        fixture.coordinator().body(Map.of("reason", "GOAL_EMPLOYMENT")).post(CaseFixture.BASE + "/" + c.id() + "/closure")
                .then().statusCode(200);

        for (String table : TABLES) {
            assertThat(CaseWork.count(database, "select count(*) from " + table + " where case_id = ?", caseId))
                    .as(table + " is empty for the closed case").isZero();
        }
        // the child rows of the captured items (their parents are gone, so look them up by the ids we kept)
        assertThat(CaseWork.count(database, "select count(*) from iiz_case_document_content where document_id = ?",
                UUID.fromString(documentId))).as("the document's bytes").isZero();
        assertThat(CaseWork.count(database, "select count(*) from iiz_round_table_invitee where round_table_id = ?",
                UUID.fromString(tableId))).as("the round table's invitees").isZero();
        assertThat(CaseWork.count(database, "select count(*) from iiz_plan_measure where plan_id = ?",
                UUID.fromString(planId))).as("the plan's measures").isZero();
        assertThat(CaseWork.count(database, "select count(*) from iiz_plan_review where plan_id = ?",
                UUID.fromString(planId))).as("the plan's reviews").isZero();
        List<String> kinds = CaseWork.strings(database,
                "select kind from iiz_deletion_log where case_id = ? order by kind", caseId);
        assertThat(kinds).contains("document", "comment", "activity", "situation-answer", "situation-fact",
                "situation-client-view", "situation-report", "round-table", "integration-plan", "monitoring-schedule",
                "monitoring-review", "client-contact");
        assertThat(CaseWork.strings(database, "select sha256 from iiz_deletion_log where case_id = ? and kind = 'document'",
                caseId)).containsExactly(Sha256.of(PDF));
        // IZ-10: texts are logged with an HMAC: the plain SHA-256 of a guessed text does not find them
        assertThat(CaseWork.strings(database, "select sha256 from iiz_deletion_log where case_id = ? and item_id = ?",
                caseId, UUID.fromString(commentId))).containsExactly(CaseFixture.textHash(comment))
                .doesNotContain(Sha256.of(comment));
        assertThat(CaseWork.count(database, "select count(*) from iiz_deletion_log where case_id = ? and sha256 = ?",
                caseId, Sha256.of("Antwort SUPPORT_SYSTEMS"))).isZero();
        assertThat(CaseWork.strings(database, "select sha256 from iiz_deletion_log where case_id = ? "
                + "and kind = 'situation-report'", caseId)).containsExactly(reportSha);

        // IZ-10: the idempotency store forgot every response of the case, and no event of it carries a text
        for (String text : texts) {
            assertThat(storedResponsesContaining(text)).as("the idempotency store still holds " + text).isZero();
        }
        assertThat(CaseWork.count(database, "select count(*) from idempotency_key where resource_id = ?", c.id()))
                .isZero();
        assertThat(CaseWork.count(database, "select count(*) from idempotency_key where idempotency_key = ?",
                registrationKey)).as("the registration's stored response (description, mandate)").isZero();
        List<String> payloads = CaseWork.strings(database,
                "select payload::text from outbox_event where message_key = ?", c.id());
        assertThat(payloads).isNotEmpty();
        for (String text : texts) {
            assertThat(String.join("\n", payloads)).doesNotContain(text);
        }
        // a retried registration no longer returns the closed case and its erased texts
        io.restassured.response.Response retried = fixture.partner(c.institution())
                .header("Idempotency-Key", registrationKey)
                .body(CaseFixture.registration(c.personId(), c.socialOffice())).post(CaseFixture.BASE);
        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(retried.jsonPath().getString("id")).isNotEqualTo(c.id());
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("false");

        assertThat(CaseWork.count(database, "select count(*) from iiz_case_document where case_id = ?",
                UUID.fromString(other.id()))).as("the other case keeps its document").isEqualTo(1);
        assertThat(CaseWork.count(database, "select count(*) from idempotency_key where resource_id in "
                + "(select id::text from iiz_case_document where case_id = ?)", UUID.fromString(other.id())))
                .as("the other case keeps its stored response").isEqualTo(1);
        fixture.partner(c.institution()).get(path(c, "/documents")).then().statusCode(404);
    }

    private long storedResponsesContaining(String text) throws Exception {
        return CaseWork.count(database, "select count(*) from idempotency_key where strpos(response::text, ?) > 0",
                text);
    }

    private static String key() {
        return "k-" + UUID.randomUUID();
    }
}
