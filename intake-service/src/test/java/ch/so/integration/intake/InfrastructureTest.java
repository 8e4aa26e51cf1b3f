package ch.so.integration.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.testing.ServiceContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@IntakeTestResource
class InfrastructureTest extends ServiceContractTest {

    @Override
    protected String apiRoot() {
        return "/api/intake";
    }

    @Test
    @DisplayName("intake's OpenAPI and metrics show its operations and its outbox")
    void intakeSpecifics() {
        given().header("Authorization", tokens.bearer("intake")).contentType("application/json")
                .body(TestData.personJson(TestData.ahvNumber(), "Metric", "Mia")).post("/api/intake/persons")
                .then().statusCode(201);
        given().get("/q/metrics").then().statusCode(200).body(containsString("outbox_events_published_total"));
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/intake/persons'.post", notNullValue());
    }

    @Test
    @DisplayName("an admin can see who accessed a person's data")
    void auditApi() {
        String id = given().header("Authorization", tokens.bearer("intake")).contentType("application/json")
                .body(TestData.personJson(TestData.ahvNumber(), "Trail", "Tom")).post("/api/intake/persons")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", tokens.bearer("caseworker")).get("/api/intake/persons/" + id).then().statusCode(200);

        given().header("Authorization", tokens.bearer("admin")).queryParam("subject", id).get("/api/intake/audit")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].action", equalTo("READ"))
                .body("items[0].actorRoles", equalTo("caseworker"))
                .body("items[1].action", equalTo("CREATE"))
                .body("items[1].correlationId", notNullValue());
    }
}
