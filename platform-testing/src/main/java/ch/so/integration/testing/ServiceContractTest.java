package ch.so.integration.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every service of the suite must do, whatever its domain. A service's test extends this class, adds
 * {@code @QuarkusTest} and its test resource, and names its API root.
 */
public abstract class ServiceContractTest {

    @Suite
    protected TestTokens tokens;

    @Suite
    protected TestDatabase database;

    /** e.g. {@code /api/intake} */
    protected abstract String apiRoot();

    @Test
    @DisplayName("ready only with its database and Kafka reachable; live with its event workers running")
    void health() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("kafka"))
                .body("checks.find { it.name == 'kafka' }.status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'event-workers' }.status", equalTo("UP"));
    }

    @Test
    @DisplayName("Prometheus metrics, OpenAPI with the bearer scheme, and Swagger UI are served")
    void observability() {
        given().header("Authorization", tokens.bearer("admin")).queryParam("subject", "nobody")
                .get(apiRoot() + "/audit").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("http_server_requests_seconds_count"));
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    @DisplayName("the audit log is append-only: the application role may insert but not update or delete; a trigger stops the owner")
    void auditLogIsAppendOnly() throws Exception {
        try (Connection app = database.asApp(); Statement s = app.createStatement()) {
            s.executeUpdate("insert into audit_log (actor, actor_roles, action, resource_type) "
                    + "values ('contract-test', 'admin', 'READ', 'probe')");
            assertThatThrownBy(() -> s.executeUpdate("update audit_log set actor = 'someone else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_log"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("truncate audit_log"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.executeUpdate("create table sneaky (id int)"))
                    .as("the application role has no DDL").isInstanceOf(SQLException.class);
        }
        try (Connection owner = database.asOwner(); Statement s = owner.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_log"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            try (var rs = s.executeQuery("select count(*) from audit_log where actor = 'contract-test'")) {
                rs.next();
                assertThat(rs.getLong(1)).isPositive();
            }
        }
    }

    @Test
    @DisplayName("the service documents its events in an AsyncAPI 3 document (asyncapi.yaml)")
    void asyncApiDocument() throws Exception {
        AsyncApiContract.load(java.nio.file.Path.of("asyncapi.yaml"));
    }

    @Test
    @DisplayName("the audit API is for admins only; without a token it answers 401 as a problem")
    void auditApiAccess() {
        given().get(apiRoot() + "/audit?subject=x").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", tokens.bearer("caseworker", "intake", "partner", "billing", "canton",
                        "controlling", "iiz-coordinator", "day-center-staff"))
                .get(apiRoot() + "/audit?subject=x").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", tokens.bearer("admin")).get(apiRoot() + "/audit")
                .then().statusCode(400).body("errors[0].field", equalTo("subject"));
    }
}
