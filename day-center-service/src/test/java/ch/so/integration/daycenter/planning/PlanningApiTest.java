package ch.so.integration.daycenter.planning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.daycenter.DayCenterTestResource;
import ch.so.integration.daycenter.IntakeEvents;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Places come from intake's PlacementCreated events (start 2026-12-01, no end); each test plans its own week. */
@QuarkusTest
@DayCenterTestResource
class PlanningApiTest {

    @Suite
    KafkaTestCluster kafka;

    @Suite
    TestTokens tokens;

    static String kitchen;
    static String garden;
    static IntakeEvents.Event anna;
    static IntakeEvents.Event beat;
    static IntakeEvents.Event carla;

    RequestSpecification as(String role) {
        return given().header("Authorization", tokens.bearer(role)).contentType("application/json");
    }

    @BeforeEach
    void setUp() throws Exception {
        if (kitchen != null) {
            return;
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        kitchen = area("Küche " + suffix, 2, "WORK", "80");
        garden = area("Garten " + suffix, 5, "SERVICE", "60");
        anna = place("Planerin", 60);
        beat = place("Vollzeit", 100);
        carla = place("Dritte", 100);
    }

    String area(String name, int capacity, String kind, String compensation) {
        return as("day-center-lead").body("{\"name\":\"" + name + "\",\"capacity\":" + capacity + ",\"kind\":\"" + kind
                        + "\",\"motivationCompensation\":" + compensation + "}")
                .post("/api/day-center/areas").then().statusCode(201).extract().path("id");
    }

    IntakeEvents.Event place(String name, int pensum) throws Exception {
        IntakeEvents.Event event = IntakeEvents.placementCreated(name, pensum);
        kafka.send("intake.placement", event.placementId(), event.json());
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                as("day-center-staff").get("/api/day-center/places/" + event.placementId()).then().statusCode(200));
        return event;
    }

    static String entry(IntakeEvents.Event who, String date, String halfDay, String area) {
        return "{\"placementId\":\"" + who.placementId() + "\",\"date\":\"" + date + "\",\"halfDay\":\"" + halfDay
                + "\",\"areaId\":\"" + area + "\"}";
    }

    static String plan(String... entries) {
        return "{\"entries\":[" + String.join(",", entries) + "]}";
    }

    @Test
    @DisplayName("DC-04: a week is planned in half-days, read back as JSON and CSV, and the reads are audited")
    void dc04_planAWeek() {
        as("day-center-staff").body(plan(
                        entry(anna, "2027-01-19", "AFTERNOON", garden),
                        entry(anna, "2027-01-18", "MORNING", kitchen),
                        entry(anna, "2027-01-18", "AFTERNOON", garden),
                        entry(beat, "2027-01-18", "MORNING", kitchen)))
                .put("/api/day-center/plans/2027-W03/entries").then().statusCode(200)
                .body("week", equalTo("2027-W03")).body("from", equalTo("2027-01-18")).body("to", equalTo("2027-01-24"))
                .body("entries", hasSize(4));

        as("day-center-staff").queryParam("size", 3).get("/api/day-center/plans/2027-W03").then().statusCode(200)
                .body("totalItems", equalTo(4)).body("items", hasSize(3))
                .body("items[0].date", equalTo("2027-01-18")).body("items[0].halfDay", equalTo("MORNING"))
                .body("items[0].participant.officialName", equalTo("Planerin"))
                .body("items[1].participant.officialName", equalTo("Vollzeit"))
                .body("items[2].halfDay", equalTo("AFTERNOON"));

        byte[] csv = as("day-center-staff").accept("text/csv").get("/api/day-center/plans/2027-W03").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).hasSize(5);
        assertThat(text.split("\r\n")[1]).startsWith("2027-W03;2027-01-18;MORNING;08:00;12:00;" + kitchen + ";Küche ")
                .contains(";" + anna.placementId() + ";Planerin;");
        String viaSuffix = new String(as("day-center-staff").get("/api/day-center/plans/2027-W03.csv").then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(viaSuffix).isEqualTo(text);

        // replacing the week keeps only the new entries
        as("day-center-lead").body(plan(entry(anna, "2027-01-18", "MORNING", kitchen),
                        entry(anna, "2027-01-18", "AFTERNOON", garden),
                        entry(beat, "2027-01-18", "MORNING", kitchen)))
                .put("/api/day-center/plans/2027-W03/entries").then().statusCode(200).body("entries", hasSize(3));
        as("day-center-staff").get("/api/day-center/plans/2027-W03").then().body("totalItems", equalTo(3));

        as("admin").queryParam("subject", anna.personId()).get("/api/day-center/audit").then().statusCode(200)
                .body("items.findAll { it.resourceType == 'plan' }.action", hasItems("UPDATE", "READ"));
    }

