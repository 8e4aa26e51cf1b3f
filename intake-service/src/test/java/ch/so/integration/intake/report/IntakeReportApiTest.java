package ch.so.integration.intake.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ch.so.integration.intake.IntakeTestResource;
import ch.so.integration.intake.TestData;
import ch.so.integration.intake.placement.PlacementType;
import ch.so.integration.platform.config.Clocks;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * The intake report through the API. The test database is shared by every test class, so the report is read
 * before and after this test's placements and the differences are asserted. The placements lie in 2004, a year no
 * other test uses; it is in the past because a transfer needs an assessment at most six months old.
 */
@QuarkusTest
@IntakeTestResource
class IntakeReportApiTest {

    private static final String REPORT = "/api/intake/reports/intake";
    private static final String FROM = "2004-02";
    private static final String TO = "2004-05";
    private static final String EXTERNAL = PlacementType.IVSE_B_EXTERNAL.name();
    private static final String STATIONARY = PlacementType.IVSE_B_STATIONARY.name();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Suite
    TestTokens tokens;

    @Suite
    TestDatabase database;

    private RequestSpecification as(String role) {
        return given().header("Authorization", tokens.bearer(role));
    }

    private RequestSpecification intake() {
        return as("intake").contentType("application/json");
    }

    /** A person in Solothurn with an IV pension: an external day-center place is financed for her (DC-09). */
    private String person() {
        return intake().body("""
                        {"ahvNumber":"%s","officialName":"%s","firstName":"Rita","sex":"FEMALE","dateOfBirth":"1970-05-05",
                         "address":{"street":"Bielstrasse","houseNumber":"3","postalCode":"4500","town":"Solothurn",
                                    "municipalityBfsNumber":2601,"canton":"SO"},
                         "circumstances":{"residencePermit":"SWISS","benefits":["IV_PENSION"]}}"""
                        .formatted(TestData.ahvNumber(), TestData.uniqueName("Report")))
                .post("/api/intake/persons").then().statusCode(201).extract().path("id");
    }

    /** A pending external day-center placement. */
    private JsonNode externalPlacement(String person, String startDate) throws Exception {
        String body = intake().body("""
                        {"personId":"%s","type":"IVSE_B_EXTERNAL","startDate":"%s","pensumPercent":50,
                         "workAreas":["Küche"]}""".formatted(person, startDate))
                .post("/api/intake/placements").then().statusCode(201).body("status", equalTo("PENDING"))
                .extract().asString();
        return JSON.readTree(body);
    }

