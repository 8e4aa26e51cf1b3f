package ch.so.integration.billing.invoice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ch.so.integration.billing.BillingTestResource;
import ch.so.integration.platform.events.EventJson;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestTokens;
import ch.so.integration.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The monthly run through REST, PostgreSQL and Kafka: participations from intake's real events, the provider's
 * records, the run, the documents, the events, the corrections, the open items.
 */
@QuarkusTest
@BillingTestResource
class InvoiceRunApiTest {

    static final Path INTAKE_EVENTS = Path.of("../intake-service/src/test/resources/events");
    static final String QR_IBAN = "CH44 3199 9123 0008 8901 2";

    @Suite
    TestTokens tokens;

    @Suite
    KafkaTestCluster kafka;

    private RequestSpecification as(String role) {
        return given().header("Authorization", tokens.bearer(role)).contentType(ContentType.JSON);
    }

    private RequestSpecification partner(String institution) {
        return given().header("Authorization", tokens.bearerForPartner(institution)).contentType(ContentType.JSON);
    }

    /** A provider registered as creditor with a QR-IBAN; its ids. */
    record Provider(UUID intakeProviderId, String creditorId, String institution) {
    }

    private Provider provider() {
        UUID intakeProvider = UUID.randomUUID();
        String institution = "PROV-" + intakeProvider.toString().substring(0, 8);
        String creditor = as("billing").body("""
                {"kind":"AMI_PROVIDER","intakeProviderId":"%s","institutionId":"%s","name":"Werkstatt %s",
                 "address":{"street":"Industriestrasse","houseNumber":"7","postalCode":"4600","town":"Olten",
                            "country":"CH"},"iban":"%s"}""".formatted(intakeProvider, institution, institution, QR_IBAN))
                .post("/api/billing/creditors").then().statusCode(201).extract().path("id");
        return new Provider(intakeProvider, creditor, institution);
    }

    private static ObjectNode pinned(String file, String subject) throws Exception {
        ObjectNode event = (ObjectNode) EventJson.MAPPER.readTree(Files.readString(INTAKE_EVENTS.resolve(file)));
        event.put("id", UUID.randomUUID().toString()).put("subject", subject);
        return event;
    }

    private void send(String topic, ObjectNode event) throws Exception {
        kafka.send(topic, event.get("subject").asText(), EventJson.MAPPER.writeValueAsString(event));
    }

