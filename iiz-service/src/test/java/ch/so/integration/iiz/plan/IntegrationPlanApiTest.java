package ch.so.integration.iiz.plan;

import static ch.so.integration.iiz.casework.CaseWork.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ch.so.integration.iiz.IizTestResource;
import ch.so.integration.iiz.casework.CaseWork;
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
class IntegrationPlanApiTest {

    @Suite
    TestTokens tokens;

    @Suite
    KafkaTestCluster kafka;

    @Suite
    TestDatabase database;

    static LocalDate today() {
        return LocalDate.now(Clocks.ZURICH);
    }

    static Map<String, Object> plan(String institution, int months) {
        return Map.of("measures", List.of(
                Map.of("title", "Bewerbungscoaching", "deadline", today().plusMonths(months).toString(),
                        "responsibleInstitution", institution),
                Map.of("title", "Arztbericht einholen", "description", "für die IV-Abklärung",
                        "deadline", today().plusMonths(months + 1).toString(), "responsiblePerson", "Klientin")));
    }

    @Test
    @DisplayName("IZ-08 the coordinator drafts the plan, the team reviews it (a comment holds the signature until "
            + "revised and approved), coordinator and client sign it at the kickoff; IntegrationPlanSigned reaches Kafka")
    void draftReviewSign() throws Exception {
        CaseFixture fixture = new CaseFixture(tokens);
        CaseFixture.Case c = fixture.roundTableCase("RAV", "IV");
        fixture.coordinator().body(plan(c.institution(), 1)).post(path(c, "/plan/versions")).then().statusCode(201)
                .body("version", equalTo(1)).body("revision", equalTo(1)).body("status", equalTo("DRAFT"))
                .body("measures", hasSize(2)).body("measures[0].responsibleInstitution", equalTo(c.institution()));
        fixture.coordinator().body(plan(c.institution(), 1)).post(path(c, "/plan/versions")).then().statusCode(409)
                .body("rule", equalTo("IZ-08"));

        fixture.partner(c.institution()).body(Map.of("verdict", "APPROVED")).post(path(c, "/plan/draft/reviews"))
                .then().statusCode(200).body("approvedBy", hasSize(1));
        fixture.caseworker(c.caseManager()).body(Map.of("verdict", "COMMENTED", "comment", "Frist zu knapp"))
                .post(path(c, "/plan/draft/reviews")).then().statusCode(200)
                .body("openComments", equalTo(List.of(c.caseManager())));
        Map<String, Object> signature = Map.of("kickoffOn", today().toString(), "clientSignatory", "die Klientin");
        fixture.coordinator().body(signature).post(path(c, "/plan/draft/signature")).then().statusCode(409)
                .body("rule", equalTo("IZ-08")).body("openComments", equalTo(List.of(c.caseManager())));
        fixture.partner(c.institution()).body(signature).post(path(c, "/plan/draft/signature")).then().statusCode(403);
        assertThat(CaseWork.count(database, "select count(*) from outbox_event where topic = 'iiz.integration-plan' "
                + "and message_key = ?", c.id())).as("a refused signature publishes nothing").isZero();

        fixture.coordinator().body(plan(c.institution(), 2)).put(path(c, "/plan/draft")).then().statusCode(200)
                .body("revision", equalTo(2)).body("approvedBy", hasSize(0)).body("openComments", hasSize(0));
        fixture.caseworker(c.caseManager()).body(Map.of("verdict", "APPROVED")).post(path(c, "/plan/draft/reviews"))
                .then().statusCode(200);
        String planId = fixture.coordinator().body(signature).post(path(c, "/plan/draft/signature")).then()
                .statusCode(200).body("status", equalTo("SIGNED")).body("kickoffOn", equalTo(today().toString()))
                .body("clientSignatory", equalTo("die Klientin")).body("coordinatorSignatory", notNullValue())
                .extract().path("id");
        fixture.coordinator().body(plan(c.institution(), 2)).put(path(c, "/plan/draft")).then().statusCode(409)
                .body("rule", equalTo("IZ-08"));

        try (TopicReader reader = kafka.reader("iiz.integration-plan")) {
            List<ConsumerRecord<String, String>> records = reader.await(r -> c.id().equals(r.key()), 1,
                    Duration.ofSeconds(10));
            JsonNode event = EventJson.MAPPER.readTree(records.getFirst().value());
            assertThat(event.path("type").asText()).isEqualTo("ch.so.integration.iiz.integration-plan-signed.v1");
            assertThat(event.path("data").path("planId").asText()).isEqualTo(planId);
            assertThat(event.path("data").path("measureCount").asInt()).isEqualTo(2);
            assertThat(records.getFirst().value()).doesNotContain("Bewerbungscoaching").doesNotContain("Klientin");
        }
        assertThat(CaseWork.auditActions(database, c.personId(), "integration-plan"))
                .containsExactly("CREATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE");
    }

