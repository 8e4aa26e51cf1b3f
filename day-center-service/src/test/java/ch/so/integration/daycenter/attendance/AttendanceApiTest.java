package ch.so.integration.daycenter.attendance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.daycenter.DayCenterTestResource;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@DayCenterTestResource
class AttendanceApiTest {

    @Suite
    KafkaTestCluster kafka;

    @Suite
    TestTokens tokens;

    private RequestSpecification as(String role) {
        return given().header("Authorization", tokens.bearer(role)).contentType(ContentType.JSON);
    }

    private String place(String name, int pensum) throws Exception {
        return Participants.place(kafka, tokens, name, pensum, LocalDate.of(2027, 3, 1));
    }

    @Test
    @DisplayName("DC-01 DC-05 hours and absences are recorded per workday and shown with the month and the Pensum")
    void recordAndPensum() throws Exception {
        String id = place("Stunden", 60);
        as("day-center-staff").body("{\"hours\": 6.5}").put("/api/day-center/attendance/" + id + "/2027-03-01")
                .then().statusCode(200).body("kind", equalTo("WORKED")).body("pensumPercent", equalTo(20));
        as("day-center-staff").body("{\"hours\": 4.75}").put("/api/day-center/attendance/" + id + "/2027-03-02")
                .then().statusCode(200).body("pensumPercent", equalTo(10));
        as("day-center-staff").body("{\"absence\": \"SICK\"}").put("/api/day-center/attendance/" + id + "/2027-03-03")
                .then().statusCode(200).body("kind", equalTo("SICK")).body("pensumPercent", equalTo(0));
        // overwrite: the day is recorded once
        as("day-center-staff").body("{\"hours\": 5}").put("/api/day-center/attendance/" + id + "/2027-03-02")
                .then().statusCode(200).body("pensumPercent", equalTo(20));

        as("day-center-staff").get("/api/day-center/attendance/" + id + "?month=2027-03").then().statusCode(200)
                .body("frozen", equalTo(false)).body("days", hasSize(3));
        as("billing").get("/api/day-center/attendance/" + id + "/pensum?month=2027-03").then().statusCode(200)
                .body("plannedPercent", equalTo(60))
                .body("dayPercentSum", equalTo(40))
                .body("countedWorkdays", equalTo(23))
                .body("actualBillingPercent", equalTo(0))
                .body("weeks[0].percent", equalTo(40));
    }

    @Test
    @DisplayName("DC-01 weekends and hours outside 08:00-16:30 or not in quarter hours are refused")
    void openingHours() throws Exception {
        String id = place("Wochenende", 40);
        as("day-center-staff").body("{\"hours\": 4}").put("/api/day-center/attendance/" + id + "/2027-03-06")
                .then().statusCode(409).body("rule", equalTo("DC-01"));
        as("day-center-staff").body("{\"hours\": 9}").put("/api/day-center/attendance/" + id + "/2027-03-05")
                .then().statusCode(409).body("rule", equalTo("DC-01"));
        as("day-center-staff").body("{\"hours\": 3.1}").put("/api/day-center/attendance/" + id + "/2027-03-05")
                .then().statusCode(409).body("rule", equalTo("DC-01"));
        as("day-center-staff").body("{\"hours\": 3, \"absence\": \"SICK\"}").put("/api/day-center/attendance/" + id + "/2027-03-05")
                .then().statusCode(400);
        // before the place starts
        as("day-center-staff").body("{\"hours\": 3}").put("/api/day-center/attendance/" + id + "/2027-02-26")
                .then().statusCode(409);
        as("billing").body("{\"hours\": 3}").put("/api/day-center/attendance/" + id + "/2027-03-05")
                .then().statusCode(403);
    }

