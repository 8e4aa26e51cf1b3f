package ch.so.integration.segmentation.integrationcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ch.so.integration.platform.config.Clocks;
import ch.so.integration.platform.events.EventJson;
import ch.so.integration.segmentation.IntakeEvents;
import ch.so.integration.segmentation.SegmentationTestResource;
import ch.so.integration.segmentation.document.PdfDocument;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import ch.so.integration.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The whole journey through REST, PostgreSQL and Kafka: a person intake registered, process 2010, the initial
 * segmentation, goal agreements, two reviews (the second changes the segment), professional integration, aftercare
 * and closure. The dates lie in the past so that the 6-month periods can be walked today.
 */
@QuarkusTest
@SegmentationTestResource
class IntegrationJourneyApiTest {

    static final String TOPIC = "segmentation.case";
    static final String TYPE = "ch.so.integration.segmentation.";

    @Suite
    TestTokens tokens;

    @Suite
    KafkaTestCluster kafka;

    @Suite
    TestDatabase database;

    @Test
    @DisplayName("SG-01 SG-02 SG-04 SG-05 SG-06 SG-07 SG-08 SG-09 SG-10 a case goes from intake through segmentation, "
            + "goal agreements, two reviews with a segment change, integration, aftercare and closure; the events "
            + "reach Kafka in order")
    void journey() throws Exception {
        CaseApi api = new CaseApi(tokens);
        LocalDate t = LocalDate.now(Clocks.ZURICH);
        UUID person = IntakeEvents.registerPerson(kafka, database);

        String caseId = api.open(person, "Untergäu", "sa-journey", t.minusDays(700));
        api.get("/cases/" + caseId).statusCode(200).body("status", equalTo("INTAKE"))
                .body("proposedSegment", equalTo("O")).body("nextIntakeStep", equalTo("FIRST_COUNSELLING"));
        api.intake(caseId, t.minusDays(699), true);

        // SG-01..SG-04: initial segmentation into O, valid 6 months, review due 14 days before
        LocalDate decided = t.minusDays(695);
        api.post("/cases/" + caseId + "/segmentation", CaseApi.decision("O", decided,
                        "\"UNCLEAR_SITUATION\",\"HEALTH\"")).statusCode(200)
                .body("status", equalTo("ACTIVE")).body("segment", equalTo("O")).body("entitled", equalTo(true))
                .body("segmentValidUntil", equalTo(decided.plusMonths(6).toString()))
                .body("reviewDueOn", equalTo(decided.plusMonths(6).minusDays(14).toString()))
                .body("goalAgreementDue", equalTo(true));

        // SG-05: measures O admits; IV contact is excluded in V and will be listed at the move
        api.post("/cases/" + caseId + "/measures", """
                {"type":"IN_DEPTH_POTENTIAL_ASSESSMENT","startDate":"%s"}""".formatted(t.minusDays(690)))
                .statusCode(200);
        String ivContact = api.post("/cases/" + caseId + "/measures", """
                {"type":"IV_CONTACT","startDate":"%s"}""".formatted(t.minusDays(690)))
                .statusCode(200).extract().path("measures.find { it.type == 'IV_CONTACT' }.id");

        // SG-06: the first goal agreement, printed, signed, scanned and filed
        String[] first = api.agreement(caseId, t.minusDays(694));
        api.get("/cases/" + caseId).statusCode(200).body("goalAgreementDue", equalTo(false));
        byte[] printed = api.as("caseworker").get(CaseApi.ROOT + "/goal-agreements/" + first[0] + "/document")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (var pdf = Loader.loadPDF(printed)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Zielvereinbarung", "Tagesstruktur aufbauen",
                    "Drei Halbtage pro Woche", "Unterschriften");
        }
        api.as("caseworker").contentType("application/pdf").body(printed)
                .put(CaseApi.ROOT + "/goal-agreements/" + first[0] + "/scan")
                .then().statusCode(200).body("status", equalTo("FILED"))
                .body("scan.documentType", equalTo("ZIELVEREINBARUNG"))
                .body("scan.sha256", equalTo(PdfDocument.sha256(printed)));

