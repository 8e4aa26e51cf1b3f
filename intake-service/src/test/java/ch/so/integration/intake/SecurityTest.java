package ch.so.integration.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@IntakeTestResource
class SecurityTest {

    @Suite
    TestTokens tokens;

    private static final String PERSON = TestData.personJson("756.9217.0769.85", "Sec", "Sam");

    @Test
    @DisplayName("no token, an expired, a foreign or a garbage token: 401 problem with a Bearer challenge")
    void unauthenticated() {
        given().contentType("application/json").body(PERSON).post("/api/intake/persons")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", endsWith("/unauthenticated"));
        given().header("Authorization", tokens.expired("intake")).contentType("application/json").body(PERSON)
                .post("/api/intake/persons").then().statusCode(401).body("detail", equalTo("The token has expired."));
        given().header("Authorization", tokens.foreign("intake")).contentType("application/json").body(PERSON)
                .post("/api/intake/persons").then().statusCode(401);
        given().header("Authorization", "Bearer not-a-token").get("/api/intake/persons?officialName=x")
                .then().statusCode(401);
    }

    @Test
    @DisplayName("a valid token without the endpoint's role: 403 naming the roles")
    void forbidden() {
        given().header("Authorization", tokens.bearer("caseworker")).contentType("application/json").body(PERSON)
                .post("/api/intake/persons").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("intake"));
        given().header("Authorization", tokens.bearerForPartner("RAV-SO"))
                .get("/api/intake/persons/00000000-0000-0000-0000-000000000001").then().statusCode(403);
        given().header("Authorization", tokens.bearer("day-center-staff")).get("/api/intake/audit?subject=x")
                .then().statusCode(403);
    }

    @Test
    @DisplayName("an endpoint without a role annotation is denied to every role")
    void unannotatedIsDenied() {
        given().header("Authorization", tokens.bearer("admin")).get("/api/intake/test-unannotated")
                .then().statusCode(403).body("detail", equalTo("This operation is not open to any role."));
        given().get("/api/intake/test-unannotated").then().statusCode(401);
    }

    @Test
    @DisplayName("an unknown path or method is a problem too")
    void unknownPath() {
        given().header("Authorization", tokens.bearer("admin")).get("/api/intake/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", tokens.bearer("admin")).delete("/api/intake/persons")
                .then().statusCode(405).contentType("application/problem+json");
    }
}
