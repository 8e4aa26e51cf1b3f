package ch.so.integration.billing.creditor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.billing.BillingTestResource;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@BillingTestResource
class CreditorApiTest {

    @Suite
    TestTokens tokens;

    private RequestSpecification as(String role) {
        return given().header("Authorization", tokens.bearer(role)).contentType(ContentType.JSON);
    }

    static String amiCreditor(UUID provider, String institution, String name, String iban) {
        return """
                {"kind":"AMI_PROVIDER","intakeProviderId":"%s","institutionId":"%s","name":"%s",
                 "address":{"street":"Industriestrasse","houseNumber":"12","postalCode":"4500","town":"Solothurn",
                            "country":"CH"},
                 "iban":"%s"}""".formatted(provider, institution, name, iban);
    }

    @Test
    @DisplayName("an AMI provider's creditor is registered with a QR-IBAN, read back, listed, and its writes are audited")
    void register() {
        UUID provider = UUID.randomUUID();
        var created = as("billing").header("Idempotency-Key", "cred-" + provider)
                .body(amiCreditor(provider, "PROV-" + provider, "Regiomech AG", "CH44 3199 9123 0008 8901 2"))
                .post("/api/billing/creditors").then().statusCode(201)
                .body("kind", equalTo("AMI_PROVIDER"))
                .body("intakeProviderId", equalTo(provider.toString()))
                .body("iban", equalTo("CH4431999123000889012"))
                .body("ibanFormatted", equalTo("CH44 3199 9123 0008 8901 2"))
                .body("qrIban", equalTo(true))
                .body("address.town", equalTo("Solothurn"))
                .extract();
        String id = created.path("id");
        org.assertj.core.api.Assertions.assertThat(created.header("Location")).endsWith("/api/billing/creditors/" + id);
        // a retry with the same key replays the answer and creates nothing
        as("billing").header("Idempotency-Key", "cred-" + provider)
                .body(amiCreditor(provider, "PROV-" + provider, "Regiomech AG", "CH44 3199 9123 0008 8901 2"))
                .post("/api/billing/creditors").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        as("admin").get("/api/billing/creditors/" + id).then().statusCode(200).body("name", equalTo("Regiomech AG"));
        as("billing").queryParam("kind", "AMI_PROVIDER").queryParam("size", 100).get("/api/billing/creditors")
                .then().statusCode(200).body("totalItems", greaterThanOrEqualTo(1))
                .body("items.kind", everyItem(equalTo("AMI_PROVIDER")));

        // a change: another (ordinary) IBAN and institution; the kind stays
        as("billing").body(amiCreditor(provider, "PROV-NEW", "Regiomech AG", "CH93 0076 2011 6238 5295 7"))
                .put("/api/billing/creditors/" + id).then().statusCode(200)
                .body("qrIban", equalTo(false)).body("institutionId", equalTo("PROV-NEW")).body("version", equalTo(1));

        as("admin").queryParam("subject", id).get("/api/billing/audit").then().statusCode(200)
                .body("items.action", containsInAnyOrder("CREATE", "UPDATE"))
                .body("items.resourceType", everyItem(equalTo("creditor")));
    }

    @Test
    @DisplayName("one creditor per intake provider; exactly one day center; the kind cannot change")
    void duplicates() {
        UUID provider = UUID.randomUUID();
        String first = as("billing").body(amiCreditor(provider, "P1", "Erster", "CH93 0076 2011 6238 5295 7"))
                .post("/api/billing/creditors").then().statusCode(201).extract().path("id");
        as("billing").body(amiCreditor(provider, "P2", "Zweiter", "CH93 0076 2011 6238 5295 7"))
                .post("/api/billing/creditors").then().statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("/duplicate"))
                .body("existingId", equalTo(first)).body("errors[0].field", equalTo("intakeProviderId"));
        // changing another creditor to the same provider is refused too
        String other = as("billing").body(amiCreditor(UUID.randomUUID(), "P3", "Dritter", "CH93 0076 2011 6238 5295 7"))
                .post("/api/billing/creditors").then().statusCode(201).extract().path("id");
        as("billing").body(amiCreditor(provider, "P3", "Dritter", "CH93 0076 2011 6238 5295 7"))
                .put("/api/billing/creditors/" + other).then().statusCode(409).body("existingId", equalTo(first));