    @Test
    @DisplayName("DC-04: an area over its capacity per half-day is refused with 409, naming the entry; nothing is written")
    void dc04_capacityExceeded() {
        as("day-center-staff").body(plan(entry(anna, "2027-01-25", "MORNING", kitchen),
                        entry(beat, "2027-01-25", "MORNING", kitchen),
                        entry(carla, "2027-01-25", "MORNING", kitchen)))
                .put("/api/day-center/plans/2027-W04/entries").then().statusCode(409)
                .body("rule", equalTo("DC-04")).body("errors[0].field", equalTo("entries[2].areaId"))
                .body("detail", containsString("capacity 2"));
        as("day-center-staff").get("/api/day-center/plans/2027-W04").then().statusCode(200).body("totalItems", equalTo(0));

        as("day-center-staff").body(plan(entry(beat, "2027-01-25", "MORNING", kitchen),
                        entry(beat, "2027-01-25", "MORNING", garden)))
                .put("/api/day-center/plans/2027-W04/entries").then().statusCode(409)
                .body("rule", equalTo("DC-04")).body("errors[0].field", equalTo("entries[1].halfDay"));
    }

    @Test
    @DisplayName("DC-01: planning a Saturday is refused as outside the opening hours; DC-04 a day before the place starts; bad weeks are 400")
    void dc01_outsideOpeningHours() {
        as("day-center-staff").body(plan(entry(beat, "2027-02-06", "MORNING", garden)))
                .put("/api/day-center/plans/2027-W05/entries").then().statusCode(409)
                .body("rule", equalTo("DC-01")).body("errors[0].field", equalTo("entries[0].date"))
                .body("detail", containsString("Monday to Friday, 08:00"));
        as("day-center-staff").body(plan(entry(beat, "2026-11-23", "MORNING", garden)))
                .put("/api/day-center/plans/2026-W48/entries").then().statusCode(409).body("rule", equalTo("DC-04"));
        as("day-center-staff").body(plan(entry(beat, "2027-02-08", "MORNING", garden)))
                .put("/api/day-center/plans/2027-W05/entries").then().statusCode(400)
                .body("errors[0].field", equalTo("entries[0].date"));
        as("day-center-staff").body(plan()).put("/api/day-center/plans/2027-05/entries").then().statusCode(400)
                .body("errors[0].field", equalTo("week"));
        as("day-center-staff").body("{\"entries\":[{\"placementId\":\"" + beat.placementId() + "\"}]}")
                .put("/api/day-center/plans/2027-W05/entries").then().statusCode(400);
        as("caseworker").get("/api/day-center/plans/2027-W05").then().statusCode(403);
    }

    @Test
    @DisplayName("DC-05: more half-days a week than the Pensum allows (60 % -> 6) are refused")
    void dc05_pensum() {
        List<String> entries = new ArrayList<>();
        String[] days = {"2027-02-15", "2027-02-16", "2027-02-17", "2027-02-18"};
        for (String day : days) {
            entries.add(entry(anna, day, "MORNING", garden));
            entries.add(entry(anna, day, "AFTERNOON", garden));
        }
        as("day-center-staff").body(plan(entries.subList(0, 7).toArray(String[]::new)))
                .put("/api/day-center/plans/2027-W07/entries").then().statusCode(409)
                .body("rule", equalTo("DC-05")).body("errors[0].field", equalTo("entries[6].placementId"));
        as("day-center-staff").body(plan(entries.subList(0, 6).toArray(String[]::new)))
                .put("/api/day-center/plans/2027-W07/entries").then().statusCode(200).body("entries", hasSize(6));
    }

