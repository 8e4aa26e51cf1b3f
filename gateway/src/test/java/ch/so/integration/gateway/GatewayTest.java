package ch.so.integration.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.devkit.DevIssuer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(Upstreams.class)
class GatewayTest {

    private static String bearer(String... roles) {
        return "Bearer " + Upstreams.issuer.token(roles);
    }

    @Test
    @DisplayName("forwards method, path, query, body and token; passes the correlation id and the answer back")
    void forwards() {
        given().header("Authorization", bearer("intake")).header("X-Correlation-Id", "client-corr-1234")
                .contentType("application/json").body("{\"a\":1}")
                .post("/api/intake/persons?x=1")
                .then().statusCode(201)
                .header("X-Upstream", "echo")
                .header("X-Correlation-Id", "client-corr-1234")
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/intake/persons?x=1"))
                .body("body", equalTo("{\"a\":1}"))
                .body("headers.authorization", containsString("Bearer "))
                .body("headers.x-correlation-id", equalTo("client-corr-1234"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", notNullValue());
    }

    @Test
    @DisplayName("a correlation id that is not a plain id is replaced, never passed on")
    void unsafeCorrelationId() {
        given().header("Authorization", bearer("intake")).header("X-Correlation-Id", "bad id; drop table")
                .get("/api/intake/persons")
                .then().statusCode(200)
                .header("X-Correlation-Id", not(equalTo("bad id; drop table")))
                .body("headers.x-correlation-id", not(containsString(" ")));
    }

    @Test
    @DisplayName("the token is checked before forwarding: none, expired, foreign get 401; no suite role gets 403")
    void checksTokenFirst() {
        int before = Upstreams.echoHits.get();
        given().get("/api/intake/persons").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer")).body("type", endsWith("/unauthenticated"));
        given().header("Authorization", "Bearer " + Upstreams.issuer.token(
                        DevIssuer.TokenSpec.forRoles("intake").withTtl(java.time.Duration.ofMinutes(-5))))
                .get("/api/intake/persons").then().statusCode(401).body("detail", equalTo("The token has expired."));
        given().header("Authorization", "Bearer " + Upstreams.foreign.token("intake"))
                .get("/api/intake/persons").then().statusCode(401);
        given().header("Authorization", "Bearer " + Upstreams.issuer.token(DevIssuer.TokenSpec.forRoles("visitor")))
                .get("/api/intake/persons").then().statusCode(403).body("type", endsWith("/forbidden"));
        assertThat(Upstreams.echoHits.get()).as("nothing reached the service").isEqualTo(before);
    }

    @Test
    @DisplayName("a service that does not answer in time gets 504, one that is down 502, an unknown one 404")
    void upstreamFailures() {
        given().header("Authorization", bearer("caseworker")).get("/api/segmentation/cases")
                .then().statusCode(504).contentType("application/problem+json").body("type", endsWith("/gateway-timeout"));
        given().header("Authorization", bearer("billing")).get("/api/billing/invoices")
                .then().statusCode(502).contentType("application/problem+json").body("type", endsWith("/bad-gateway"))
                .body("correlationId", notNullValue());
        given().header("Authorization", bearer("admin")).get("/api/nowhere/x")
                .then().statusCode(404).body("detail", containsString("day-center"));
    }

    @Test
    @DisplayName("one merged OpenAPI document: service paths, prefixed schemas, no internal operations, down services named")
    void mergedOpenApi() {
        given().get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Integration suite API"))
                .body("paths.'/api/intake/persons'.post.requestBody.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/intake.PersonView"))
                .body("components.schemas.'intake.PersonView'.properties.page.'$ref'",
                        equalTo("#/components/schemas/intake.Page"))
                .body("paths.'/api/intake/audit'", nullValue())
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("x-unavailable-services", hasItems("billing", "day-center", "iiz", "segmentation"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("/q/openapi"));
        given().get("/webjars/swagger-ui/5.31.0/swagger-ui-bundle.js").then().statusCode(200);
    }

    @Test
    @DisplayName("the gateway is ready on its own; the suite group shows each service's readiness")
    void health() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/group/suite").then().statusCode(503)
                .body("checks[0].data.intake", equalTo("UP"))
                .body("checks[0].data.billing", equalTo("UNREACHABLE"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