        String dayCenter = """
                {"kind":"DAY_CENTER","name":"Tageszentrum","address":{"street":"Weissensteinstrasse","houseNumber":"5",
                 "postalCode":"4500","town":"Solothurn","country":"CH"},"iban":"CH56 0483 5012 3456 7800 9"}""";
        Integer existing = as("billing").queryParam("kind", "DAY_CENTER").get("/api/billing/creditors").then()
                .statusCode(200).extract().path("totalItems");
        if (existing == 0) {
            as("billing").body(dayCenter).post("/api/billing/creditors").then().statusCode(201);
        }
        String dayCenterId = as("billing").queryParam("kind", "DAY_CENTER").get("/api/billing/creditors").then()
                .statusCode(200).body("totalItems", equalTo(1)).extract().path("items[0].id");
        as("billing").body(dayCenter).post("/api/billing/creditors").then().statusCode(409)
                .body("type", endsWith("/duplicate")).body("existingId", equalTo(dayCenterId));
        // the day center keeps its own kind when it changes
        as("admin").body(dayCenter.replace("Tageszentrum", "Tageszentrum Solothurn"))
                .put("/api/billing/creditors/" + dayCenterId).then().statusCode(200)
                .body("name", equalTo("Tageszentrum Solothurn"));
        as("billing").body(amiCreditor(UUID.randomUUID(), "P4", "Tageszentrum", "CH93 0076 2011 6238 5295 7"))
                .put("/api/billing/creditors/" + dayCenterId).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    @DisplayName("bad input names every offending field; a wrong IBAN check sum and a German IBAN are refused")
    void badInput() {
        as("billing").body("""
                {"kind":"AMI_PROVIDER","name":"","address":{"street":"S","postalCode":"45","town":"T","country":"DE"},
                 "iban":"CH93 0076 2011 6238 5295 8"}""")
                .post("/api/billing/creditors").then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("errors.field", containsInAnyOrder("intakeProviderId", "name", "address.postalCode",
                        "address.country", "iban"))
                .body("errors.find { it.field == 'iban' }.message", equalTo("has a wrong check sum (mod 97)"));
        as("billing").body(amiCreditor(UUID.randomUUID(), "P", "Deutsch", "DE89 3704 0044 0532 0130 00"))
                .post("/api/billing/creditors").then().statusCode(400)
                .body("errors[0].message", equalTo("must be a Swiss or Liechtenstein IBAN (CH or LI)"));
        as("billing").body("{\"kind\":\"BANK\"}").post("/api/billing/creditors").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        as("billing").body("{\"kind\":\"DAY_CENTER\",\"color\":\"red\"}").post("/api/billing/creditors").then()
                .statusCode(400).body("errors[0].field", equalTo("color"));
        as("billing").post("/api/billing/creditors").then().statusCode(400);
        as("billing").get("/api/billing/creditors/" + UUID.randomUUID()).then().statusCode(404);
        as("billing").get("/api/billing/creditors/nope").then().statusCode(400).body("errors[0].field", equalTo("id"));
        as("billing").queryParam("size", 500).get("/api/billing/creditors").then().statusCode(400);
        // nothing was written
        as("billing").queryParam("size", 100).get("/api/billing/creditors").then().statusCode(200)
                .body("items.name", not(hasItem("Deutsch")));
    }

    @Test
    @DisplayName("only billing and admin register and read creditors")
    void roles() {
        String body = amiCreditor(UUID.randomUUID(), "P", "Rolle", "CH93 0076 2011 6238 5295 7");
        for (String role : new String[] {"partner", "intake", "canton", "controlling"}) {
            as(role).body(body).post("/api/billing/creditors").then().statusCode(403);
            as(role).get("/api/billing/creditors").then().statusCode(403);
        }
        given().header("Authorization", tokens.bearerForPartner("P")).get("/api/billing/creditors").then()
                .statusCode(403);
        given().contentType(ContentType.JSON).body(body).post("/api/billing/creditors").then().statusCode(401);
        as("billing").get("/api/billing/creditors").then().statusCode(200).body("items", notNullValue());
    }
}