        // SG-07: review 1 keeps O; the file note is stored
        String note1 = api.post("/cases/" + caseId + "/reviews", CaseApi.review(t.minusDays(560), first, "O",
                        "\"UNCLEAR_SITUATION\""))
                .statusCode(200).body("decision.kind", equalTo("CONFIRMED")).body("goalEvaluations", hasSize(2))
                .body("fileNote.documentType", equalTo("AKTENNOTIZ_STANDORTBESTIMMUNG"))
                .extract().path("fileNote.id");
        byte[] stored = api.as("caseworker").get(CaseApi.ROOT + "/cases/" + caseId + "/file-notes/" + note1)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (var pdf = Loader.loadPDF(stored)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Aktennotiz", "bleibt", "teilweise",
                    "Gute Lage im Detailhandel");
        }

        // SG-06: a new goal agreement after the review; SG-07/SG-08: review 2 moves O → V
        api.get("/cases/" + caseId).statusCode(200).body("goalAgreementDue", equalTo(true));
        String[] second = api.agreement(caseId, t.minusDays(559));
        api.post("/cases/" + caseId + "/reviews", CaseApi.review(t.minusDays(420), second, "V",
                        "\"LABOUR_MARKET_ACCESS\""))
                .statusCode(200).body("decision.kind", equalTo("CHANGED"))
                .body("decision.previousSegment", equalTo("O")).body("decision.segment", equalTo("V"))
                .body("measuresToEnd", hasSize(1)).body("measuresToEnd[0].id", equalTo(ivContact));
        api.post("/cases/" + caseId + "/measures/" + ivContact + "/end", """
                {"endDate":"%s"}""".formatted(t.minusDays(419))).statusCode(200);
        api.post("/cases/" + caseId + "/measures", """
                {"type":"PLACEMENT_SUPPORT","startDate":"%s"}""".formatted(t.minusDays(418))).statusCode(200);
        api.agreement(caseId, t.minusDays(418));

        // SG-09: integration, aftercare starts with a goal agreement; SG-10: closing early is refused
        LocalDate integrated = t.minusDays(300);
        api.post("/cases/" + caseId + "/detachment", """
                {"date":"%s","reason":"PROFESSIONAL_INTEGRATION"}""".formatted(integrated)).statusCode(200)
                .body("status", equalTo("AFTERCARE"))
                .body("aftercareEndsOn", equalTo(integrated.plusMonths(6).toString()));
        api.post("/cases/" + caseId + "/closure", """
                {"closedOn":"%s"}""".formatted(t.minusDays(200))).statusCode(409).body("rule", equalTo("SG-10"));
        String[] aftercare = api.agreement(caseId, t.minusDays(299));
        api.get("/goal-agreements/" + aftercare[0]).statusCode(200).body("occasion", equalTo("AFTERCARE"));
        api.post("/cases/" + caseId + "/final-review", """
                {"heldOn":"%s","goalEvaluations":[
                   {"goalId":"%s","achievement":"FULLY","reason":"Probezeit bestanden"},
                   {"goalId":"%s","achievement":"FULLY","reason":"Budget geführt"}],
                 "situation":"Stelle gesichert","furtherSupportNeeded":true,"takenOverBy":"Schuldenberatung"}"""
                .formatted(t.minusDays(100), aftercare[1], aftercare[2])).statusCode(200)
                .body("kind", equalTo("FINAL")).body("decision", nullValue());
        api.post("/cases/" + caseId + "/closure", """
                {"closedOn":"%s"}""".formatted(t.minusDays(99))).statusCode(200).body("status", equalTo("CLOSED"));

        api.get("/cases/" + caseId).statusCode(200).body("decisions.segment", equalTo(List.of("O", "O", "V")))
                .body("reviews", hasSize(3)).body("reviewDueOn", nullValue());

        try (TopicReader reader = kafka.reader(TOPIC)) {
            List<ConsumerRecord<String, String>> records = reader.await(r -> caseId.equals(r.key())
                    && r.value().contains(TYPE + "case-closed.v1"), 1, Duration.ofSeconds(15));
            assertThat(records).hasSize(1);
            List<JsonNode> events = reader.readToEnd().stream().filter(r -> caseId.equals(r.key()))
                    .map(r -> read(r.value())).filter(e -> !e.path("type").asText().contains("review-due"))
                    .toList();
            assertThat(events).extracting(e -> e.path("type").asText().substring(TYPE.length()))
                    .containsExactly("case-opened.v1", "segment-assigned.v1", "segment-confirmed.v1",
                            "segment-changed.v1", "case-detached.v1", "case-closed.v1");
            assertThat(events.get(2).path("data").path("fileNoteId").asText()).isEqualTo(note1);
            assertThat(events.get(2).path("data").path("fileNoteSha256").asText())
                    .isEqualTo(PdfDocument.sha256(stored));
            assertThat(events.get(3).path("data").path("from").asText()).isEqualTo("O");
            assertThat(events.get(3).path("data").path("to").asText()).isEqualTo("V");
            assertThat(events.get(3).path("data").path("measuresToEnd").get(0).path("type").asText())
                    .isEqualTo("IV_CONTACT");
            assertThat(events.get(4).path("data").path("reason").asText()).isEqualTo("PROFESSIONAL_INTEGRATION");
            assertThat(events.get(5).path("data").path("personId").asText()).isEqualTo(person.toString());
            for (JsonNode event : events) {
                assertThat(event.toString()).as("no free text in events").doesNotContain("Handlungsbedarf")
                        .doesNotContain("Gesundheit").doesNotContain("sa-journey");
            }
        }
    }

    private static JsonNode read(String json) {
        try {
            return EventJson.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