    @Test
    @DisplayName("IZ-08 the coordinator's own approval does not sign the plan (409 IZ-08); a partner's approval does")
    void selfApprovalIsNotEnough() {
        CaseFixture fixture = new CaseFixture(tokens);
        CaseFixture.Case c = fixture.roundTableCase("RAV");
        fixture.coordinator().body(plan(c.institution(), 1)).post(path(c, "/plan/versions")).then().statusCode(201);
        fixture.coordinator().body(Map.of("verdict", "APPROVED")).post(path(c, "/plan/draft/reviews")).then()
                .statusCode(200).body("approvedBy", hasSize(1));
        Map<String, Object> signature = Map.of("kickoffOn", today().toString(), "clientSignatory", "Klientin");
        fixture.coordinator().body(signature).post(path(c, "/plan/draft/signature")).then().statusCode(409)
                .body("rule", equalTo("IZ-08"));
        fixture.partner(c.institution()).body(Map.of("verdict", "APPROVED")).post(path(c, "/plan/draft/reviews"))
                .then().statusCode(200);
        fixture.coordinator().body(signature).post(path(c, "/plan/draft/signature")).then().statusCode(200)
                .body("status", equalTo("SIGNED"));
    }

    @Test
    @DisplayName("IZ-08 a change after signing is a new version; its signature supersedes the old one, which is kept")
    void versions() throws Exception {
        CaseFixture fixture = new CaseFixture(tokens);
        CaseFixture.Case c = fixture.roundTableCase("BIZ");
        Map<String, Object> signature = Map.of("kickoffOn", today().toString(), "clientSignatory", "Klient");
        for (int version = 1; version <= 2; version++) {
            fixture.coordinator().body(plan(c.institution(), version)).post(path(c, "/plan/versions")).then()
                    .statusCode(201).body("version", equalTo(version));
            fixture.partner(c.institution()).body(Map.of("verdict", "APPROVED")).post(path(c, "/plan/draft/reviews"))
                    .then().statusCode(200);
            fixture.coordinator().body(signature).post(path(c, "/plan/draft/signature")).then().statusCode(200);
        }
        fixture.caseworker(c.caseManager()).get(path(c, "/plan")).then().statusCode(200)
                .body("version", equalTo(2)).body("status", equalTo("SIGNED"));
        fixture.partner(c.institution()).get(path(c, "/plan/versions")).then().statusCode(200)
                .body("items.version", equalTo(List.of(2, 1))).body("items.status", equalTo(List.of("SIGNED", "SUPERSEDED")))
                .body("items[1].measures[0].deadline", equalTo(today().plusMonths(1).toString()));
        fixture.coordinator().get(path(c, "/plan/versions/1")).then().statusCode(200)
                .body("status", equalTo("SUPERSEDED")).body("supersededAt", notNullValue());
        fixture.coordinator().get(path(c, "/plan/versions/3")).then().statusCode(404);
        byte[] pdf = fixture.partner(c.institution()).get(path(c, "/plan/versions/2/document")).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Integrationsplan",
                    "Version 2", "Bewerbungscoaching", c.institution(), "Klientin", "Koordinationsperson",
                    "Klient", today().plusMonths(2).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        }
        fixture.coordinator().body(Map.of("measures", List.of(Map.of("title", "x",
                        "deadline", today().minusDays(1).toString())))).post(path(c, "/plan/versions")).then()
                .statusCode(400).body("errors.field", equalTo(List.of("measures[0].deadline",
                        "measures[0].responsibleInstitution")));
        assertThat(CaseWork.count(database, "select count(*) from iiz_plan where case_id = ?",
                java.util.UUID.fromString(c.id()))).isEqualTo(2);
    }
}
