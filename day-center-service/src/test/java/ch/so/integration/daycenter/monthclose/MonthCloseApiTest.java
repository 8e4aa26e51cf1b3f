package ch.so.integration.daycenter.monthclose;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ch.so.integration.daycenter.DayCenterTestResource;
import ch.so.integration.daycenter.attendance.Participants;
import ch.so.integration.platform.events.EventJson;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestTokens;
import ch.so.integration.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@DayCenterTestResource
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.MethodName.class)
class MonthCloseApiTest {

    static final String TOPIC = "day-center.attendance-month";

    @Suite
    KafkaTestCluster kafka;

    @Suite
    TestTokens tokens;

    private RequestSpecification as(String role) {
        return given().header("Authorization", tokens.bearer(role)).contentType(ContentType.JSON);
    }

    private JsonNode awaitEvent(String placementId, String type) throws Exception {
        try (TopicReader reader = kafka.reader(TOPIC)) {
            List<ConsumerRecord<String, String>> found = reader.await(
                    r -> placementId.equals(r.key()) && r.value().contains(type), 1, Duration.ofSeconds(15));
            return EventJson.MAPPER.readTree(found.getFirst().value());
        }
    }

    @Test
    @DisplayName("DC-05 DC-06 DC-16 closing a month freezes it and publishes AttendanceMonthClosed per participant; once only")
    void closeFreezesAndPublishes() throws Exception {
        String id = Participants.place(kafka, tokens, "Monatsabschluss", 60, LocalDate.of(2026, 5, 4));
        String idle = Participants.place(kafka, tokens, "Ohne Arbeit", 40, LocalDate.of(2026, 5, 4));
        as("day-center-lead").body("{\"level\": 1, \"validFrom\": \"2026-05-04\", \"classifiedBy\": \"IBB-Team\"}")
                .post("/api/day-center/ibb/" + id).then().statusCode(201);
        for (String day : List.of("2026-06-01", "2026-06-02", "2026-06-03")) {
            as("day-center-staff").body("{\"hours\": 6}").put("/api/day-center/attendance/" + id + "/" + day)
                    .then().statusCode(200);
        }
        as("day-center-staff").body("{\"hours\": 3.5}").put("/api/day-center/attendance/" + id + "/2026-06-04")
                .then().statusCode(200);
        as("day-center-staff").body("{\"absence\": \"UNEXCUSED\"}").put("/api/day-center/attendance/" + id + "/2026-06-05")
                .then().statusCode(200);

        as("day-center-staff").post("/api/day-center/month-closes/2026-06").then().statusCode(403);
        as("day-center-lead").post("/api/day-center/month-closes/2026-06").then().statusCode(201)
                .body("month", equalTo("2026-06")).body("closedBy", notNullValue());
        as("day-center-lead").post("/api/day-center/month-closes/2026-06").then().statusCode(409);

        JsonNode closed = awaitEvent(id, "attendance-month-closed.v1");
        assertThat(closed.path("subject").asText()).isEqualTo(id);
        JsonNode data = closed.path("data");
        assertThat(data.path("month").asText()).isEqualTo("2026-06");
        assertThat(data.path("daysWorked").asInt()).isEqualTo(4);
        assertThat(data.path("hoursWorked").asText()).isEqualTo("21.50");
        assertThat(data.path("absences").path("unexcused").asInt()).isEqualTo(1);
        // 3 x 20 % + 10 % = 70 over 22 workdays in June 2026: 70 * 5 / 22 = 15.9 -> 10 %
        assertThat(data.path("actualPensumPercent").asInt()).isEqualTo(10);
        assertThat(data.path("plannedPensumPercent").asInt()).isEqualTo(60);
        assertThat(data.path("ibbLevel").asInt()).isEqualTo(1);
        assertThat(data.path("motivationCompensation").asText()).isEqualTo("0.00");

        JsonNode idleData = awaitEvent(idle, "attendance-month-closed.v1").path("data");
        assertThat(idleData.path("daysWorked").asInt()).isZero();
        assertThat(idleData.path("ibbLevel").isNull()).isTrue();

        // frozen: a direct edit is refused, corrections go through month close
        as("day-center-staff").body("{\"hours\": 6}").put("/api/day-center/attendance/" + id + "/2026-06-08")
                .then().statusCode(409);
        as("day-center-staff").get("/api/day-center/attendance/" + id + "?month=2026-06").then().statusCode(200)
                .body("frozen", equalTo(true));
        as("billing").get("/api/day-center/month-closes/2026-06?size=100").then().statusCode(200)
                .body("lines.items.find { it.placementId == '" + id + "' }.daysWorked", equalTo(4));
    }

