package ch.so.integration.intake.person;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.intake.IntakeTestResource;
import ch.so.integration.intake.TestData;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@IntakeTestResource
class PersonApiTest {

    @Suite
    TestTokens tokens;

    @Suite
    TestDatabase database;

    private ValidatableResponse register(String json) {
        return given().header("Authorization", tokens.bearer("intake")).contentType("application/json").body(json)
                .post("/api/intake/persons").then();
    }

    @Test
    @DisplayName("registering a person answers 201 with its location, and audits the write")
    void register() throws Exception {
        String ahv = TestData.ahvNumber();
        String id = register(TestData.personJson(ahv.replace(".", ""), "Muster", "Anna"))
                .statusCode(201)
                .header("Location", containsString("/api/intake/persons/"))
                .body("ahvNumber", equalTo(ahv))
                .body("officialName", equalTo("Muster"))
                .body("sex", equalTo("FEMALE"))
                .body("dateOfBirth", equalTo("1990-04-17"))
                .extract().path("id");

        assertThat(auditActions(id)).containsExactly("CREATE");
    }

    @Test
    @DisplayName("one person per AHV number: a second registration answers 409 with the existing id")
    void duplicate() {
        String ahv = TestData.ahvNumber();
        String first = register(TestData.personJson(ahv, "Muster", "Anna")).statusCode(201).extract().path("id");

        register(TestData.personJson(ahv, "Other", "Name"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/duplicate"))
                .body("existingId", equalTo(first));
    }

    @Test
    @DisplayName("concurrent registrations of one AHV number: one person, the others 409 (never a 500)")
    void concurrentDuplicates() throws Exception {
        String json = TestData.personJson(TestData.ahvNumber(), "Parallel", "Pia");
        String bearer = tokens.bearer("intake");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(pool.submit(() -> given().header("Authorization", bearer).contentType("application/json")
                        .body(json).post("/api/intake/persons").then().extract().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (var call : calls) {
                statuses.add(call.get());
            }
            assertThat(statuses).containsOnlyOnce(201).allMatch(code -> code == 201 || code == 409);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("invalid input lists every offending field, with nothing written")
    void validation() {
        String name = TestData.uniqueName("Invalid");
        register("""
                {"ahvNumber":"756.9217.0769.84","officialName":"%s","firstName":"","dateOfBirth":"2999-01-01"}"""
                .formatted(name))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("errors.field", containsInAnyOrder("ahvNumber", "firstName", "sex", "dateOfBirth", "address",
                        "circumstances"))
                .body("errors.find { it.field == 'ahvNumber' }.message", equalTo("has a wrong check digit"))
                .body("errors.find { it.field == 'dateOfBirth' }.message", equalTo("must not lie in the future"));

        given().header("Authorization", tokens.bearer("intake")).queryParam("officialName", name)
                .get("/api/intake/persons").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    @DisplayName("wrong types, unknown fields and broken JSON get a problem naming the field, never a class name")
    void unreadableBodies() {
        List<String> bodies = new ArrayList<>();
        bodies.add(register("""
                {"ahvNumber":"%s","officialName":"M","firstName":"A","sex":"X","dateOfBirth":"1990-04-17"}"""
                .formatted(TestData.ahvNumber()))
                .statusCode(400).body("errors[0].field", equalTo("sex"))
                .body("errors[0].message", equalTo("must be one of MALE, FEMALE, UNKNOWN"))
                .extract().asString());
        bodies.add(register("""
                {"ahvNumber":"%s","officialName":"M","firstName":"A","sex":"MALE","dateOfBirth":"17.04.1990"}"""
                .formatted(TestData.ahvNumber()))
                .statusCode(400).body("errors[0].field", equalTo("dateOfBirth"))
                .body("errors[0].message", equalTo("must be a date (YYYY-MM-DD)"))
                .extract().asString());
        bodies.add(register("""
                {"ahvNumber":"%s","officialName":"M","firstName":"A","sex":"MALE","dateOfBirth":"1990-04-17","nickname":"x"}"""
                .formatted(TestData.ahvNumber()))
                .statusCode(400).body("errors[0].field", equalTo("nickname"))
                .body("errors[0].message", equalTo("is not a field of this request"))
                .extract().asString());
        bodies.add(register("{\"ahvNumber\": \"x\",,}").statusCode(400).body("type", endsWith("/malformed-request"))
                .extract().asString());
        bodies.add(given().header("Authorization", tokens.bearer("intake")).contentType("application/json")
                .post("/api/intake/persons").then().statusCode(400).extract().asString());

        for (String body : bodies) {
            assertThat(body).doesNotContain("Exception").doesNotContain("java.").doesNotContain("ch.so.")
                    .doesNotContain("\tat ").contains("correlationId");
        }
    }

    @Test
    @DisplayName("a retried create with the same Idempotency-Key creates nothing new; another body is refused")
    void idempotentRetry() throws Exception {
        String ahv = TestData.ahvNumber();
        String key = java.util.UUID.randomUUID().toString();
        String json = TestData.personJson(ahv, "Retry", "Rita");
        String first = given().header("Authorization", tokens.bearer("intake")).header("Idempotency-Key", key)
                .contentType("application/json").body(json).post("/api/intake/persons")
                .then().statusCode(201).header("Idempotent-Replayed", "false").extract().path("id");

        given().header("Authorization", tokens.bearer("intake")).header("Idempotency-Key", key)
                .contentType("application/json").body(json).post("/api/intake/persons")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertThat(auditActions(first)).as("the replay showed the person again").containsExactly("CREATE", "READ");

        given().header("Authorization", tokens.bearer("intake")).header("Idempotency-Key", key)
                .contentType("application/json").body(TestData.personJson(TestData.ahvNumber(), "Other", "Otto"))
                .post("/api/intake/persons")
                .then().statusCode(422).body("type", endsWith("/idempotency-key-reused"));
    }

    @Test
    @DisplayName("the AHV number is shown to intake, not to a caseworker; every read is audited")
    void readAndAhvVisibility() throws Exception {
        String id = register(TestData.personJson(TestData.ahvNumber(), "Visible", "Vera")).statusCode(201)
                .extract().path("id");

        given().header("Authorization", tokens.bearer("intake")).get("/api/intake/persons/" + id)
                .then().statusCode(200).body("ahvNumber", not(nullValue()));
        given().header("Authorization", tokens.bearer("caseworker")).get("/api/intake/persons/" + id)
                .then().statusCode(200).body("officialName", equalTo("Visible")).body("ahvNumber", nullValue())
                .body("address", nullValue()).body("circumstances", nullValue());

        assertThat(auditActions(id)).containsExactly("CREATE", "READ", "READ");
    }

    @Test
    @DisplayName("an unknown id answers 404 as a problem")
    void notFound() {
        given().header("Authorization", tokens.bearer("intake"))
                .get("/api/intake/persons/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("type", endsWith("/not-found"));
    }

    @Test
    @DisplayName("search by name prefix (any case) and date of birth, paged")
    void search() {
        String family = TestData.uniqueName("Searchfamily");
        register(TestData.personJson(TestData.ahvNumber(), family, "Alice")).statusCode(201);
        register(TestData.personJson(TestData.ahvNumber(), family, "Bob")).statusCode(201);

        given().header("Authorization", tokens.bearer("intake"))
                .queryParam("officialName", family.toLowerCase().substring(0, family.length() - 2))
                .queryParam("dateOfBirth", "1990-04-17").queryParam("size", 1)
                .get("/api/intake/persons")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].firstName", equalTo("Alice"))
                .body("totalItems", equalTo(2))
                .body("totalPages", equalTo(2));

        given().header("Authorization", tokens.bearer("intake")).get("/api/intake/persons")
                .then().statusCode(400).body("errors[0].field", equalTo("officialName"));
        given().header("Authorization", tokens.bearer("intake")).queryParam("officialName", family)
                .queryParam("size", 500).get("/api/intake/persons")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    private List<String> auditActions(String subject) throws Exception {
        try (Connection c = database.asOwner();
             PreparedStatement s = c.prepareStatement(
                     "select action, actor_roles from audit_log where subject_ref = ? order by id")) {
            s.setString(1, subject);
            List<String> actions = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                    assertThat(rs.getString(2)).isNotBlank();
                }
            }
            return actions;
        }
    }
}
