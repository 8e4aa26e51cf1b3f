package ch.so.integration.iiz.iizcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ch.so.integration.iiz.IizTestResource;
import ch.so.integration.platform.events.EventJson;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import ch.so.integration.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@IizTestResource
class CaseFlowApiTest {

    static final String BASE = CaseFixture.BASE;
    static final String TOPIC = "iiz.case";

    @Suite
    TestTokens tokens;

    @Suite
    KafkaTestCluster kafka;

    @Suite
    TestDatabase database;

    private CaseFixture fixture() {
        return new CaseFixture(tokens);
    }

    private static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private List<String> column(String sql, String caseId) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = database.asOwner(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, UUID.fromString(caseId));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    @Test
    @DisplayName("IZ-03, IZ-01, IZ-06, IZ-05, IZ-10: a 1b registration through closure; the social office is informed "
            + "first, every document the institutions provided is deleted for good, the deletion log keeps ids and "
            + "hashes, the Vollmacht lapses, the client letter is a PDF and IizCaseClosed is published")
    void partnerRegistrationThroughClosure() throws Exception {
        CaseFixture f = fixture();
        String rav = CaseFixture.unique("RAV");
        String iv = CaseFixture.unique("IV");
        String office = CaseFixture.unique("SOZIALREGION");
        String manager = CaseFixture.unique("cm").toLowerCase();
        String personId = UUID.randomUUID().toString();
        String description = "Fallschilderung " + UUID.randomUUID();

        // 1b: the RAV registers; its specialist is the first team member
        String id = f.partner(rav).body(Map.of("personId", personId, "registrationPath", "PARTNER_INSTITUTION",
                        "socialOffice", office, "caseDescription", description, "mandate", "Arbeitsintegration klären"))
                .post(BASE).then().statusCode(201)
                .body("status", equalTo("REGISTERED")).body("registeringInstitution", equalTo(rav))
                .body("team.institution", contains(rav)).extract().path("id");

        // the coordinator assembles the team and leads it
        f.coordinator().body(Map.of("members", List.of(Map.of("institution", rav, "specialist", "anna.rav"),
                        Map.of("institution", iv, "specialist", "beat.iv")), "caseManager", manager))
                .put(BASE + "/" + id + "/team").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("coordinator", equalTo("dev-iiz-coordinator"))
                .body("team.institution", containsInAnyOrder(rav, iv)).body("caseManager", equalTo(manager));

        // IZ-01: no Vollmacht yet, no data for the team
        f.partner(iv).get(BASE + "/" + id).then().statusCode(403).body("rule", equalTo("IZ-01"));
        String poa = f.recordPowerOfAttorney(id, List.of(rav, iv, office));
        f.partner(iv).get(BASE + "/" + id).then().statusCode(200).body("caseDescription", equalTo(description));

        // IZ-06: the case manager asks, the coordinator grants
        f.caseworker(manager).get(BASE + "/" + id).then().statusCode(404);
        f.caseworker(manager).post(BASE + "/" + id + "/case-manager-access/request").then().statusCode(200)
                .body("caseManagerAccess", equalTo("REQUESTED"));
        f.coordinator().post(BASE + "/" + id + "/case-manager-access/grant").then().statusCode(200)
                .body("caseManagerAccess", equalTo("GRANTED"));
        f.caseworker(manager).get(BASE + "/" + id).then().statusCode(200);

        // the institutions share a document in the case space
        byte[] document = pdf();
        String documentId = f.partner(iv).contentType("application/pdf").queryParam("name", "Bericht-IV.pdf")
                .body(document).post(BASE + "/" + id + "/documents").then().statusCode(201).extract().path("id");

        // IZ-05: recommendation with case closure
        f.coordinator().body(Map.of("decision", "RECOMMENDATION_WITH_CLOSURE",
                        "recommendation", "Anmeldung bei der IV-Stelle zur Frühintervention"))
                .post(BASE + "/" + id + "/decision").then().statusCode(200)
                .body("decision", equalTo("RECOMMENDATION_WITH_CLOSURE"));

        // IZ-10: not before the social office is informed
        f.coordinator().body(Map.of("reason", "MANDATE_FULFILLED")).post(BASE + "/" + id + "/closure")
                .then().statusCode(409).body("rule", equalTo("IZ-10"));
        assertThat(column("select status from iiz_case where id = ?", id)).containsExactly("ACTIVE");
        assertThat(column("select id::text from iiz_case_document where case_id = ?", id)).containsExactly(documentId);

        f.coordinator().post(BASE + "/" + id + "/closure-announcement").then().statusCode(200)
                .body("closureAnnouncedOn", notNullValue());
        // IZ-10: once (no second notification, no second event: the event check below counts them)
        f.coordinator().post(BASE + "/" + id + "/closure-announcement").then().statusCode(409)
                .body("rule", equalTo("IZ-10"));
        assertThat(column("select recipient || ':' || kind from iiz_case_notification where case_id = ?", id))
                .containsExactly(office + ":CLOSURE_ANNOUNCED");

        f.coordinator().body(Map.of("reason", "MANDATE_FULFILLED")).post(BASE + "/" + id + "/closure")
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("closureReason",
                        equalTo("MANDATE_FULFILLED")).body("caseDescription", nullValue()).body("mandate", nullValue());

        // the content is gone for good: rows and stored bytes
        assertThat(column("select id::text from iiz_case_document where case_id = ?", id)).isEmpty();
        assertThat(column("select document_id::text from iiz_case_document_content where document_id = ?", documentId))
                .isEmpty();
        assertThat(column("select coalesce(case_description, '') || coalesce(mandate, '') || coalesce(recommendation, '')"
                + " from iiz_case where id = ?", id)).containsExactly("");
        // the deletion log: what, when, by whom; ids and hashes only
        assertThat(column("select kind || ':' || item_id || ':' || sha256 || ':' || deleted_by from iiz_deletion_log "
                + "where case_id = ?", id)).contains(
                "document:" + documentId + ":" + sha256(document) + ":dev-iiz-coordinator",
                "case-description:" + id + ":" + CaseFixture.textHash(description) + ":dev-iiz-coordinator");
        assertThat(String.join(" ", column("select kind || item_id || sha256 from iiz_deletion_log where case_id = ?",
                id))).doesNotContain("Fallschilderung").doesNotContain("Frühintervention");
        f.coordinator().get(BASE + "/" + id + "/deletion-log").then().statusCode(200)
                .body("items.kind", hasItems("document", "case-description", "mandate", "recommendation"));

        // the Vollmacht lapsed; nobody but the iiz office sees the case any more
        f.coordinator().get(BASE + "/" + id + "/powers-of-attorney").then().statusCode(200)
                .body("[0].id", equalTo(poa)).body("[0].state", equalTo("LAPSED"));
        f.partner(iv).get(BASE + "/" + id).then().statusCode(404);
        f.caseworker(manager).get(BASE + "/" + id).then().statusCode(404);
        f.partner(iv).get(BASE + "/" + id + "/documents/" + documentId).then().statusCode(404);
        f.coordinator().post(BASE + "/" + id + "/closure-announcement").then().statusCode(404);

        // the client letter about the lapsed Vollmacht
        byte[] letter = f.coordinator().get(BASE + "/" + id + "/lapse-letter").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument pdf = Loader.loadPDF(letter)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Vollmacht").contains("erloschen").contains(id)
                    .contains("Auftrag an das iiz-Netzwerk ist erfüllt").doesNotContain(description);
        }