    @Test
    @DisplayName("a correction after close updates the frozen day with a trace and publishes AttendanceMonthCorrected")
    void correction() throws Exception {
        String id = Participants.place(kafka, tokens, "Korrektur", 80, LocalDate.of(2026, 7, 1));
        as("day-center-staff").body("{\"absence\": \"ABSENT\"}").put("/api/day-center/attendance/" + id + "/2026-07-01")
                .then().statusCode(200);
        as("day-center-lead").post("/api/day-center/month-closes/2026-07").then().statusCode(201);

        String key = java.util.UUID.randomUUID().toString();
        String correction = "{\"placementId\": \"" + id + "\", \"date\": \"2026-07-01\", \"hours\": 7, "
                + "\"reason\": \"Arbeit nachgetragen\"}";
        as("day-center-lead").header("Idempotency-Key", key).body(correction)
                .post("/api/day-center/month-closes/2026-07/corrections").then().statusCode(200)
                .header("Idempotent-Replayed", "false")
                .body("daysWorked", equalTo(1)).body("absences.absent", equalTo(0)).body("correctedAt", notNullValue());
        // a retry is answered with the first result and traces and publishes nothing again
        as("day-center-lead").header("Idempotency-Key", key).body(correction)
                .post("/api/day-center/month-closes/2026-07/corrections").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("daysWorked", equalTo(1));
        as("day-center-lead").body("{\"placementId\": \"" + id + "\", \"date\": \"2026-07-02\", \"absence\": \"VACATION\", "
                        + "\"reason\": \"x\"}")
                .post("/api/day-center/month-closes/2026-07/corrections").then().statusCode(409).body("rule", equalTo("DC-03"));
        as("day-center-lead").body("{\"placementId\": \"" + id + "\", \"date\": \"2026-07-02\", \"hours\": 7}")
                .post("/api/day-center/month-closes/2026-07/corrections").then().statusCode(400);
        // an open month takes no corrections
        as("day-center-lead").body("{\"placementId\": \"" + id + "\", \"date\": \"2026-09-01\", \"hours\": 7, \"reason\": \"x\"}")
                .post("/api/day-center/month-closes/2026-09/corrections").then().statusCode(409);

        JsonNode corrected = awaitEvent(id, "attendance-month-corrected.v1").path("data");
        assertThat(corrected.path("daysWorked").asInt()).isEqualTo(1);
        assertThat(corrected.path("hoursWorked").asText()).isEqualTo("7.00");
        assertThat(corrected.path("correctedDate").asText()).isEqualTo("2026-07-01");
        assertThat(corrected.has("reason")).as("the reason stays in the day center").isFalse();
        as("day-center-staff").get("/api/day-center/attendance/" + id + "?month=2026-07").then().statusCode(200)
                .body("days[0].kind", equalTo("WORKED")).body("days[0].correctionReason", equalTo("Arbeit nachgetragen"));
    }

    @Test
    @DisplayName("DC-06 the payout list is a semicolon CSV with BOM and a receipt-signature column; a month not over cannot be closed")
    void payoutAndUnfinishedMonth() throws Exception {
        as("day-center-lead").post("/api/day-center/month-closes/2026-08").then().statusCode(201);
        byte[] csv = as("day-center-lead").get("/api/day-center/month-closes/2026-08/payout.csv").then().statusCode(200)
                .extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFMonat;Name;Vorname;Bereich;Betrag CHF;Unterschrift Empfang\r\n");
        as("day-center-lead").get("/api/day-center/month-closes/2026-01/payout.csv").then().statusCode(404);
        as("day-center-lead").post("/api/day-center/month-closes/2099-01").then().statusCode(409);
        as("day-center-lead").post("/api/day-center/month-closes/2026-13").then().statusCode(400);
    }

    private void area(String name, String kind, String compensation) {
        as("day-center-lead").body("{\"name\": \"" + name + "\", \"capacity\": 10, \"kind\": \"" + kind + "\""
                        + (compensation == null ? "" : ", \"motivationCompensation\": " + compensation) + "}")
                .post("/api/day-center/areas").then().statusCode(201);
    }

    @Test
    @DisplayName("DC-06 the highest compensation of the areas with work or service is paid for a month with work; the payout list shows it")
    void motivationCompensation() throws Exception {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        String garden = "Garten-" + suffix;
        String kitchen = "Küche-" + suffix;
        String rest = "Ruhe-" + suffix;
        area(garden, "WORK", "100.00");
        area(kitchen, "SERVICE", "80.00");
        area(rest, "NONE", null);
        String paid = Participants.place(kafka, tokens, "Bezahlt", 60, LocalDate.of(2026, 10, 1), List.of(kitchen, garden));
        String unpaid = Participants.place(kafka, tokens, "Unbezahlt", 60, LocalDate.of(2026, 10, 1), List.of(rest));
        String idle = Participants.place(kafka, tokens, "Abwesend", 60, LocalDate.of(2026, 10, 1), List.of(garden));
        as("day-center-staff").body("{\"hours\": 4}").put("/api/day-center/attendance/" + paid + "/2026-10-01")
                .then().statusCode(200);
        as("day-center-staff").body("{\"hours\": 6}").put("/api/day-center/attendance/" + unpaid + "/2026-10-01")
                .then().statusCode(200);
        as("day-center-staff").body("{\"absence\": \"SICK\"}").put("/api/day-center/attendance/" + idle + "/2026-10-01")
                .then().statusCode(200);

        as("admin").post("/api/day-center/month-closes/2026-10").then().statusCode(201);

        JsonNode paidData = awaitEvent(paid, "attendance-month-closed.v1").path("data");
        assertThat(paidData.path("motivationCompensation").asText()).isEqualTo("100.00");
        assertThat(paidData.path("motivationCompensationArea").asText()).isEqualTo(garden);
        assertThat(awaitEvent(unpaid, "attendance-month-closed.v1").path("data").path("motivationCompensation").asText())
                .isEqualTo("0.00");
        assertThat(awaitEvent(idle, "attendance-month-closed.v1").path("data").path("motivationCompensation").asText())
                .isEqualTo("0.00");

        String csv = new String(as("billing").get("/api/day-center/month-closes/2026-10/payout.csv").then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("2026-10;Bezahlt;").contains(";" + garden + ";100.00;\r\n")
                .doesNotContain("Unbezahlt").doesNotContain("Abwesend");

        byte[] pdf = as("day-center-lead").get("/api/day-center/month-closes/2026-10/payout.pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Bezahlt").contains(garden).contains("100.00").doesNotContain("Unbezahlt");
            assertThat(document.getDocumentCatalog().getAcroForm().getFields())
                    .hasSize(1).allSatisfy(f -> assertThat(f.getFullyQualifiedName()).isEqualTo("receipt-1"));
        }
    }
}