    @Test
    @DisplayName("DC-03 a single day off is not vacation; vacation is whole weeks from a Monday, within the entitlement")
    void vacation() throws Exception {
        String id = place("Ferien", 80);
        as("day-center-staff").body("{\"absence\": \"VACATION\"}").put("/api/day-center/attendance/" + id + "/2027-03-05")
                .then().statusCode(409).body("rule", equalTo("DC-03"));
        as("day-center-staff").body("{\"fromMonday\": \"2027-03-03\", \"weeks\": 1}")
                .post("/api/day-center/attendance/" + id + "/vacations").then().statusCode(409).body("rule", equalTo("DC-03"));

        as("day-center-staff").body("{\"fromMonday\": \"2027-03-08\", \"weeks\": 2}")
                .post("/api/day-center/attendance/" + id + "/vacations").then().statusCode(200)
                .body("entitlementWeeks", equalTo(5)).body("takenWeeks", equalTo(2)).body("remainingWeeks", equalTo(3));
        // a day of a vacation week cannot be turned into a single day
        as("day-center-staff").body("{\"hours\": 5}").put("/api/day-center/attendance/" + id + "/2027-03-09")
                .then().statusCode(409).body("rule", equalTo("DC-03"));
        // 4 more weeks exceed the default 5
        as("day-center-staff").body("{\"fromMonday\": \"2027-04-05\", \"weeks\": 4}")
                .post("/api/day-center/attendance/" + id + "/vacations").then().statusCode(409).body("rule", equalTo("DC-03"));
        // internal housing grants 6 weeks
        as("day-center-lead").body("{\"weeks\": 6}").put("/api/day-center/attendance/" + id + "/vacation-entitlement/2027")
                .then().statusCode(200).body("entitlementWeeks", equalTo(6)).body("entitlementOverridden", equalTo(true));
        as("day-center-staff").body("{\"fromMonday\": \"2027-04-05\", \"weeks\": 4}")
                .post("/api/day-center/attendance/" + id + "/vacations").then().statusCode(200)
                .body("takenWeeks", equalTo(6)).body("remainingWeeks", equalTo(0));
        as("day-center-staff").get("/api/day-center/attendance/" + id + "/vacation-balance?year=2027").then()
                .statusCode(200).body("weeksFrom", hasSize(6)).body("weeksFrom[0]", equalTo("2027-03-08"));
        // a whole week can be cancelled, never a single day of it
        as("day-center-staff").delete("/api/day-center/attendance/" + id + "/vacations/2027-04-26").then()
                .statusCode(200).body("takenWeeks", equalTo(5)).body("remainingWeeks", equalTo(1));
        as("day-center-staff").delete("/api/day-center/attendance/" + id + "/vacations/2027-05-03").then()
                .statusCode(404);
        as("day-center-staff").body("{\"hours\": 5}").put("/api/day-center/attendance/" + id + "/2027-04-27")
                .then().statusCode(200);
        // vacation does not lower the Pensum: one worked day in a month with two vacation weeks
        as("day-center-staff").body("{\"hours\": 6}").put("/api/day-center/attendance/" + id + "/2027-03-01")
                .then().statusCode(200);
        as("day-center-staff").get("/api/day-center/attendance/" + id + "/pensum?month=2027-03").then().statusCode(200)
                .body("countedWorkdays", equalTo(13));
    }

    private String area(String name) {
        return as("day-center-lead").body("{\"name\": \"" + name + "\", \"capacity\": 10, \"kind\": \"NONE\"}")
                .post("/api/day-center/areas").then().statusCode(201).extract().path("id");
    }

    @Test
    @DisplayName("DC-05 a company holiday of all of the participant's areas does not lower the Pensum; one area open keeps the day")
    void companyHolidayLeavesTheDenominator() throws Exception {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        String workshop = "Werkstatt-" + suffix;
        String garden = "Garten-" + suffix;
        String workshopId = area(workshop);
        area(garden);
        // February 2028: 21 workdays (Tue 1 to Tue 29); the workshop closes 14-18 February
        as("day-center-lead").body("{\"from\": \"2028-02-14\", \"to\": \"2028-02-18\", \"reason\": \"Betriebsferien\"}")
                .post("/api/day-center/areas/" + workshopId + "/closures").then().statusCode(200);
        String closed = Participants.place(kafka, tokens, "Betriebsferien", 100, LocalDate.of(2028, 2, 1),
                List.of(workshop));
        String oneOpen = Participants.place(kafka, tokens, "Zwei Bereiche", 100, LocalDate.of(2028, 2, 1),
                List.of(workshop, garden));
        for (LocalDate day : Workdays.of(YearMonth.of(2028, 2))) {
            if (day.isBefore(LocalDate.of(2028, 2, 14)) || day.isAfter(LocalDate.of(2028, 2, 18))) {
                for (String id : List.of(closed, oneOpen)) {
                    as("day-center-staff").body("{\"hours\": 6}").put("/api/day-center/attendance/" + id + "/" + day)
                            .then().statusCode(200);
                }
            }
        }
        as("billing").get("/api/day-center/attendance/" + closed + "/pensum?month=2028-02").then().statusCode(200)
                .body("countedWorkdays", equalTo(16)).body("dayPercentSum", equalTo(320))
                .body("actualBillingPercent", equalTo(100));
        // the garden is open that week: the days count, 320 * 5 / 21 = 76.2 -> 70 %
        as("billing").get("/api/day-center/attendance/" + oneOpen + "/pensum?month=2028-02").then().statusCode(200)
                .body("countedWorkdays", equalTo(21)).body("actualBillingPercent", equalTo(70));
    }
}
