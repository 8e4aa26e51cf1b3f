package ch.so.integration.segmentation.controlling;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.platform.config.Clocks;
import ch.so.integration.segmentation.SegmentationTestResource;
import ch.so.integration.segmentation.effort.CaseFixtures;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * SG-11/SG-12 end to end: cases made through the case process's REST API in 2018 (a year no other test uses), effort
 * recorded through the effort API, then the figures as JSON, CSV and workbook, read back with POI.
 */
@QuarkusTest
@SegmentationTestResource
class ControllingApiTest {

    static final String CONTROLLING = CaseFixtures.ROOT + "/controlling";
    static final String FROM = "2018-01-01";
    static final String TO = "2018-12-31";
    static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Suite
    TestTokens tokens;

    @Suite
    KafkaTestCluster kafka;

    @Suite
    TestDatabase database;

    /** The caseworker's name: it must appear nowhere in the controlling. */
    static final String CASEWORKER = "Vreni Kontrolle-" + UUID.randomUUID().toString().substring(0, 6);
    static final List<String> CASE_IDS = new ArrayList<>();
    static final List<String> PERSON_IDS = new ArrayList<>();

    @BeforeEach
    void cases() throws Exception {
        if (!CASE_IDS.isEmpty()) {
            return;
        }
        CaseFixtures api = new CaseFixtures(tokens, kafka, database);
        LocalDate start = LocalDate.parse("2018-01-08");
        // 6 entitled in V, 5 prevention in V, 2 prevention in O (a group too small to show),
        // 5 entitled in S that left assistance on 2018-06-30
        record Group(int n, boolean entitled, String segment, boolean detached) {
        }
        for (Group group : List.of(new Group(6, true, "V", false), new Group(5, false, "V", false),
                new Group(2, false, "O", false), new Group(5, true, "S", true))) {
            for (int i = 0; i < group.n(); i++) {
                String caseId = api.open("Untergäu", CASEWORKER, start);
                CASE_IDS.add(caseId);
                api.segment(caseId, start, group.entitled(), group.segment());
                api.effort(caseId, start, "INTAKE", 90);
                api.effort(caseId, start.plusDays(3), "SHORT_ASSESSMENT", 60);
                api.effort(caseId, LocalDate.parse("2018-02-05"), "CASE_WORK", 120);
                if (group.detached()) {
                    api.detach(caseId, LocalDate.parse("2018-06-30"));
                }
            }
        }
        try (var c = database.asOwner(); var s = c.prepareStatement(
                "select person_id::text from integration_case where caseworker = ?")) {
            s.setString(1, CASEWORKER);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    PERSON_IDS.add(rs.getString(1));
                }
            }
        }
        assertThat(PERSON_IDS).hasSize(CASE_IDS.size());
    }

    String controlling() {
        return tokens.bearer("controlling");
    }

    static Map<String, Object> cell(JsonPath json, String figure, String rowKey, String columnKey) {
        List<Map<String, Object>> figures = json.getList("figures");
        Map<String, Object> table = figures.stream().filter(f -> f.get("name").equals(figure)).findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        List<String> dimensions = (List<String>) table.get("dimensions");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) table.get("rows");
        return rows.stream().filter(r -> {
            @SuppressWarnings("unchecked")
            Map<String, String> d = (Map<String, String>) r.get("dimensions");
            return d.get(dimensions.get(0)).equals(rowKey) && d.get(dimensions.get(1)).equals(columnKey);
        }).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static Object value(JsonPath json, String figure, String rowKey, String columnKey, String measure) {
        return ((Map<String, Object>) cell(json, figure, rowKey, columnKey).get("values")).get(measure);
    }

    @Test
    @DisplayName("SG-12 SG-11 the figures of 2018: segments on the reference day, detachment, intake effort; the "
            + "group of 2 prevention cases in O is suppressed")
    void sg12Figures() {
        JsonPath json = given().header("Authorization", controlling()).queryParam("from", FROM)
                .queryParam("to", TO).get(CONTROLLING + "/figures").then().statusCode(200)
                .body("from", equalTo(FROM)).body("to", equalTo(TO)).body("threshold", equalTo(5))
                .extract().jsonPath();
        assertThat(value(json, "distribution", "V", "ENTITLED", "cases")).isEqualTo(6);
        assertThat(value(json, "distribution", "TOTAL", "TOTAL", "cases")).isEqualTo(13);
        assertThat(cell(json, "distribution", "O", "PREVENTION")).containsEntry("suppressed", true);
        assertThat(value(json, "distribution", "O", "PREVENTION", "cases")).isNull();
        // SG-11: 5 of the 11 entitled cases left assistance, none of the 7 prevention cases. The segment rows are
        // hidden: O's 2 prevention cases are too few, and the complements of that cell hide the rest of its lines
        assertThat(value(json, "detachment", "TOTAL", "ENTITLED", "detachmentPercent")).isEqualTo(45.5f);
        assertThat(value(json, "detachment", "TOTAL", "PREVENTION", "detachmentPercent")).isEqualTo(0.0f);
        assertThat(cell(json, "detachment", "O", "PREVENTION")).containsEntry("suppressed", true);
        assertThat(cell(json, "detachment", "S", "ENTITLED")).containsEntry("suppressed", true);
        // the initial segmentations of the year
        assertThat(value(json, "transitions", "INITIAL", "V", "cases")).isEqualTo(11);
        assertThat(value(json, "transitions", "S", "DETACHED", "cases")).isEqualTo(5);
        // process 2010: 1.5 h intake and 1 h short assessment for each of the 18 cases
        assertThat(value(json, "intake-effort", "INTAKE", "TOTAL", "hoursPerCase")).isEqualTo(1.5f);
        assertThat(value(json, "intake-effort", "TOTAL", "TOTAL", "hours")).isEqualTo(45.0f);
        assertThat(value(json, "intake-effort", "TOTAL", "ENTITLED", "cases")).isEqualTo(11);
        // monthly effort: 2 h of case work in February for each of the 6 entitled cases in V
        assertThat(value(json, "effort-per-month", "2018-02", "V", "hours")).isEqualTo(22.0f);
        assertThat(value(json, "effort-per-month", "2018-02", "V", "hoursPerPersonMonth")).isEqualTo(2.0f);
        // no date of birth in the case process: no age bands, and the report says so
        assertThat(json.getList("figures.name")).doesNotContain("distribution-by-age")
                .contains("distribution-by-region", "review-periodicity", "time-in-segment", "effort-per-segment");
        assertThat(json.getList("notes", String.class)).anyMatch(n -> n.contains("No date of birth"));
        String text = json.prettify();
        assertThat(text).doesNotContain(CASEWORKER);
        assertThat(UUID_TEXT.matcher(text).find()).isFalse();
    }

    @Test
    @DisplayName("SG-12 the controlling workbook: no name, case or person id, or date of birth; small groups are x")
    void sg12WorkbookIdentifiesNobody() throws Exception {
        byte[] xlsx = given().header("Authorization", controlling()).queryParam("from", FROM).queryParam("to", TO)
                .get(CONTROLLING + "/workbook.xlsx").then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", containsString("controlling-2018-01-01-2018-12-31.xlsx"))
                .extract().asByteArray();
        List<String> texts = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet("About")).isNotNull();
            for (Sheet sheet : workbook) {
                texts.add(sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        texts.add(formatter.formatCellValue(cell));
                    }
                }
            }
            var properties = workbook.getProperties().getCoreProperties();
            texts.add(String.valueOf(properties.getCreator()));
            texts.add(String.valueOf(properties.getLastModifiedByUser()));
            Sheet distribution = workbook.getSheet("distribution");
            Row header = distribution.getRow(0);
            assertThat(formatter.formatCellValue(header.getCell(0))).isEqualTo("segment");
            boolean found = false;
            for (Row row : distribution) {
                if (formatter.formatCellValue(row.getCell(0)).equals("O")
                        && formatter.formatCellValue(row.getCell(1)).equals("PREVENTION")) {
                    assertThat(formatter.formatCellValue(row.getCell(2))).isEqualTo("x");
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
        String all = String.join("\n", texts);
        assertThat(all).doesNotContain(CASEWORKER).doesNotContain("Vreni").doesNotContain("Handlungsbedarf")
                .doesNotContain("Kurzassessment:");
        for (String id : CASE_IDS) {
            assertThat(all).doesNotContain(id);
        }
        for (String id : PERSON_IDS) {
            assertThat(all).doesNotContain(id);
        }
        assertThat(UUID_TEXT.matcher(all).find()).as("no id of any kind").isFalse();
        // the only full dates are the period's bounds: no date of birth, no decision or effort day
        Matcher dates = DATE_TEXT.matcher(all);
        while (dates.find()) {
            assertThat(dates.group()).isIn(FROM, TO);
        }
        // the export is audited once, by period, without a subject
        try (var c = database.asOwner(); var s = c.prepareStatement("""
                select count(*) from audit_log where resource_type = 'controlling-figures' and resource_id = ?
                   and subject_ref is null and actor_roles like '%controlling%'""")) {
            s.setString(1, FROM + ".." + TO);
            try (var rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isGreaterThanOrEqualTo(1);
            }
        }
    }

    @Test
    @DisplayName("SG-12 one figure as CSV, with x for the suppressed group")
    void sg12Csv() {
        byte[] csv = given().header("Authorization", controlling()).queryParam("from", FROM).queryParam("to", TO)
                .get(CONTROLLING + "/distribution.csv").then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("distribution.csv")).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFsegment;group;cases\r\n").contains("\r\nO;PREVENTION;x\r\n")
                .contains("\r\nV;ENTITLED;6\r\n");
        given().header("Authorization", controlling()).get(CONTROLLING + "/no-such-figure.csv").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    @DisplayName("SG-12 bad periods are a 400 naming the parameter: only whole calendar months that have ended")
    void sg12BadPeriod() {
        LocalDate today = LocalDate.now(Clocks.ZURICH);
        LocalDate lastMonthEnd = today.withDayOfMonth(1).minusDays(1);
        given().header("Authorization", controlling()).queryParam("from", "2018-12-01").queryParam("to", "2018-01-31")
                .get(CONTROLLING + "/figures").then().statusCode(400).body("errors.field", hasItem("from"));
        given().header("Authorization", controlling()).queryParam("to", today.plusDays(1).toString())
                .get(CONTROLLING + "/figures").then().statusCode(400).body("errors.field", hasItem("to"));
        // the current month has not ended, even on its last day
        given().header("Authorization", controlling())
                .queryParam("to", today.withDayOfMonth(today.lengthOfMonth()).toString())
                .get(CONTROLLING + "/figures").then().statusCode(400).body("errors.field", hasItem("to"));
        given().header("Authorization", controlling()).queryParam("from", "2010-01-01").queryParam("to", TO)
                .get(CONTROLLING + "/figures").then().statusCode(400).body("errors.field", hasItem("from"));
        given().header("Authorization", controlling()).queryParam("from", "1.1.2018")
                .get(CONTROLLING + "/figures").then().statusCode(400).body("errors.field", hasItem("from"));
        // periods to the day would let two requests be subtracted (differencing): refused, for every format
        given().header("Authorization", controlling()).queryParam("from", "2018-01-02").queryParam("to", TO)
                .get(CONTROLLING + "/figures").then().statusCode(400).body("errors.field", hasItem("from"));
        given().header("Authorization", controlling()).queryParam("from", FROM).queryParam("to", "2018-12-30")
                .get(CONTROLLING + "/workbook.xlsx").then().statusCode(400).body("errors.field", hasItem("to"));
        given().header("Authorization", controlling()).queryParam("from", FROM).queryParam("to", "2018-06-29")
                .get(CONTROLLING + "/distribution.csv").then().statusCode(400).body("errors.field", hasItem("to"));
        // a quarter is whole months
        given().header("Authorization", controlling()).queryParam("from", "2018-04-01").queryParam("to", "2018-06-30")
                .get(CONTROLLING + "/figures").then().statusCode(200).body("to", equalTo("2018-06-30"));
        // the defaults: the twelve months up to the end of the last month
        given().header("Authorization", controlling()).get(CONTROLLING + "/figures").then().statusCode(200)
                .body("to", equalTo(lastMonthEnd.toString()))
                .body("from", equalTo(lastMonthEnd.withDayOfMonth(1).minusMonths(11).toString()));
    }

    @Test
    @DisplayName("SG-12 only controlling (and admin) get the figures; the controlling role gets nothing else")
    void sg12Roles() {
        for (String role : List.of("caseworker", "intake", "canton", "partner")) {
            given().header("Authorization", tokens.bearer(role)).get(CONTROLLING + "/figures").then().statusCode(403);
            given().header("Authorization", tokens.bearer(role)).get(CONTROLLING + "/workbook.xlsx").then()
                    .statusCode(403);
            given().header("Authorization", tokens.bearer(role)).get(CONTROLLING + "/distribution.csv").then()
                    .statusCode(403);
        }
        given().header("Authorization", tokens.bearer("admin")).get(CONTROLLING + "/figures").then().statusCode(200);
        String caseId = CASE_IDS.getFirst();
        for (String path : List.of("/cases", "/cases/" + caseId, "/cases/" + caseId + "/efforts",
                "/audit?subject=" + caseId)) {
            given().header("Authorization", controlling()).get(CaseFixtures.ROOT + path).then().statusCode(403);
        }
        given().header("Authorization", controlling()).contentType("application/json")
                .body("{\"workedOn\":\"2018-02-01\",\"minutes\":30,\"kind\":\"CASE_WORK\"}")
                .post(CaseFixtures.ROOT + "/cases/" + caseId + "/efforts").then().statusCode(403);
    }
}
