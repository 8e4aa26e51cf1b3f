package ch.so.integration.iiz.situation;

import static ch.so.integration.iiz.casework.CaseWork.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ch.so.integration.iiz.IizTestResource;
import ch.so.integration.iiz.casework.CaseWork;
import ch.so.integration.iiz.casespace.Sha256;
import ch.so.integration.iiz.iizcase.CaseFixture;
import ch.so.integration.platform.config.Clocks;
import ch.so.integration.platform.events.EventJson;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import ch.so.integration.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@IizTestResource
class SituationApiTest {

    static final String TYPE = "ch.so.integration.iiz.situation-report-issued.v1";

    @Suite
    TestTokens tokens;

    @Suite
    KafkaTestCluster kafka;

    @Suite
    TestDatabase database;

    static LocalDate today() {
        return LocalDate.now(Clocks.ZURICH);
    }

    static Map<String, Object> answer(SituationTopic topic, String text) {
        Map<String, Object> answer = new HashMap<>(Map.of("topic", topic.name(), "text", text));
        if (topic.needsSince()) {
            answer.put("since", "2024-03-01");
        }
        return answer;
    }

    static List<Map<String, Object>> answers(List<SituationTopic> topics) {
        List<Map<String, Object>> answers = new ArrayList<>();
        topics.forEach(t -> answers.add(answer(t, "Antwort des Sozialhilfeorgans zu " + t.name())));
        return answers;
    }

    @Test
    @DisplayName("IZ-04 the social office answers the ten topics, the institutions add their facts, the coordinator "
            + "records the client's view and issues the report (JSON and PDF) to every member; SituationReportIssued "
            + "reaches Kafka with ids only")
    void situationAnalysis() throws Exception {
        CaseFixture fixture = new CaseFixture(tokens);
        CaseFixture.Case c = fixture.activeCase("RAV", "IV");
        List<SituationTopic> all = List.of(SituationTopic.values());

        fixture.caseworker(c.caseManager()).body(Map.of("answers", answers(all.subList(0, 9))))
                .put(path(c, "/situation/questionnaire")).then().statusCode(200)
                .body("questionnaire", hasSize(10))
                .body("questionnaire[0].since", equalTo("2024-03-01"))
                .body("questionnaire[0].source", equalTo("Sozialhilfeorgan"))
                .body("missingTopics", equalTo(List.of("CONCERNS_FOR_NETWORK")))
                .body("readyToIssue", equalTo(false));
        fixture.partner(c.institution()).body(Map.of("text", "Beim RAV seit 2025 gemeldet, 12 Bewerbungen pro Monat."))
                .post(path(c, "/situation/facts")).then().statusCode(201)
                .body("source", equalTo(c.institution()));
        fixture.partner(c.institutions().get(1)).body(Map.of("text", "IV-Anmeldung 2023, Frühintervention abgeschlossen."))
                .post(path(c, "/situation/facts")).then().statusCode(201);

        fixture.coordinator().post(path(c, "/situation/reports")).then().statusCode(409)
                .contentType("application/problem+json").body("rule", equalTo("IZ-04"))
                .body("missingTopics", equalTo(List.of("CONCERNS_FOR_NETWORK")));
        assertThat(outboxRows(c)).as("a refused report publishes nothing").isZero();
        assertThat(CaseWork.count(database, "select count(*) from iiz_situation_report where case_id = ?",
                java.util.UUID.fromString(c.id()))).isZero();

        fixture.caseworker(c.caseManager()).body(Map.of("answers", List.of(
                        answer(SituationTopic.CONCERNS_FOR_NETWORK, "Keine besonderen Anliegen."))))
                .put(path(c, "/situation/questionnaire")).then().statusCode(200)
                .body("missingTopics", hasSize(0)).body("factCount", equalTo(2)).body("readyToIssue", equalTo(true));
        fixture.coordinator().body(Map.of("talkOn", today().toString(), "text", "Ich möchte im Verkauf arbeiten."))
                .put(path(c, "/situation/client-view")).then().statusCode(200)
                .body("clientView.talkOn", equalTo(today().toString()));

        String reportId = fixture.coordinator().post(path(c, "/situation/reports")).then().statusCode(201)
                .body("version", equalTo(1)).extract().path("id");
        String sha = fixture.partner(c.institutions().get(1)).get(path(c, "/situation/reports")).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(reportId)).extract().path("items[0].documentSha256");

