package ch.so.integration.daycenter.area;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.daycenter.DayCenterTestResource;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@DayCenterTestResource
class WorkAreaApiTest {

    @Suite
    TestTokens tokens;

    RequestSpecification as(String role) {
        return given().header("Authorization", tokens.bearer(role)).contentType("application/json");
    }

    String create(String name, int capacity, String kind, String compensation) {
        return as("day-center-lead").body("{\"name\":\"" + name + "\",\"capacity\":" + capacity + ",\"kind\":\"" + kind
                        + "\",\"motivationCompensation\":" + compensation + "}")
                .post("/api/day-center/areas").then().statusCode(201).extract().path("id");
    }

    static String closure(String from, String to) {
        return "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"reason\":\"Betriebsferien\"}";
    }

    @Test
    @DisplayName("DC-06: a lead sets up areas with capacity, kind and compensation; staff read them paged; staff may not change them")
    void dc06_createReadChange() {
        String name = "Küche " + UUID.randomUUID().toString().substring(0, 8);
        String id = as("day-center-lead").header("Idempotency-Key", "area-" + name.hashCode())
                .body("{\"name\":\"" + name + "\",\"capacity\":8,\"kind\":\"WORK\",\"motivationCompensation\":80}")
                .post("/api/day-center/areas").then().statusCode(201)
                .header("Location", containsString("/areas/"))
                .body("name", equalTo(name)).body("capacity", equalTo(8)).body("kind", equalTo("WORK"))
                .body("motivationCompensation", equalTo(80.0f)).body("closures", hasSize(0))
                .extract().path("id");
        // the same key and body replay the first answer
        as("day-center-lead").header("Idempotency-Key", "area-" + name.hashCode())
                .body("{\"name\":\"" + name + "\",\"capacity\":8,\"kind\":\"WORK\",\"motivationCompensation\":80}")
                .post("/api/day-center/areas").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));

        as("day-center-staff").get("/api/day-center/areas/" + id).then().statusCode(200).body("name", equalTo(name));
        as("day-center-staff").queryParam("size", 1).get("/api/day-center/areas").then().statusCode(200)
                .body("items", hasSize(1)).body("totalItems", greaterThanOrEqualTo(1));

        as("day-center-lead").body("{\"capacity\":3,\"kind\":\"NONE\"}").put("/api/day-center/areas/" + id)
                .then().statusCode(200).body("capacity", equalTo(3)).body("kind", equalTo("NONE"))
                .body("motivationCompensation", nullValue());

        as("day-center-staff").body("{\"capacity\":3,\"kind\":\"NONE\"}").put("/api/day-center/areas/" + id)
                .then().statusCode(403);
        as("day-center-staff").body("{\"name\":\"X\",\"capacity\":3,\"kind\":\"NONE\"}").post("/api/day-center/areas")
                .then().statusCode(403);
        as("caseworker").get("/api/day-center/areas").then().statusCode(403);
        given().get("/api/day-center/areas").then().statusCode(401);
        as("day-center-staff").get("/api/day-center/areas/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @DisplayName("DC-06: compensation outside CHF 50-100, or any for an area without work, is refused; names are unique")
    void dc06_invalidInput() {
        as("day-center-lead").body("{\"name\":\"Zu teuer\",\"capacity\":8,\"kind\":\"SERVICE\",\"motivationCompensation\":120}")
                .post("/api/day-center/areas").then().statusCode(400)
                .body("rule", equalTo("DC-06")).body("errors[0].field", equalTo("motivationCompensation"));
        as("day-center-lead").body("{\"name\":\"Ruhe\",\"capacity\":8,\"kind\":\"NONE\",\"motivationCompensation\":50}")
                .post("/api/day-center/areas").then().statusCode(400).body("rule", equalTo("DC-06"));
        as("day-center-lead").body("{\"name\":\"Gross\",\"capacity\":51,\"kind\":\"NONE\"}")
                .post("/api/day-center/areas").then().statusCode(400).body("errors[0].field", equalTo("capacity"));
        String name = "Wäscherei " + UUID.randomUUID().toString().substring(0, 8);
        create(name, 4, "SERVICE", "60.50");
        as("day-center-lead").body("{\"name\":\"" + name.toUpperCase() + "\",\"capacity\":4,\"kind\":\"NONE\"}")
                .post("/api/day-center/areas").then().statusCode(409);
    }

    @Test
    @DisplayName("DC-02: company holidays close an area only while another is open; closing the last open area is refused naming the dates")
    void dc02_closuresKeepOneAreaOpen() {
        create("Atelier " + UUID.randomUUID().toString().substring(0, 8), 5, "WORK", "70");
        create("Garten " + UUID.randomUUID().toString().substring(0, 8), 5, "WORK", "70");
        List<String> all = as("admin").queryParam("size", 100).get("/api/day-center/areas").then().statusCode(200)
                .extract().path("items.id");
        String holiday = closure("2027-08-02", "2027-08-13");
        String firstClosure = null;
        for (String id : all.subList(0, all.size() - 1)) {
            String closureId = as("day-center-lead").body(holiday).post("/api/day-center/areas/" + id + "/closures")
                    .then().statusCode(200).body("closures", hasSize(greaterThanOrEqualTo(1)))
                    .extract().path("closures.find { it.from == '2027-08-02' }.id");
            firstClosure = firstClosure == null ? closureId : firstClosure;
        }
        String last = all.getLast();
        // the last open area may close for a part of the time only if it leaves no day without an open area
        as("day-center-lead").body(closure("2027-08-09", "2027-08-20")).post("/api/day-center/areas/" + last + "/closures")
                .then().statusCode(409).body("rule", equalTo("DC-02"))
                .body("type", endsWith("/rule-violation"))
                .body("detail", containsString("2027-08-09 to 2027-08-13"));
        as("day-center-lead").body(closure("2027-08-16", "2027-08-20")).post("/api/day-center/areas/" + last + "/closures")
                .then().statusCode(200);

        // reopening one area lets the last one close
        String first = all.getFirst();
        as("day-center-lead").delete("/api/day-center/areas/" + first + "/closures/" + firstClosure)
                .then().statusCode(200);
        as("day-center-lead").body(closure("2027-08-09", "2027-08-13")).post("/api/day-center/areas/" + last + "/closures")
                .then().statusCode(200);
        // now the first may not close again in that week
        as("day-center-lead").body(closure("2027-08-11", "2027-08-11")).post("/api/day-center/areas/" + first + "/closures")
                .then().statusCode(409).body("rule", equalTo("DC-02")).body("detail", containsString("2027-08-11"));
        as("day-center-lead").delete("/api/day-center/areas/" + first + "/closures/" + UUID.randomUUID())
                .then().statusCode(404);
        as("day-center-lead").body(closure("2027-08-13", "2027-08-12")).post("/api/day-center/areas/" + first + "/closures")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
    }
}