    @Test
    @DisplayName("DC-04: copying last week's plan skips what now breaks a rule (a company holiday, DC-02) and reports it")
    void dc04_copyFromPreviousWeek() {
        as("day-center-staff").body(plan(entry(beat, "2027-03-01", "MORNING", kitchen),
                        entry(carla, "2027-03-01", "MORNING", kitchen),
                        entry(carla, "2027-03-02", "AFTERNOON", garden)))
                .put("/api/day-center/plans/2027-W09/entries").then().statusCode(200);
        as("day-center-lead").body("{\"from\":\"2027-03-09\",\"to\":\"2027-03-09\",\"reason\":\"Weiterbildung\"}")
                .post("/api/day-center/areas/" + garden + "/closures").then().statusCode(200);

        as("day-center-staff").post("/api/day-center/plans/2027-W10/copy-from-previous").then().statusCode(200)
                .body("week", equalTo("2027-W10")).body("fromWeek", equalTo("2027-W09"))
                .body("copied", equalTo(2)).body("skipped", hasSize(1))
                .body("skipped[0].rule", equalTo("DC-02")).body("skipped[0].date", equalTo("2027-03-09"))
                .body("skipped[0].placementId", equalTo(carla.placementId()));
        as("day-center-staff").get("/api/day-center/plans/2027-W10").then().body("totalItems", equalTo(2))
                .body("items.date", hasItems("2027-03-08"));

        // copying again adds nothing: the half-days are taken
        as("day-center-staff").post("/api/day-center/plans/2027-W10/copy-from-previous").then().statusCode(200)
                .body("copied", equalTo(0)).body("skipped.rule", hasItems("DC-02", "DC-04"));
    }

    @Test
    @DisplayName("DC-02: a company holiday over days with entries planned in the area is refused (409), naming the days; the plan stays")
    void dc02_closureOverPlannedDaysIsRefused() {
        String workshop = area("Werkstatt " + UUID.randomUUID().toString().substring(0, 8), 3, "NONE", "null");
        as("day-center-staff").body(plan(entry(beat, "2027-05-17", "MORNING", workshop),
                        entry(carla, "2027-05-17", "MORNING", workshop),
                        entry(beat, "2027-05-19", "AFTERNOON", workshop),
                        entry(carla, "2027-05-18", "MORNING", garden)))
                .put("/api/day-center/plans/2027-W20/entries").then().statusCode(200);

        as("day-center-lead").body(holiday("2027-05-14", "2027-05-21"))
                .post("/api/day-center/areas/" + workshop + "/closures").then().statusCode(409)
                .body("rule", equalTo("DC-02")).body("type", endsWith("/rule-violation"))
                .body("detail", containsString("3 planned half-days"))
                .body("detail", containsString("2027-05-17, 2027-05-19 (2 days)"))
                .body("errors.field", contains("from", "to"));
        as("day-center-lead").body(holiday("2027-05-19", "2027-05-19"))
                .post("/api/day-center/areas/" + workshop + "/closures").then().statusCode(409)
                .body("rule", equalTo("DC-02")).body("detail", containsString("1 planned half-day in"));
        as("day-center-staff").get("/api/day-center/areas/" + workshop).then().body("closures", hasSize(0));
        as("day-center-staff").get("/api/day-center/plans/2027-W20").then().body("totalItems", equalTo(4));

        // entries in other areas do not count: the garden is planned on the 18th, the workshop is not
        as("day-center-lead").body(holiday("2027-05-18", "2027-05-18"))
                .post("/api/day-center/areas/" + workshop + "/closures").then().statusCode(200)
                .body("closures", hasSize(1));
        // once the 19th is re-planned elsewhere, the workshop may close then
        as("day-center-staff").body(plan(entry(beat, "2027-05-17", "MORNING", workshop),
                        entry(carla, "2027-05-17", "MORNING", workshop),
                        entry(beat, "2027-05-19", "AFTERNOON", garden),
                        entry(carla, "2027-05-18", "MORNING", garden)))
                .put("/api/day-center/plans/2027-W20/entries").then().statusCode(200);
        as("day-center-lead").body(holiday("2027-05-19", "2027-05-21"))
                .post("/api/day-center/areas/" + workshop + "/closures").then().statusCode(200)
                .body("closures", hasSize(2));
    }