        fixture.caseworker(c.caseManager()).get(path(c, "/situation/reports/" + reportId)).then().statusCode(200)
                .body("caseId", equalTo(c.id())).body("personId", equalTo(c.personId()))
                .body("questionnaire", hasSize(10))
                .body("questionnaire[9].answer", equalTo("Keine besonderen Anliegen."))
                .body("facts.source", equalTo(List.of(c.institution(), c.institutions().get(1))))
                .body("clientView.text", equalTo("Ich möchte im Verkauf arbeiten."));
        byte[] pdf = fixture.partner(c.institution()).get(path(c, "/situation/reports/" + reportId + "/document"))
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(Sha256.of(pdf)).isEqualTo(sha);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Situationsbeschreibung",
                    "Keine besonderen Anliegen.", "IV-Anmeldung 2023", "Ich möchte im Verkauf arbeiten.");
        }

        assertThat(outboxRows(c)).isEqualTo(1);
        try (TopicReader reader = kafka.reader("iiz.situation")) {
            List<ConsumerRecord<String, String>> records = reader.await(r -> c.id().equals(r.key()), 1,
                    Duration.ofSeconds(10));
            JsonNode event = EventJson.MAPPER.readTree(records.getFirst().value());
            assertThat(event.path("type").asText()).isEqualTo(TYPE);
            assertThat(event.path("data").path("reportId").asText()).isEqualTo(reportId);
            assertThat(event.path("data").path("socialOffice").asText()).isEqualTo(c.socialOffice());
            assertThat(event.path("data").path("documentSha256").asText()).isEqualTo(sha);
            assertThat(records.getFirst().value()).as("no case content in the event")
                    .doesNotContain("Verkauf").doesNotContain("Bewerbungen").doesNotContain("Anliegen")
                    .doesNotContain(c.caseManager());
        }
        assertThat(CaseWork.auditActions(database, c.personId(), "situation-report"))
                .containsExactly("CREATE", "READ", "READ", "READ");
    }

    private long outboxRows(CaseFixture.Case c) throws Exception {
        return CaseWork.count(database, "select count(*) from outbox_event where topic = 'iiz.situation' "
                + "and message_key = ?", c.id());
    }

    @Test
    @DisplayName("IZ-04 a partner institution adds facts but does not answer the social office's questionnaire; "
            + "no facts means no report; the client's view needs a past talk")
    void whoAnswersWhat() {
        CaseFixture fixture = new CaseFixture(tokens);
        CaseFixture.Case c = fixture.activeCase("RAV");
        fixture.partner(c.institution()).body(Map.of("answers", answers(List.of(SituationTopic.SUPPORT_SYSTEMS))))
                .put(path(c, "/situation/questionnaire")).then().statusCode(403).body("rule", equalTo("IZ-04"));
        fixture.coordinator().body(Map.of("answers", answers(List.of(SituationTopic.values()))))
                .put(path(c, "/situation/questionnaire")).then().statusCode(200)
                .body("questionnaire[1].source", equalTo("iiz-Koordination"));
        fixture.coordinator().post(path(c, "/situation/reports")).then().statusCode(409).body("rule", equalTo("IZ-04"))
                .body("detail", containsString("facts"));
        fixture.coordinator().body(Map.of("talkOn", today().plusDays(1).toString(), "text", "x"))
                .put(path(c, "/situation/client-view")).then().statusCode(400).body("errors[0].field", equalTo("talkOn"));
        fixture.coordinator().body(Map.of("answers", List.of(Map.of("topic", "ON_ASSISTANCE_SINCE", "text", "lange"),
                        Map.of("topic", "NO_SUCH_TOPIC", "text", "x"))))
                .put(path(c, "/situation/questionnaire")).then().statusCode(400)
                .body("errors[0].field", containsString("topic"));
        fixture.coordinator().get(path(c, "/situation")).then().statusCode(200)
                .body("clientView", nullValue()).body("latestReportVersion", nullValue());
    }
}