        // events on iiz.case, in order, without case content
        try (TopicReader reader = kafka.reader(TOPIC)) {
            List<ConsumerRecord<String, String>> records = reader.await(r -> id.equals(r.key()), 4,
                    Duration.ofSeconds(15));
            List<String> types = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                JsonNode event = EventJson.MAPPER.readTree(record.value());
                types.add(event.path("type").asText());
                assertThat(record.value()).doesNotContain(description).doesNotContain("Frühintervention")
                        .doesNotContain(manager);
            }
            assertThat(types).containsExactly("ch.so.integration.iiz.iiz-case-registered.v1",
                    "ch.so.integration.iiz.iiz-case-decided.v1", "ch.so.integration.iiz.iiz-case-closure-announced.v1",
                    "ch.so.integration.iiz.iiz-case-closed.v1");
            JsonNode closed = EventJson.MAPPER.readTree(records.get(3).value()).path("data");
            assertThat(closed.path("reason").asText()).isEqualTo("MANDATE_FULFILLED");
            assertThat(closed.path("personId").asText()).isEqualTo(personId);
            assertThat(closed.path("deletedItems").asInt()).isGreaterThanOrEqualTo(4);
        }
        // every read and write of the case is audited, never with content
        assertThat(column("select action from audit_log where resource_type = 'iiz-case' and resource_id = ?::text",
                id)).contains("CREATE", "UPDATE", "READ");
        assertThat(column("select action from audit_log where resource_type = 'iiz-case-content' "
                + "and resource_id = ?::text", id)).containsExactlyInAnyOrder("DELETE", "READ");
    }

    @Test
    @DisplayName("IZ-02: 1a goes through the iiz specialists: a partner cannot register it, the case description and "
            + "mandate are required, the team waits for the forwarding, which happens once")
    void socialAssistanceRegistration() {
        CaseFixture f = fixture();
        String office = CaseFixture.unique("SOZIALREGION");
        Map<String, Object> request = Map.of("personId", UUID.randomUUID().toString(),
                "registrationPath", "SOCIAL_ASSISTANCE", "socialOffice", office,
                "caseDescription", "mündliche Fallschilderung", "mandate", "Standortbestimmung",
                "requiredDocuments", List.of("Lebenslauf", "Unterstützungsbudget"));
        f.partner(CaseFixture.unique("RAV")).body(request).post(BASE).then().statusCode(403)
                .body("rule", equalTo("IZ-02"));
        f.coordinator().body(Map.of("personId", UUID.randomUUID().toString(), "registrationPath", "SOCIAL_ASSISTANCE",
                        "socialOffice", office)).post(BASE).then().statusCode(400)
                .body("errors.field", hasItems("caseDescription"));
        String id = f.coordinator().header("Idempotency-Key", "reg-" + office).body(request).post(BASE)
                .then().statusCode(201).body("status", equalTo("REGISTERED"))
                .body("registrationPath", equalTo("SOCIAL_ASSISTANCE")).body("registeringInstitution", equalTo(office))
                .body("requiredDocuments", contains("Lebenslauf", "Unterstützungsbudget"))
                .body("team", hasSize(0)).extract().path("id");
        f.coordinator().header("Idempotency-Key", "reg-" + office).body(request).post(BASE)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));

        Map<String, Object> team = Map.of("members", List.of(Map.of("institution", CaseFixture.unique("RAV"),
                "specialist", "s1")), "caseManager", "cm-1a");
        f.coordinator().body(team).put(BASE + "/" + id + "/team").then().statusCode(409).body("rule", equalTo("IZ-02"));
        f.coordinator().post(BASE + "/" + id + "/forwarding").then().statusCode(200)
                .body("status", equalTo("FORWARDED")).body("forwardedOn", notNullValue());
        f.coordinator().post(BASE + "/" + id + "/forwarding").then().statusCode(409).body("rule", equalTo("IZ-02"));
        f.coordinator().body(team).put(BASE + "/" + id + "/team").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    @DisplayName("IZ-03: one specialist per institution, the registering institution stays; a removed institution "
            + "loses access at once")
    void teamRules() {
        CaseFixture f = fixture();
        CaseFixture.Case c = f.activeCase("RAV", "BIZ", "LBZ");
        String rav = c.institution();
        String biz = c.institutions().get(1);
        f.coordinator().body(Map.of("members", List.of(Map.of("institution", rav, "specialist", "a"),
                        Map.of("institution", rav, "specialist", "b")), "caseManager", c.caseManager()))
                .put(BASE + "/" + c.id() + "/team").then().statusCode(409).body("rule", equalTo("IZ-03"))
                .body("institution", equalTo(rav));
        f.coordinator().body(Map.of("members", List.of(Map.of("institution", biz, "specialist", "b")),
                        "caseManager", c.caseManager()))
                .put(BASE + "/" + c.id() + "/team").then().statusCode(409).body("rule", equalTo("IZ-03"));
        f.coordinator().body(Map.of("members", List.of(), "caseManager", c.caseManager()))
                .put(BASE + "/" + c.id() + "/team").then().statusCode(400).body("errors.field", hasItems("members"));
        f.partner(biz).get(BASE + "/" + c.id()).then().statusCode(200);
        f.coordinator().body(Map.of("members", List.of(Map.of("institution", rav, "specialist", "a"),
                        Map.of("institution", c.institutions().get(2), "specialist", "c")),
                        "caseManager", c.caseManager()))
                .put(BASE + "/" + c.id() + "/team").then().statusCode(200).body("team", hasSize(2))
                .body("caseManagerAccess", equalTo("GRANTED"));
        f.partner(biz).get(BASE + "/" + c.id()).then().statusCode(404);
        f.partner(biz).get(BASE).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    @DisplayName("IZ-01: revocation and expiry cut access at once; an expired or incomplete Vollmacht is refused")
    void powerOfAttorneyCutsAccess() throws Exception {
        CaseFixture f = fixture();
        CaseFixture.Case c = f.activeCase("RAV", "IV");
        f.partner(c.institution()).get(BASE + "/" + c.id()).then().statusCode(200);
        f.caseworker(c.caseManager()).get(BASE + "/" + c.id()).then().statusCode(200);

        // expiry: the validity ends yesterday
        try (Connection connection = database.asOwner(); PreparedStatement s = connection.prepareStatement(
                "update iiz_power_of_attorney set valid_until = ?, signed_on = ? where id = ?")) {
            s.setObject(1, LocalDate.now().minusDays(1));
            s.setObject(2, LocalDate.now().minusDays(30));
            s.setObject(3, UUID.fromString(c.powerOfAttorneyId()));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        f.partner(c.institution()).get(BASE + "/" + c.id()).then().statusCode(403).body("rule", equalTo("IZ-01"));
        f.caseworker(c.caseManager()).get(BASE + "/" + c.id()).then().statusCode(403).body("rule", equalTo("IZ-01"));
        f.partner(c.institution()).get(BASE).then().statusCode(200).body("items", hasSize(0));
        f.coordinator().get(BASE + "/" + c.id() + "/powers-of-attorney").then().statusCode(200)
                .body("[0].state", equalTo("EXPIRED"));

        // a renewed Vollmacht restores access; its revocation cuts it at once
        String renewed = f.recordPowerOfAttorney(c.id(), List.of(c.institution(), c.socialOffice()));
        f.partner(c.institution()).get(BASE + "/" + c.id()).then().statusCode(200);
        f.partner(c.institutions().get(1)).get(BASE + "/" + c.id()).then().statusCode(403)
                .body("rule", equalTo("IZ-01"));
        f.coordinator().post(BASE + "/" + c.id() + "/powers-of-attorney/" + renewed + "/revocation")
                .then().statusCode(200).body("state", equalTo("REVOKED"));
        f.partner(c.institution()).get(BASE + "/" + c.id()).then().statusCode(403).body("rule", equalTo("IZ-01"));
        f.coordinator().post(BASE + "/" + c.id() + "/powers-of-attorney/" + renewed + "/revocation")
                .then().statusCode(409).body("rule", equalTo("IZ-01"));

        f.coordinator().body(Map.of("signedOn", LocalDate.now().minusYears(2).toString(),
                        "validUntil", LocalDate.now().minusDays(1).toString(), "institutions", List.of(),
                        "scanReference", " "))
                .post(BASE + "/" + c.id() + "/powers-of-attorney").then().statusCode(400)
                .body("errors.field", hasItems("validUntil", "institutions", "scanReference"));
    }

    @Test
    @DisplayName("IZ-06: only the named case manager may ask; access needs the request and the coordinator's grant")
    void caseManagerAccess() {
        CaseFixture f = fixture();
        String rav = CaseFixture.unique("RAV");
        String office = CaseFixture.unique("SOZIALREGION");
        String id = f.partner(rav).body(Map.of("personId", UUID.randomUUID().toString(),
                        "registrationPath", "PARTNER_INSTITUTION", "socialOffice", office))
                .post(BASE).then().statusCode(201).extract().path("id");
        f.coordinator().body(Map.of("members", List.of(Map.of("institution", rav, "specialist", "a")),
                "caseManager", "cm-" + office.toLowerCase())).put(BASE + "/" + id + "/team").then().statusCode(200);
        f.recordPowerOfAttorney(id, List.of(rav, office));
        f.coordinator().post(BASE + "/" + id + "/case-manager-access/grant").then().statusCode(409)
                .body("rule", equalTo("IZ-06"));
        f.caseworker("someone-else").post(BASE + "/" + id + "/case-manager-access/request").then().statusCode(404);
        f.caseworker("cm-" + office.toLowerCase()).get(BASE + "/" + id).then().statusCode(404);
        f.caseworker("cm-" + office.toLowerCase()).post(BASE + "/" + id + "/case-manager-access/request")
                .then().statusCode(200);
        f.caseworker("cm-" + office.toLowerCase()).get(BASE + "/" + id).then().statusCode(404);
        f.coordinator().post(BASE + "/" + id + "/case-manager-access/grant").then().statusCode(200);
        f.caseworker("cm-" + office.toLowerCase()).get(BASE + "/" + id).then().statusCode(200)
                .body("socialOffice", equalTo(office));
        f.partner(rav).post(BASE + "/" + id + "/case-manager-access/grant").then().statusCode(403);
    }

    @Test
    @DisplayName("IZ-05: the team decides once it is assembled, once; a recommendation with closure needs its text")
    void decision() {
        CaseFixture f = fixture();
        String rav = CaseFixture.unique("RAV");
        String id = f.partner(rav).body(Map.of("personId", UUID.randomUUID().toString(),
                        "registrationPath", "PARTNER_INSTITUTION", "socialOffice", CaseFixture.unique("SR")))
                .post(BASE).then().statusCode(201).extract().path("id");
        f.coordinator().body(Map.of("decision", "ROUND_TABLE")).post(BASE + "/" + id + "/decision")
                .then().statusCode(409).body("rule", equalTo("IZ-05"));
        f.coordinator().body(Map.of("members", List.of(Map.of("institution", rav, "specialist", "a")),
                "caseManager", "cm-x")).put(BASE + "/" + id + "/team").then().statusCode(200);
        f.coordinator().body(Map.of("decision", "RECOMMENDATION_WITH_CLOSURE")).post(BASE + "/" + id + "/decision")
                .then().statusCode(400).body("errors.field", hasItems("recommendation"));
        f.coordinator().body(Map.of("decision", "ROUND_TABLE")).post(BASE + "/" + id + "/decision")
                .then().statusCode(200).body("decision", equalTo("ROUND_TABLE")).body("decidedOn", notNullValue());
        f.coordinator().body(Map.of("decision", "RECOMMENDATION_WITH_CLOSURE", "recommendation", "x"))
                .post(BASE + "/" + id + "/decision").then().statusCode(409).body("rule", equalTo("IZ-05"))
                .body("decision", equalTo("ROUND_TABLE"));
    }
}