    @Test
    @DisplayName("DC-04: a capacity below the participants planned on a future half-day is refused (409, naming capacity)")
    void dc04_capacityBelowPlannedIsRefused() {
        String shop = area("Laden " + UUID.randomUUID().toString().substring(0, 8), 4, "SERVICE", "60");
        as("day-center-staff").body(plan(entry(anna, "2027-05-25", "AFTERNOON", shop),
                        entry(beat, "2027-05-25", "AFTERNOON", shop),
                        entry(carla, "2027-05-25", "AFTERNOON", shop),
                        entry(beat, "2027-05-24", "MORNING", shop)))
                .put("/api/day-center/plans/2027-W21/entries").then().statusCode(200);

        as("day-center-lead").body("{\"capacity\":2,\"kind\":\"SERVICE\",\"motivationCompensation\":60}")
                .put("/api/day-center/areas/" + shop).then().statusCode(409)
                .body("rule", equalTo("DC-04")).body("type", endsWith("/rule-violation"))
                .body("detail", containsString("3 participants on 2027-05-25 AFTERNOON"))
                .body("errors", hasSize(1)).body("errors[0].field", equalTo("capacity"));
        as("day-center-staff").get("/api/day-center/areas/" + shop).then().body("capacity", equalTo(4));
        // field checks come first: an invalid compensation is 400 DC-06, not the plan's 409
        as("day-center-lead").body("{\"capacity\":1,\"kind\":\"NONE\",\"motivationCompensation\":60}")
                .put("/api/day-center/areas/" + shop).then().statusCode(400).body("rule", equalTo("DC-06"));

        // down to what is planned, and up again, is fine
        as("day-center-lead").body("{\"capacity\":3,\"kind\":\"SERVICE\",\"motivationCompensation\":60}")
                .put("/api/day-center/areas/" + shop).then().statusCode(200).body("capacity", equalTo(3));
        as("day-center-lead").body("{\"capacity\":10,\"kind\":\"WORK\",\"motivationCompensation\":70}")
                .put("/api/day-center/areas/" + shop).then().statusCode(200).body("capacity", equalTo(10));
    }

    static String holiday(String from, String to) {
        return "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"reason\":\"Betriebsferien\"}";
    }

    @Test
    @DisplayName("DC-04: participant and area plans as iCalendar feeds (text/calendar, Europe/Zurich, CRLF, audited)")
    void dc04_calendarFeeds() {
        as("day-center-staff").body(plan(entry(carla, "2027-03-15", "MORNING", kitchen),
                        entry(carla, "2027-03-16", "AFTERNOON", garden),
                        entry(beat, "2027-03-15", "MORNING", kitchen)))
                .put("/api/day-center/plans/2027-W11/entries").then().statusCode(200);

        String ics = as("day-center-staff").get("/api/day-center/plans/participants/" + carla.placementId() + "/calendar.ics")
                .then().statusCode(200).contentType(startsWith("text/calendar")).extract().asString();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("TZID:Europe/Zurich", "DTSTART;TZID=Europe/Zurich:20270315T080000\r\n",
                        "DTEND;TZID=Europe/Zurich:20270315T120000\r\n", "DTSTART;TZID=Europe/Zurich:20270316T120000\r\n",
                        "DTEND;TZID=Europe/Zurich:20270316T163000\r\n", "SUMMARY:Küche ");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(ics.split("\r\n")).allSatisfy(l ->
                assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));

        String area = as("day-center-staff").get("/api/day-center/plans/areas/" + kitchen + "/calendar.ics")
                .then().statusCode(200).contentType(startsWith("text/calendar")).extract().asString();
        assertThat(area.replace("\r\n ", "")).contains("Dritte", "Vollzeit",
                "DTSTART;TZID=Europe/Zurich:20270315T080000", ": 2 of 2 planned");

        as("admin").queryParam("subject", carla.personId()).get("/api/day-center/audit").then().statusCode(200)
                .body("items.findAll { it.resourceType == 'plan' }.action", hasItems("READ"));
        as("day-center-staff").get("/api/day-center/plans/participants/" + UUID.randomUUID() + "/calendar.ics")
                .then().statusCode(404);
    }
}