    /** Grants the financing, signs the agreement (today: it cannot be signed before it was made) and starts it. */
    private void activate(JsonNode placement) {
        intake().body("""
                        {"number":"EV-2004-1","issuer":"AGS Solothurn","validFrom":"%s"}"""
                        .formatted(placement.path("startDate").asText()))
                .post("/api/intake/financing-instruments/" + placement.path("financing").path("instrumentId").asText()
                        + "/grant").then().statusCode(200);
        intake().body("""
                        {"signedOn":"%s","signedBy":"Rita","institutionSignatory":"WG Treffpunkt",
                         "scanReference":"DMS-REPORT-1"}""".formatted(LocalDate.now(Clocks.ZURICH)))
                .post("/api/intake/agreements/" + placement.path("agreement").path("agreementId").asText()
                        + "/signature").then().statusCode(200);
        intake().post("/api/intake/placements/" + placement.path("id").asText() + "/activation")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    private void exit(JsonNode placement, String endDate, String expectedStatus) {
        intake().body("""
                        {"reason":"MUTUAL_AGREEMENT","endDate":"%s"}""".formatted(endDate))
                .post("/api/intake/placements/" + placement.path("id").asText() + "/exit")
                .then().statusCode(200).body("status", equalTo(expectedStatus));
    }

    /** Moves a placement to the stationary setting, backed by an assessment (DC-15). */
    private void transferToStationary(String person, JsonNode placement, String assessedOn, String effectiveDate) {
        String assessment = intake().body("""
                        {"personId":"%s","date":"%s","assessor":"ikw-report","reason":"CHANGE_OF_SETTING",
                         "recommendedSetting":"IVSE_B_STATIONARY","recommendedAreas":["Küche"],
                         "recommendedPensumPercent":50,"summary":"Moves into stationary housing."}"""
                        .formatted(person, assessedOn))
                .post("/api/intake/assessments").then().statusCode(201).extract().path("id");
        intake().body("""
                        {"effectiveDate":"%s","setting":"IVSE_B_STATIONARY","assessmentId":"%s"}"""
                        .formatted(effectiveDate, assessment))
                .post("/api/intake/placements/" + placement.path("id").asText() + "/mutations")
                .then().statusCode(200).body("type", equalTo(STATIONARY));
    }

    private JsonNode report() throws Exception {
        String body = as("intake").accept("application/json").queryParam("from", FROM).queryParam("to", TO)
                .get(REPORT).then().statusCode(200).contentType(startsWith("application/json"))
                .extract().asString();
        return JSON.readTree(body);
    }

    private static JsonNode month(JsonNode report, String month) {
        for (JsonNode m : report.path("months")) {
            if (m.path("month").asText().equals(month)) {
                return m;
            }
        }
        throw new AssertionError("no month " + month + " in " + report);
    }

    private static JsonNode figures(JsonNode report, String month, String type) {
        for (JsonNode t : month(report, month).path("types")) {
            if (t.path("type").asText().equals(type)) {
                return t;
            }
        }
        throw new AssertionError("no type " + type + " in " + month);
    }

    private static long delta(JsonNode before, JsonNode after, String month, String type, String field) {
        return figures(after, month, type).path(field).asLong() - figures(before, month, type).path(field).asLong();
    }

    private static long totalDelta(JsonNode before, JsonNode after, String month, String field) {
        return month(after, month).path("total").path(field).asLong()
                - month(before, month).path("total").path(field).asLong();
    }

    @Test
    @DisplayName("DC-10 DC-19 entries, transfers, exits and month-end occupancy per month and type, in JSON and CSV")
    void countsEntriesTransfersExitsAndOccupancy() throws Exception {
        intake().body("{\"places\":40}").put("/api/intake/placements/capacities/" + EXTERNAL)
                .then().statusCode(200);
        JsonNode before = report();

        // ended: started 2004-03-01, its last day is 2004-04-30 (the month's last day)
        String ended = person();
        JsonNode endedPlacement = externalPlacement(ended, "2004-03-01");
        activate(endedPlacement);
        exit(endedPlacement, "2004-04-30", "ENDED");
        // transferred: external from 2004-03-10, stationary from 2004-04-01; stays pending, so it keeps its place
        String moved = person();
        JsonNode movedPlacement = externalPlacement(moved, "2004-03-10");
        transferToStationary(moved, movedPlacement, "2004-03-20", "2004-04-01");
        // cancelled before it started: counts nowhere, neither as entry nor as exit
        JsonNode cancelled = externalPlacement(person(), "2004-03-20");
        exit(cancelled, "2004-03-25", "CANCELLED");
        // cancelled with the day before its start as last day: counts nowhere either
        JsonNode neverCame = externalPlacement(person(), "2004-03-15");
        exit(neverCame, "2004-03-14", "CANCELLED");
        // started and left at the end of March (an exit may not undo a transfer that took effect: the aggregate
        // refuses an end before the latest mutation's effect, PlacementTest)
        String left = person();
        JsonNode leftPlacement = externalPlacement(left, "2004-03-05");
        activate(leftPlacement);
        exit(leftPlacement, "2004-03-31", "ENDED");

        JsonNode after = report();
        assertThat(after.path("from").asText()).isEqualTo(FROM);
        assertThat(after.path("to").asText()).isEqualTo(TO);
        assertThat(after.path("months")).hasSize(4);
        for (JsonNode m : after.path("months")) {
            List<String> types = new ArrayList<>();
            m.path("types").forEach(t -> types.add(t.path("type").asText()));
            assertThat(types).as("all five types, zeros included")
                    .containsExactly(Arrays.stream(PlacementType.values()).map(Enum::name).toArray(String[]::new));
        }
        assertThat(month(after, "2004-04").path("monthEnd").asText()).isEqualTo("2004-04-30");

        // March: three entries (not the two cancelled ones); one exit, on the
        // month's last day; all three hold an external place at the month's end, the transferred one too, because
        // it moved only in April
        assertThat(delta(before, after, "2004-03", EXTERNAL, "entries")).isEqualTo(3);
        assertThat(delta(before, after, "2004-03", EXTERNAL, "exits")).isEqualTo(1);
        assertThat(delta(before, after, "2004-03", STATIONARY, "exits")).isZero();
        assertThat(delta(before, after, "2004-03", EXTERNAL, "occupiedAtMonthEnd")).isEqualTo(3);
        assertThat(delta(before, after, "2004-03", STATIONARY, "occupiedAtMonthEnd")).isZero();
        assertThat(delta(before, after, "2004-03", STATIONARY, "entries")).as("entered as external").isZero();
        // April: one transfer (in for stationary, out for external), the exit on the
        // 30th; the ended placement still holds its place on its last day
        assertThat(delta(before, after, "2004-04", STATIONARY, "transfers")).isEqualTo(1);
        assertThat(delta(before, after, "2004-04", EXTERNAL, "transfersOut")).isEqualTo(1);
        assertThat(delta(before, after, "2004-04", EXTERNAL, "transfers")).isZero();
        assertThat(delta(before, after, "2004-04", EXTERNAL, "exits")).isEqualTo(1);
        assertThat(delta(before, after, "2004-04", EXTERNAL, "entries")).isZero();
        assertThat(delta(before, after, "2004-04", EXTERNAL, "occupiedAtMonthEnd")).isEqualTo(1);
        assertThat(delta(before, after, "2004-04", STATIONARY, "occupiedAtMonthEnd")).isEqualTo(1);
        // May: only the transferred placement, as stationary
        assertThat(delta(before, after, "2004-05", EXTERNAL, "occupiedAtMonthEnd")).isZero();
        assertThat(delta(before, after, "2004-05", STATIONARY, "occupiedAtMonthEnd")).isEqualTo(1);
        assertThat(delta(before, after, "2004-05", EXTERNAL, "exits")).isZero();
        // February: nothing
        for (String field : List.of("entries", "transfers", "transfersOut", "exits", "occupiedAtMonthEnd")) {
            assertThat(totalDelta(before, after, "2004-02", field)).as(field).isZero();
        }
        // totals
        assertThat(totalDelta(before, after, "2004-03", "entries")).isEqualTo(3);
        assertThat(totalDelta(before, after, "2004-03", "exits")).isEqualTo(1);
        assertThat(totalDelta(before, after, "2004-03", "occupiedAtMonthEnd")).isEqualTo(3);
        assertThat(totalDelta(before, after, "2004-04", "transfers")).isEqualTo(1);
        assertThat(totalDelta(before, after, "2004-04", "transfersOut")).isEqualTo(1);
        assertThat(totalDelta(before, after, "2004-04", "exits")).isEqualTo(1);
        assertThat(totalDelta(before, after, "2004-04", "occupiedAtMonthEnd")).isEqualTo(2);

        // capacity and occupancy: the external setting's 40 places; AMI the catalogue's sum; pass(t)genau none
        JsonNode external = figures(after, "2004-03", EXTERNAL);
        assertThat(external.path("capacity").asInt()).isEqualTo(40);
        assertThat(external.path("occupancyPercent").decimalValue()).isEqualByComparingTo(
                BigDecimal.valueOf(external.path("occupiedAtMonthEnd").asLong() * 100)
                        .divide(BigDecimal.valueOf(40), 1, RoundingMode.HALF_UP));
        JsonNode passtGenau = figures(after, "2004-03", PlacementType.PASST_GENAU.name());
        assertThat(passtGenau.has("capacity")).as("null, not left out").isTrue();
        assertThat(passtGenau.path("capacity").isNull()).isTrue();
        assertThat(passtGenau.path("occupancyPercent").isNull()).isTrue();
        Integer programmePlaces = programmePlaces();
        JsonNode ami = figures(after, "2004-03", PlacementType.AMI_PROGRAMME.name());
        if (programmePlaces == null) {
            assertThat(ami.path("capacity").isNull()).isTrue();
        } else {
            assertThat(ami.path("capacity").asInt()).isEqualTo(programmePlaces);
        }

        // the same figures as CSV
        Map<String, String[]> csv = csvRows();
        assertThat(csv).hasSize(4 * PlacementType.values().length);
        for (JsonNode m : after.path("months")) {
            for (JsonNode t : m.path("types")) {
                String[] row = csv.get(m.path("month").asText() + ";" + t.path("type").asText());
                assertThat(row).as(m.path("month").asText() + " " + t.path("type").asText()).isNotNull();
                assertThat(row[2]).isEqualTo(t.path("label").asText());
                assertThat(row[3]).isEqualTo(t.path("entries").asText());
                assertThat(row[4]).isEqualTo(t.path("transfers").asText());
                assertThat(row[5]).isEqualTo(t.path("transfersOut").asText());
                assertThat(row[6]).isEqualTo(t.path("exits").asText());
                assertThat(row[7]).isEqualTo(t.path("occupiedAtMonthEnd").asText());
                assertThat(row[8]).isEqualTo(t.path("capacity").isNull() ? "" : t.path("capacity").asText());
                assertThat(row[9]).isEqualTo(t.path("occupancyPercent").isNull() ? ""
                        : t.path("occupancyPercent").decimalValue().toPlainString());
            }
        }
        assertThat(csv.get("2004-03;" + EXTERNAL)[7]).isEqualTo(figures(after, "2004-03", EXTERNAL)
                .path("occupiedAtMonthEnd").asText());
    }

    /** month;type -> the CSV row's fields. */
    private Map<String, String[]> csvRows() {
        byte[] bytes = as("canton").accept("text/csv").queryParam("from", FROM).queryParam("to", TO).get(REPORT)
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("intake-report-2004-02-2004-05.csv"))
                .extract().asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).isEqualTo("month;type;label;entries;transfers;transfersOut;exits;occupiedAtMonthEnd;"
                + "capacity;occupancyPercent");
        assertThat(text).contains("IVSE B stationär (intern)");
        Map<String, String[]> rows = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(";", -1);
            assertThat(fields).hasSize(10);
            rows.put(fields[0] + ";" + fields[1], fields);
        }
        return rows;
    }

    private Integer programmePlaces() throws Exception {
        try (Connection c = database.asOwner();
             PreparedStatement s = c.prepareStatement("select sum(capacity), count(*) from programme");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(2) == 0 ? null : rs.getInt(1);
        }
    }

    @Test
    @DisplayName("DC-19 JSON is the default; canton and admin may read the report, other roles may not")
    void formatsAndRoles() {
        as("canton").queryParam("from", "2026-01").queryParam("to", "2026-12").get(REPORT)
                .then().statusCode(200).contentType(startsWith("application/json")).body("months.size()", equalTo(12));
        as("admin").accept("*/*").queryParam("from", "2026-01").queryParam("to", "2026-01").get(REPORT)
                .then().statusCode(200).contentType(startsWith("application/json"))
                .body("months[0].month", equalTo("2026-01")).body("months[0].types.size()", equalTo(5));
        as("admin").accept("text/csv;q=0.9, application/json;q=0.5").queryParam("from", "2026-01")
                .queryParam("to", "2026-01").get(REPORT).then().statusCode(200).contentType(startsWith("text/csv"));
        for (String role : List.of("caseworker", "day-center-staff", "billing", "partner")) {
            as(role).queryParam("from", "2026-01").queryParam("to", "2026-12").get(REPORT)
                    .then().statusCode(403);
        }
        given().queryParam("from", "2026-01").queryParam("to", "2026-12").get(REPORT).then().statusCode(401);
        as("intake").accept("application/pdf").queryParam("from", "2026-01").queryParam("to", "2026-12").get(REPORT)
                .then().statusCode(406);
    }

    @Test
    @DisplayName("DC-19 a bad period is a 400 problem naming the parameter, in JSON and when CSV is asked for")
    void badPeriods() {
        as("intake").queryParam("from", "2026-01").queryParam("to", "2029-01").get(REPORT)
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("type", endsWith("/validation")).body("errors[0].field", equalTo("to"))
                .body("errors[0].message", containsString("36 months"));
        as("intake").queryParam("from", "2026-05").queryParam("to", "2026-04").get(REPORT)
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        as("intake").accept("text/csv").queryParam("from", "2026-13").queryParam("to", "2026-12").get(REPORT)
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("from"));
        as("intake").get(REPORT).then().statusCode(400)
                .body("errors.field", contains("from", "to"));
    }
}
