package ch.so.integration.daycenter.mis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ch.so.integration.daycenter.IntakeEvents;
import ch.so.integration.daycenter.DayCenterTestResource;
import ch.so.integration.platform.events.EventJson;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** MIS numbers for 2031-05, a month no other test uses, with two areas of their own (unique names per run). */
@QuarkusTest
@DayCenterTestResource
class MisApiTest {

    static final String MIS = "/api/day-center/mis/";

    @Suite
    KafkaTestCluster kafka;

    @Suite
    TestTokens tokens;

    static String areaA;
    static String areaB;

    private String lead() {
        return tokens.bearer("day-center-lead");
    }

    private String area(String name, int capacity) {
        return given().header("Authorization", lead()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "capacity", capacity, "kind", "NONE"))
                .post("/api/day-center/areas").then().statusCode(201).extract().path("id");
    }

    private String place(String start, List<String> areas, String endDate) throws Exception {
        IntakeEvents.Event event = IntakeEvents.placementCreated("Mis", 80);
        ObjectNode json = (ObjectNode) EventJson.MAPPER.readTree(event.json());
        ObjectNode data = (ObjectNode) json.get("data");
        data.put("startDate", start);
        data.set("workAreas", EventJson.MAPPER.valueToTree(areas));
        kafka.send("intake.placement", event.placementId(), EventJson.MAPPER.writeValueAsString(json));
        String status = "RESERVED";
        if (endDate != null) {
            kafka.send("intake.placement", event.placementId(), IntakeEvents.follow("placement-ended",
                    event.placementId(), event.personId(), "startDate", start, "endDate", endDate,
                    "cancelledBeforeStart", false));
            status = "ENDED";
        }
        String expected = status;
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                given().header("Authorization", tokens.bearer("day-center-staff"))
                        .get("/api/day-center/places/" + event.placementId()).then().statusCode(200)
                        .body("status", equalTo(expected)));
        return event.placementId();
    }

    @BeforeEach
    void areasAndPlaces() throws Exception {
        if (areaA != null) {
            return;
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        areaA = "MIS-A-" + suffix;
        areaB = "MIS-B-" + suffix;
        String a = area(areaA, 3);
        String b = area(areaB, 2);
        given().header("Authorization", lead()).contentType(ContentType.JSON)
                .body(Map.of("from", "2031-05-26", "to", "2031-05-30", "reason", "company holiday"))
                .post("/api/day-center/areas/" + b + "/closures").then().statusCode(200);
        String first = place("2031-01-06", List.of(areaA), null);
        // three planned half-days in A (week 2031-W19: Monday 5 May)
        given().header("Authorization", lead()).contentType(ContentType.JSON)
                .body(Map.of("entries", List.of(
                        Map.of("placementId", first, "date", "2031-05-05", "halfDay", "MORNING", "areaId", a),
                        Map.of("placementId", first, "date", "2031-05-05", "halfDay", "AFTERNOON", "areaId", a),
                        Map.of("placementId", first, "date", "2031-05-06", "halfDay", "MORNING", "areaId", a))))
                .put("/api/day-center/plans/2031-W19/entries").then().statusCode(200);
        place("2031-05-12", List.of(areaA, areaB), null);
        place("2030-09-01", List.of(areaB), "2031-05-16");
        place("2031-05-05", List.of(areaA), "2031-05-31");
    }

    private static Map<String, Object> row(JsonPath json, String area) {
        return json.getMap("areas.find { it.area == '" + area + "' }");
    }

    @Test
    @DisplayName("DC-19: the month's capacity (capacity x 2 x open days), occupancy at month end (weighted by "
            + "Pensum, split across areas), its percentage, planned half-days, entries and exits per area")
    void dc19MonthFigures() {
        JsonPath json = given().header("Authorization", lead()).get(MIS + "2031-05").then().statusCode(200)
                .contentType(ContentType.JSON).body("month", equalTo("2031-05")).extract().jsonPath();
        assertThat(row(json, areaA)).containsEntry("capacityPerHalfDay", 3).containsEntry("openDays", 22)
                .containsEntry("capacityHalfDays", 132).containsEntry("participantsAtMonthEnd", 3)
                // three places of 80 %, one of them also in B: (0.8 + 0.4 + 0.8) x 2 x 22 = 88 of 132
                .containsEntry("heldHalfDays", 88.0f).containsEntry("occupancyPercent", 66.7f)
                .containsEntry("plannedHalfDays", 3).containsEntry("plannedPercent", 2.3f)
                .containsEntry("entries", 2).containsEntry("exits", 1);
        assertThat(row(json, areaB)).containsEntry("capacityPerHalfDay", 2).containsEntry("openDays", 17)
                .containsEntry("capacityHalfDays", 68).containsEntry("participantsAtMonthEnd", 1)
                // half of the 80 % place shared with A: 0.4 x 2 x 17 = 13.6 of 68
                .containsEntry("heldHalfDays", 13.6f).containsEntry("occupancyPercent", 20.0f)
                .containsEntry("plannedHalfDays", 0).containsEntry("plannedPercent", 0.0f)
                .containsEntry("entries", 1).containsEntry("exits", 1);
        assertThat(json.getInt("total.entries")).isGreaterThanOrEqualTo(2);
        assertThat(json.getInt("total.exits")).isGreaterThanOrEqualTo(2);
        assertThat(json.getString("total.area")).isEqualTo("TOTAL");
        given().header("Authorization", lead()).get(MIS + "2031-13").then().statusCode(400);
    }

    @Test
    @DisplayName("DC-19: CSV by Accept header or .csv, with byte-order mark and semicolons")
    void dc19Csv() {
        String line = "2031-05;" + areaA + ";3;22;132;3;88.0;66.7;3;2.3;2;1\r\n";
        byte[] byAccept = given().header("Authorization", lead()).accept("text/csv").get(MIS + "2031-05")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
        byte[] bySuffix = given().header("Authorization", lead()).get(MIS + "2031-05.csv")
                .then().statusCode(200).header("Content-Disposition", containsString("mis-2031-05.csv"))
                .extract().asByteArray();
        for (byte[] csv : List.of(byAccept, bySuffix)) {
            String text = new String(csv, StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFFmonth;area;").contains("\r\n" + line);
        }
    }

    @Test
    @DisplayName("DC-19: the XLSX workbook opens and holds the same numbers as the JSON")
    void dc19XlsxMatchesJson() throws Exception {
        JsonPath json = given().header("Authorization", lead()).get(MIS + "2031-05").then().statusCode(200)
                .extract().jsonPath();
        byte[] xlsx = given().header("Authorization", lead()).get(MIS + "2031-05.xlsx").then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .extract().asByteArray();
        byte[] byAccept = given().header("Authorization", lead())
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").get(MIS + "2031-05")
                .then().statusCode(200).extract().asByteArray();
        assertThat(byAccept).startsWith(0x50, 0x4B);
        List<Map<String, Object>> rows = new ArrayList<>(json.getList("areas"));
        rows.add(json.getMap("total"));
        String[] columns = {"capacityPerHalfDay", "openDays", "capacityHalfDays", "participantsAtMonthEnd",
                "heldHalfDays", "occupancyPercent", "plannedHalfDays", "plannedPercent", "entries", "exits"};
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("MIS 2031-05");
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.getRow(i + 1);
                Map<String, Object> expected = rows.get(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("2031-05");
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(expected.get("area"));
                for (int c = 0; c < columns.length; c++) {
                    Object value = expected.get(columns[c]);
                    Cell cell = row.getCell(c + 2);
                    if (value == null) {
                        assertThat(cell).as(columns[c]).isNull();
                    } else {
                        assertThat(cell.getNumericCellValue()).as(expected.get("area") + " " + columns[c])
                                .isEqualTo(((Number) value).doubleValue(), org.assertj.core.data.Offset.offset(1e-3));
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("DC-19: the chart of the last 12 months' total occupancy is SVG with month labels and percentages")
    void dc19Chart() {
        String svg = given().header("Authorization", lead()).queryParam("to", "2031-05").get(MIS + "chart.svg")
                .then().statusCode(200).contentType(startsWith("image/svg+xml")).extract().asString();
        assertThat(svg).startsWith("<?xml").contains("<svg").contains(">2030-06</text>").contains(">2031-05</text>")
                .doesNotContain(">2030-05</text>").contains(" %</text>");
        given().header("Authorization", lead()).queryParam("to", "May").get(MIS + "chart.svg").then().statusCode(400);
    }

    @Test
    @DisplayName("DC-19: the MIS is for the lead, staff, intake, the canton and admin; other roles get 403")
    void dc19Roles() {
        for (String role : List.of("day-center-staff", "intake", "canton", "admin")) {
            given().header("Authorization", tokens.bearer(role)).get(MIS + "2031-05").then().statusCode(200);
        }
        List<String> refused = new ArrayList<>();
        for (String role : List.of("caseworker", "billing", "controlling", "iiz-coordinator")) {
            refused.add(tokens.bearer(role));
        }
        refused.add(tokens.bearerForPartner("RAV-SO"));
        for (String bearer : refused) {
            given().header("Authorization", bearer).get(MIS + "2031-05").then().statusCode(403);
            given().header("Authorization", bearer).get(MIS + "2031-05.xlsx").then().statusCode(403);
            given().header("Authorization", bearer).get(MIS + "chart.svg").then().statusCode(403);
        }
    }
}
