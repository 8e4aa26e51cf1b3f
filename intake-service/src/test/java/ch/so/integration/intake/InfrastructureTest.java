package ch.so.integration.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@IntakeTestResource
class InfrastructureTest {

    @Suite
    TestTokens tokens;

    @Suite
    TestDatabase database;

    @Test
    @DisplayName("ready only with database and Kafka reachable; live with its event workers running")
    void health() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("kafka"))
                .body("checks.find { it.name == 'kafka' }.status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'event-workers' }.status", equalTo("UP"));
    }

    @Test
    @DisplayName("Prometheus metrics, OpenAPI and Swagger UI are served")
    void observability() {
        given().header("Authorization", tokens.bearer("intake")).get("/api/intake/persons?officialName=zz").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("outbox_events_published_total"))
                .body(containsString("jvm_memory_used_bytes"));
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/intake/persons'.post", notNullValue())
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    @DisplayName("the audit log is append-only: the application role cannot update or delete, and a trigger stops the owner")
    void auditLogIsAppendOnly() throws Exception {
        given().header("Authorization", tokens.bearer("intake")).contentType("application/json")
                .body(TestData.personJson(TestData.ahvNumber(), "Audit", "Ada")).post("/api/intake/persons")
                .then().statusCode(201);

        try (Connection app = database.asApp(); Statement s = app.createStatement()) {
            assertThat(count(s)).isPositive();
            assertThatThrownBy(() -> s.executeUpdate("update audit_log set actor = 'someone else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_log"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("create table sneaky (id int)"))
                    .as("the application role has no DDL").isInstanceOf(SQLException.class);
        }
        try (Connection owner = database.asOwner(); Statement s = owner.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_log"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
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

    private static long count(Statement s) throws SQLException {
        try (var rs = s.executeQuery("select count(*) from audit_log")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