    /**
     * An active Qualifizierung placement (CHF 80 a day) of the provider from {@code entry}, financed by a KGS of the
     * social office (granted with {@code kgsNumber}, or only requested when null), scheduled 5 days × 8 h.
     */
    private String placement(Provider provider, String officialName, String entry, String kgsNumber)
            throws Exception {
        String placement = UUID.randomUUID().toString();
        String person = UUID.randomUUID().toString();
        String instrument = UUID.randomUUID().toString();
        ObjectNode created = pinned("placement-created-ami.v1.json", placement);
        ObjectNode data = (ObjectNode) created.get("data");
        data.put("placementId", placement).put("personId", person).put("startDate", entry);
        ((ObjectNode) data.get("programme")).put("providerId", provider.intakeProviderId().toString());
        ((ObjectNode) data.get("participant")).put("officialName", officialName);
        send("intake.placement", created);
        ObjectNode activated = pinned("placement-activated.v1.json", placement);
        ((ObjectNode) activated.get("data")).put("placementId", placement).put("personId", person)
                .put("type", "AMI_PROGRAMME").put("startDate", entry);
        send("intake.placement", activated);
        ObjectNode requested = pinned("financing-instrument-requested.v1.json", instrument);
        ((ObjectNode) requested.get("data")).put("instrumentId", instrument).put("placementId", placement)
                .put("personId", person).put("neededFrom", entry);
        send("intake.financing-instrument", requested);
        if (kgsNumber != null) {
            grant(placement, person, instrument, kgsNumber);
        }
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                as("billing").get("/api/billing/participations/" + placement).then().statusCode(200)
                        .body("entryDate", equalTo(entry)).body("financing", hasSize(1))
                        .body("financing[0].status", equalTo(kgsNumber == null ? "REQUESTED" : "GRANTED")));
        partner(provider.institution()).body("{\"daysPerWeek\":5,\"hoursPerDay\":\"8\"}")
                .put("/api/billing/participations/" + placement + "/schedule").then().statusCode(200);
        return placement + "|" + person + "|" + instrument;
    }

    private void grant(String placement, String person, String instrument, String number) throws Exception {
        ObjectNode granted = pinned("financing-instrument-granted.v1.json", instrument);
        ((ObjectNode) granted.get("data")).put("instrumentId", instrument).put("placementId", placement)
                .put("personId", person).put("number", number).put("validFrom", "2026-01-01").putNull("validTo");
        send("intake.financing-instrument", granted);
    }

    private void records(Provider provider, String placement, String month, String body) {
        partner(provider.institution()).body(body)
                .put("/api/billing/participations/" + placement + "/records/" + month).then().statusCode(200);
    }

    private ExtractableResponse<Response> run(String creditorId, String month) {
        return as("billing").body("{\"creditorId\":\"%s\",\"month\":\"%s\"}".formatted(creditorId, month))
                .post("/api/billing/runs").then().statusCode(200).extract();
    }

    private static String id(String triple) {
        return triple.substring(0, triple.indexOf('|'));
    }

    @Test
    @DisplayName("AM-07 AM-05 a provider's month: one invoice per debtor with each line's rule and arithmetic, a PDF with "
            + "QR-bill, InvoiceIssued on Kafka; running it again issues nothing; a late record gives a correction")
    void runAMonth() throws Exception {
        Provider provider = provider();
        String anna = id(placement(provider, "Annalena", "2026-03-09", "KGS-2026-0412"));
        String ben = id(placement(provider, "Bernhard", "2026-03-16", "KGS-2026-0413"));
        // entry month: actual days; a day under 4 h at 70 %
        records(provider, anna, "2026-03", """
                {"days":[{"date":"2026-03-09","hours":8},{"date":"2026-03-10","hours":8},{"date":"2026-03-11","hours":3.5}]}""");
        records(provider, ben, "2026-03", "{\"days\":[{\"date\":\"2026-03-16\",\"hours\":8}]}");

        try (TopicReader reader = kafka.reader("billing.invoice")) {
            ExtractableResponse<Response> first = run(provider.creditorId(), "2026-03");
            assertThat(first.<List<Object>>path("issued")).hasSize(1);
            assertThat(first.<String>path("issued[0].kind")).isEqualTo("INVOICE");
            assertThat(first.<String>path("issued[0].debtorName")).isEqualTo("Sozialregion Oberer Leberberg");
            assertThat(first.<Float>path("issued[0].total")).isEqualTo(296.0f); // 2 × 80 + 56 + 80
            assertThat(first.<List<Object>>path("openItems")).isEmpty();
            String invoiceId = first.path("issued[0].id");
            String number = first.path("issued[0].number");
            assertThat(number).matches("\\d{4}-\\d{6}");

            as("billing").get("/api/billing/invoices/" + invoiceId).then().statusCode(200)
                    .body("lines.rule", hasItem("AM-07"))
                    .body("lines.find { it.text.contains('unter 4 h') }.amount", equalTo(56.0f))
                    .body("lines.reference", hasItem("KGS-2026-0412"))
                    .body("total", equalTo(296.0f)).body("rounding", equalTo(0.0f))
                    .body("qrReference", org.hamcrest.Matchers.matchesPattern("\\d{27}"));

            byte[] pdf = as("billing").accept("application/pdf").get("/api/billing/invoices/" + invoiceId + "/document")
                    .then().statusCode(200).header("ETag", startsWith("\"")).extract().asByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains(number).contains("Sozialregion Oberer Leberberg").contains("296.00")
                        .contains("Empfangsschein").contains("Zahlteil");
            }

            // a second run of the unchanged month issues nothing
            assertThat(run(provider.creditorId(), "2026-03").<List<Object>>path("issued")).isEmpty();
            as("billing").queryParam("creditorId", provider.creditorId()).get("/api/billing/invoices").then()
                    .statusCode(200).body("totalItems", equalTo(1));

            // a late record (after invoicing) gives a correction invoice that refers to the original
            records(provider, ben, "2026-03", """
                    {"days":[{"date":"2026-03-16","hours":8},{"date":"2026-03-17","hours":8}]}""");
            ExtractableResponse<Response> later = run(provider.creditorId(), "2026-03");
            assertThat(later.<String>path("issued[0].kind")).isEqualTo("CORRECTION");
            assertThat(later.<String>path("issued[0].correctsNumber")).isEqualTo(number);
            assertThat(later.<Float>path("issued[0].total")).isEqualTo(80.0f);
            String correction = later.path("issued[0].number");
            assertThat(sequence(correction)).as("gapless numbers").isGreaterThan(sequence(number));

            List<ConsumerRecord<String, String>> events = reader.await(r -> r.key().equals(invoiceId)
                    || r.value().contains(correction), 2, Duration.ofSeconds(20));
            // two keys, maybe two partitions: no order between them
            JsonNode issued = EventJson.MAPPER.readTree(events.stream().filter(r -> r.key().equals(invoiceId))
                    .findFirst().orElseThrow().value());
            assertThat(issued.get("type").asText()).isEqualTo("ch.so.integration.billing.invoice-issued.v1");
            assertThat(issued.get("data").get("total").asText()).isEqualTo("296.00");
            assertThat(issued.toString()).as("no participant names in events").doesNotContain("Annalena")
                    .doesNotContain("Bernhard");
            JsonNode corrected = EventJson.MAPPER.readTree(events.stream().filter(r -> !r.key().equals(invoiceId))
                    .findFirst().orElseThrow().value());
            assertThat(corrected.get("type").asText()).isEqualTo("ch.so.integration.billing.invoice-corrected.v1");
            assertThat(corrected.get("data").get("correctsInvoiceId").asText()).isEqualTo(invoiceId);
        }

        // exports of the month: CSV and XLSX with every line, the original and the correction
        String csv = new String(as("billing").queryParam("month", "2026-03").queryParam("creditorId",
                        provider.creditorId()).get("/api/billing/invoices/export.csv").then().statusCode(200).extract()
                .asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains("Annalena").contains("CORRECTION");
        byte[] xlsx = as("billing").queryParam("month", "2026-03").queryParam("creditorId", provider.creditorId())
                .get("/api/billing/invoices/export.xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(2);
        }
    }

    private static int sequence(String number) {
        return Integer.parseInt(number.substring(5));
    }

    @Test
    @DisplayName("AM-06 without benefits the canton pays 50 %, the participant the rest on an invoice of their own; "
            + "the participant's invoice event carries no name")
    void cantonSubsidy() throws Exception {
        Provider provider = provider();
        String placement = UUID.randomUUID().toString();
        String person = UUID.randomUUID().toString();
        String instrument = UUID.randomUUID().toString();
        ObjectNode created = pinned("placement-created-ami.v1.json", placement);
        ObjectNode data = (ObjectNode) created.get("data");
        data.put("placementId", placement).put("personId", person).put("startDate", "2026-02-02");
        ((ObjectNode) data.get("programme")).put("providerId", provider.intakeProviderId().toString());
        ((ObjectNode) data.get("participant")).put("officialName", "Selbstzahlerin");
        send("intake.placement", created);
        ObjectNode activated = pinned("placement-activated.v1.json", placement);
        ((ObjectNode) activated.get("data")).put("placementId", placement).put("personId", person)
                .put("type", "AMI_PROGRAMME").put("startDate", "2026-02-02");
        send("intake.placement", activated);
        ObjectNode requested = pinned("financing-instrument-requested.v1.json", instrument);
        ((ObjectNode) requested.get("data")).put("instrumentId", instrument).put("placementId", placement)
                .put("personId", person).put("instrument", "CANTON_SUBSIDY").put("debtor", "CANTON_AND_PARTICIPANT")
                .put("debtorName", "Kanton Solothurn und Teilnehmer/in").put("participantSharePercent", 50)
                .put("neededFrom", "2026-02-02").put("rule", "AM-06");
        send("intake.financing-instrument", requested);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                as("billing").get("/api/billing/participations/" + placement).then().statusCode(200)
                        .body("entryDate", equalTo("2026-02-02")).body("financing", hasSize(1)));
        partner(provider.institution()).body("{\"daysPerWeek\":5,\"hoursPerDay\":\"8\"}")
                .put("/api/billing/participations/" + placement + "/schedule").then().statusCode(200);

        try (TopicReader reader = kafka.reader("billing.invoice")) {
            ExtractableResponse<Response> run = run(provider.creditorId(), "2026-03"); // a full month: 21.7 × 80
            assertThat(run.<List<String>>path("issued.debtorRole")).containsExactlyInAnyOrder("CANTON", "PARTICIPANT");
            assertThat(run.<Float>path("issued.find { it.debtorRole == 'CANTON' }.total")).isEqualTo(868.0f);
            assertThat(run.<Float>path("issued.find { it.debtorRole == 'PARTICIPANT' }.total")).isEqualTo(868.0f);
            String own = run.path("issued.find { it.debtorRole == 'PARTICIPANT' }.id");
            JsonNode event = EventJson.MAPPER.readTree(reader.await(r -> r.key().equals(own), 1,
                    Duration.ofSeconds(20)).get(0).value());
            assertThat(event.get("data").get("debtorName").isNull()).isTrue();
            assertThat(event.get("data").get("debtorParticipationId").asText()).isEqualTo(placement);
            assertThat(event.toString()).doesNotContain("Selbstzahlerin");
        }
        // the canton sees its own share, not the participant's neighbours at other debtors
        as("canton").queryParam("creditorId", provider.creditorId()).get("/api/billing/invoices").then()
                .statusCode(200).body("items.debtorRole", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.in(List.of("CANTON", "AGS", "PARTICIPANT"))));
    }

    @Test
    @DisplayName("AM-05 without a granted cost approval the month is an open item, no invoice; once granted, the next "
            + "run invoices it and resolves the item")
    void openItemUntilGranted() throws Exception {
        Provider provider = provider();
        String[] ids = placement(provider, "Offen", "2026-03-09", null).split("\\|");
        records(provider, ids[0], "2026-03", "{\"days\":[{\"date\":\"2026-03-09\",\"hours\":8}]}");

        ExtractableResponse<Response> first = run(provider.creditorId(), "2026-03");
        assertThat(first.<List<Object>>path("issued")).isEmpty();
        assertThat(first.<String>path("openItems[0].rule")).isEqualTo("AM-05");
        assertThat(first.<Float>path("openItems[0].amount")).isEqualTo(80.0f);
        as("billing").queryParam("creditorId", provider.creditorId()).queryParam("status", "OPEN")
                .get("/api/billing/open-items").then().statusCode(200).body("totalItems", equalTo(1));

        grant(ids[0], ids[1], ids[2], "KGS-2026-0500");
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("billing")
                .get("/api/billing/participations/" + ids[0]).then().body("financing[0].status", equalTo("GRANTED")));
        ExtractableResponse<Response> second = run(provider.creditorId(), "2026-03");
        assertThat(second.<String>path("issued[0].kind")).isEqualTo("INVOICE");
        assertThat(second.<List<Object>>path("openItems")).isEmpty();
        as("billing").queryParam("creditorId", provider.creditorId()).queryParam("status", "RESOLVED")
                .get("/api/billing/open-items").then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    @DisplayName("AM-07 two runs of the same month at once issue one invoice, not two")
    void concurrentRuns() throws Exception {
        Provider provider = provider();
        String anna = id(placement(provider, "Parallel", "2026-03-09", "KGS-2026-0600"));
        records(provider, anna, "2026-03", "{\"days\":[{\"date\":\"2026-03-09\",\"hours\":8}]}");
        var pool = Executors.newFixedThreadPool(3);
        try {
            List<CompletableFuture<Integer>> runs = java.util.stream.IntStream.range(0, 3)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> run(provider.creditorId(), "2026-03")
                            .<List<Object>>path("issued").size(), pool)).toList();
            assertThat(runs.stream().mapToInt(CompletableFuture::join).sum()).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        as("billing").queryParam("creditorId", provider.creditorId()).get("/api/billing/invoices").then()
                .body("totalItems", equalTo(1));
    }

    @Test
    @DisplayName("AM-07 a partner runs and reads its own creditor's month only; another partner gets 404")
    void partnerScope() throws Exception {
        Provider provider = provider();
        String anna = id(placement(provider, "Eigene", "2026-03-09", "KGS-2026-0700"));
        records(provider, anna, "2026-03", "{\"days\":[{\"date\":\"2026-03-09\",\"hours\":8}]}");
        String body = "{\"creditorId\":\"%s\",\"month\":\"2026-03\"}".formatted(provider.creditorId());

        partner("PROV-OTHER").body(body).post("/api/billing/runs").then().statusCode(404);
        String invoice = partner(provider.institution()).body(body).post("/api/billing/runs").then().statusCode(200)
                .extract().path("issued[0].id");
        partner("PROV-OTHER").get("/api/billing/invoices/" + invoice).then().statusCode(404);
        partner("PROV-OTHER").queryParam("creditorId", provider.creditorId()).get("/api/billing/invoices").then()
                .statusCode(200).body("totalItems", equalTo(0));
        partner(provider.institution()).get("/api/billing/invoices/" + invoice).then().statusCode(200);
        as("caseworker").body(body).post("/api/billing/runs").then().statusCode(403);
    }

    @Test
    @DisplayName("AM-07 billing is monthly: the current month cannot be run yet; a bad request names its fields")
    void refusals() {
        Provider provider = provider();
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Europe/Zurich")).toString();
        as("billing").body("{\"creditorId\":\"%s\",\"month\":\"%s\"}".formatted(provider.creditorId(), month))
                .post("/api/billing/runs").then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("AM-07"));
        as("billing").body("{\"month\":\"2026-13\"}").post("/api/billing/runs").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("creditorId", "month"));
        as("billing").body("{\"creditorId\":\"%s\",\"month\":\"2026-03\"}".formatted(UUID.randomUUID()))
                .post("/api/billing/runs").then().statusCode(404);
        as("billing").get("/api/billing/invoices/export.csv").then().statusCode(400)
                .body("errors.field", hasItem("month"));
    }

    @Test
    @DisplayName("DC-21 DC-05 DC-09 a day-center month is billed to the AGS from the day center's closed month: flat rate "
            + "of the IBB level times the Pensum; the AGS part comes out in the Evidence export")
    void dayCenterMonthToAgs() throws Exception {
        List<java.util.Map<String, Object>> found = as("billing").queryParam("kind", "DAY_CENTER")
                .get("/api/billing/creditors").then().statusCode(200).extract().path("items");
        String dayCenter = found.isEmpty() ? as("billing").body("""
                {"kind":"DAY_CENTER","name":"Tageszentrum","address":{"street":"Weissensteinstrasse","houseNumber":"5",
                 "postalCode":"4500","town":"Solothurn","country":"CH"},"iban":"CH56 0483 5012 3456 7800 9"}""")
                .post("/api/billing/creditors").then().statusCode(201).extract().path("id")
                : (String) found.get(0).get("id");
        String placement = UUID.randomUUID().toString();
        String person = UUID.randomUUID().toString();
        String instrument = UUID.randomUUID().toString();
        ObjectNode created = pinned("placement-created.v1.json", placement);
        ((ObjectNode) created.get("data")).put("placementId", placement).put("personId", person)
                .put("startDate", "2025-06-02");
        send("intake.placement", created);
        ObjectNode activated = pinned("placement-activated.v1.json", placement);
        ((ObjectNode) activated.get("data")).put("placementId", placement).put("personId", person)
                .put("startDate", "2025-06-02");
        send("intake.placement", activated);
        ObjectNode granted = pinned("financing-instrument-granted.v1.json", instrument);
        ((ObjectNode) granted.get("data")).put("instrumentId", instrument).put("placementId", placement)
                .put("personId", person).put("instrument", "EVIDENCE_DIRECT").put("debtor", "AGS")
                .put("debtorName", "AGS Solothurn").put("number", "EV-2025-77").put("validFrom", "2025-06-02")
                .putNull("validTo");
        send("intake.financing-instrument", granted);
        ObjectNode closed = (ObjectNode) EventJson.MAPPER.readTree(Files.readString(
                Path.of("../day-center-service/src/test/resources/events/attendance-month-closed.v1.json")));
        closed.put("id", UUID.randomUUID().toString()).put("subject", placement);
        ((ObjectNode) closed.get("data")).put("placementId", placement).put("personId", person)
                .put("month", "2025-07").put("ibbLevel", 2).put("actualPensumPercent", 60);
        send("day-center.attendance-month", closed);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                as("billing").get("/api/billing/participations/" + placement).then().statusCode(200)
                        .body("financing[0].status", equalTo("GRANTED")).body("dayCenterMonths", hasSize(1)));

        ExtractableResponse<Response> run = run(dayCenter, "2025-07");
        String invoice = run.path("issued.find { it.debtorName == 'AGS Solothurn' }.id");
        as("billing").get("/api/billing/invoices/" + invoice).then().statusCode(200)
                .body("lines.find { it.participationId == '%s' }.amount".formatted(placement), equalTo(2153.4f))
                .body("lines.find { it.participationId == '%s' }.text".formatted(placement),
                        org.hamcrest.Matchers.containsString("IBB-Stufe 2"))
                .body("lines.find { it.participationId == '%s' }.reference".formatted(placement), equalTo("EV-2025-77"));
        String evidence = as("billing").queryParam("month", "2025-07").get("/api/billing/invoices/export/evidence")
                .then().statusCode(200).extract().asString();
        assertThat(evidence).contains("EV-2025-77").contains("2153.40");
    }

    @Test
    @DisplayName("AM-08 the cost preview is the invoice's arithmetic: Qualifizierung full month 1,736, the canton 868, "
            + "with the partial waiver 818 more")
    void costPreview() {
        as("intake").body("""
                {"programmeType":"QUALIFIZIERUNG","tariffPerDay":"80.00","daysPerWeek":5,"hoursPerDay":"8",
                 "month":"2026-12","financing":{"instrument":"CANTON_SUBSIDY","debtorKind":"CANTON_AND_PARTICIPANT",
                 "debtorName":"Kanton Solothurn und Teilnehmer/in"},
                 "waiverApplication":{"residenceCanton":"SO","permit":"B","cashBenefits":[],"householdSize":1,
                 "monthlyHouseholdIncome":"2650.00","householdAssets":"5000.00"}}""")
                .post("/api/billing/cost-preview").then().statusCode(200)
                .body("amount", equalTo(1736.0f))
                .body("calculation[0].text", org.hamcrest.Matchers.containsString("21.7 Tage"))
                .body("payers.find { it.role == 'CANTON' }.amount", equalTo(1686.0f))
                .body("payers.find { it.role == 'PARTICIPANT' }.amount", equalTo(50.0f));
        as("intake").body("""
                {"programmeType":"COACHING","tariffPerCoachingHour":"200.00","daysPerWeek":1,"hoursPerDay":"1",
                 "coachingSessionMinutes":[60,60,60,60,60,60],
                 "financing":{"instrument":"CANTON_SUBSIDY","debtorKind":"CANTON_AND_PARTICIPANT","debtorName":"x"}}""")
                .post("/api/billing/cost-preview").then().statusCode(200)
                .body("amount", equalTo(1200.0f))
                .body("payers.find { it.role == 'CANTON' }.amount", equalTo(600.0f));
        as("intake").body("""
                {"programmeType":"QUALIFIZIERUNG","tariffPerDay":"95.00","daysPerWeek":5,"hoursPerDay":"8",
                 "financing":{"instrument":"KGS","debtorKind":"SOCIAL_OFFICE","debtorName":"Sozialregion X"}}""")
                .post("/api/billing/cost-preview").then().statusCode(200).body("openItem.rule", equalTo("AM-01"));
        as("intake").body("{\"daysPerWeek\":9}").post("/api/billing/cost-preview").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("programmeType", "daysPerWeek", "financing"));
    }
}
