package ch.so.integration.intake.programme;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.intake.IntakeTestResource;
import ch.so.integration.intake.TestData;
import ch.so.integration.platform.web.ProblemException;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@IntakeTestResource
class ProgrammeApiTest {

    /** Money as BigDecimal, so the tests see the scale the API writes. */
    static final RestAssuredConfig MONEY = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    /*
     * Rows of the GeoNames file for the places the search tests use (the same values, so they agree with a full
     * import), and one row without coordinates that the import skips. From Solothurn 4500: Zuchwil 2.6 km,
     * Grenchen 10.8 km, Olten 32.0 km, Basel 38.9 km.
     */
    static final String POSTAL_CODES = PostalCodeImportTest.HEADER + "\n"
            + "CH,4500,Solothurn,Kanton Solothurn,SO,Bezirk Solothurn,1109,Solothurn,2601,47.2062,7.5295\n"
            + "CH,4528,Zuchwil,Kanton Solothurn,SO,Bezirk Wasseramt,1106,Zuchwil,2534,47.2047,7.5634\n"
            + "CH,2540,Grenchen,\"Kanton Solothurn\",SO,Bezirk Lebern,1107,Grenchen,2546,47.1972,7.3876\n"
            + "CH,2540,Grenchen 1,Kanton Solothurn,SO,Bezirk Lebern,1107,Grenchen,2546,47.1972,7.3875\n"
            + "CH,4600,Olten,Kanton Solothurn,SO,Bezirk Olten,1108,Olten,2581,47.3458,7.9009\n"
            + "CH,4051,Basel,Kanton Basel-Stadt,BS,Basel-Stadt,1200,Basel,2701,47.554,7.5865\n"
            + "CH,4502,Solothurn,Kanton Solothurn,SO,Bezirk Solothurn,1109,Solothurn,2601,,\n";

    /** No Swiss postal code. */
    static final String UNKNOWN_POSTAL_CODE = "9999";

    @Suite
    TestTokens tokens;

    @Inject
    ProgrammeService service;

    @BeforeEach
    void postalCodes() {
        given().header("Authorization", tokens.bearer("admin")).contentType("text/csv").body(POSTAL_CODES)
                .post("/api/intake/postal-codes/import")
                .then().statusCode(200).body("imported", equalTo(6)).body("skipped", equalTo(1));
    }

    private RequestSpecification as(String role) {
        return given().config(MONEY).header("Authorization", tokens.bearer(role)).contentType("application/json");
    }

    private String provider(String name) {
        return as("intake").body("""
                        {"name":"%s","street":"Werkhofstrasse 5","postalCode":"4500","town":"Solothurn","canton":"SO"}"""
                        .formatted(name))
                .post("/api/intake/providers").then().statusCode(201).extract().path("id");
    }

    private static String programmeJson(String providerId, String type, String name, String postalCode, int capacity,
                                        String tariffs) {
        return """
                {"providerId":"%s","type":"%s","name":"%s","postalCode":"%s","capacity":%d%s}"""
                .formatted(providerId, type, name, postalCode, capacity, tariffs == null ? "" : ",\"tariffs\":" + tariffs);
    }

    private String programme(String providerId, String type, String postalCode, int capacity, String tariffs) {
        return as("intake").body(programmeJson(providerId, type, TestData.uniqueName("Programm"), postalCode, capacity,
                        tariffs))
                .post("/api/intake/programmes").then().statusCode(201).extract().path("id");
    }

    private String qualifizierung(String providerId, String postalCode, int capacity) {
        return programme(providerId, "QUALIFIZIERUNG", postalCode, capacity, "{\"perDay\":75.50}");
    }

    /** The search hits of one provider's programmes, in the order the search answers. */
    private List<Map<String, Object>> hits(String role, String providerId, String query) {
        List<Map<String, Object>> items = as(role).get("/api/intake/programmes/search?" + query + "&size=100")
                .then().statusCode(200).extract().jsonPath().getList("items");
        List<BigDecimal> distances = items.stream().map(item -> (BigDecimal) item.get("distanceKm")).toList();
        assertThat(distances).as("all hits, nearest first").isSorted();
        return items.stream().filter(item -> providerId.equals(item.get("providerId"))).toList();
    }

    private long programmesOf(String providerId) {
        return ((Number) as("intake").get("/api/intake/programmes?providerId=" + providerId)
                .then().statusCode(200).extract().path("totalItems")).longValue();
    }

    @Test
    @DisplayName("a provider is registered, read back and listed (paged); a retried create with the same Idempotency-Key returns the first")
    void providers() {
        String name = TestData.uniqueName("Regiomech");
        String key = UUID.randomUUID().toString();
        String body = """
                {"name":"%s","postalCode":"4710","town":"Balsthal","canton":"SO"}""".formatted(name);
        String id = as("admin").header("Idempotency-Key", key).body(body).post("/api/intake/providers")
                .then().statusCode(201).header("Location", containsString("/api/intake/providers/"))
                .header("Idempotent-Replayed", "false").body("name", equalTo(name)).body("street", nullValue())
                .extract().path("id");
        as("admin").header("Idempotency-Key", key).body(body).post("/api/intake/providers")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));

        as("partner").get("/api/intake/providers/" + id).then().statusCode(200)
                .body("canton", equalTo("SO")).body("town", equalTo("Balsthal"));
        List<String> names = as("caseworker").get("/api/intake/providers?size=100").then().statusCode(200)
                .body("size", equalTo(100)).extract().jsonPath().getList("items.name");
        assertThat(names).containsOnlyOnce(name);
        as("intake").get("/api/intake/providers?size=101").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    @DisplayName("a provider needs a name, a Swiss postal code, a town and a canton; each offending field is named")
    void providerValidation() {
        as("intake").body("""
                        {"name":"","postalCode":"0450","town":"Solothurn","canton":"XY"}""")
                .post("/api/intake/providers").then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("errors.field", containsInAnyOrder("name", "postalCode", "canton"));
        as("caseworker").body("""
                        {"name":"X","postalCode":"4500","town":"Solothurn","canton":"SO"}""")
                .post("/api/intake/providers").then().statusCode(403);
    }

    @Test
    @DisplayName("AM-01 a programme within the maximum is created with tariffs of two decimals, its place and free places")
    void createProgramme() {
        String provider = provider(TestData.uniqueName("Anbieter"));
        String id = as("intake").body(programmeJson(provider, "INTEGRATION_ARBEIT", "Werkstatt", "4600", 12,
                        "{\"perCoachingHour\":250,\"perDay\":90.0}"))
                .post("/api/intake/programmes").then().statusCode(201)
                .header("Location", containsString("/api/intake/programmes/"))
                .extract().path("id");

        as("partner").get("/api/intake/programmes/" + id).then().statusCode(200)
                .body("providerId", equalTo(provider))
                .body("type", equalTo("INTEGRATION_ARBEIT"))
                .body("typeLabel", equalTo("integration.arbeit"))
                .body("tariffs.perCoachingHour", equalTo(new BigDecimal("250.00")))
                .body("tariffs.perDay", equalTo(new BigDecimal("90.00")))
                .body("tariffs.perHourWorked", nullValue())
                .body("postalCode", equalTo("4600"))
                .body("town", equalTo("Olten"))
                .body("capacity", equalTo(12))
                .body("occupiedPlaces", equalTo(0))
                .body("freePlaces", equalTo(12));
    }

    @Test
    @DisplayName("AM-01 a provider tariff above the maximum for Qualifizierung is refused naming the field, with nothing written")
    void tariffAboveMaximum() {
        String provider = provider(TestData.uniqueName("Teuer"));
        as("intake").body(programmeJson(provider, "QUALIFIZIERUNG", "Zu teuer", "4500", 10, "{\"perDay\":80.05}"))
                .post("/api/intake/programmes").then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("rule", equalTo("AM-01"))
                .body("errors[0].field", equalTo("tariffs.perDay"))
                .body("errors[0].message", equalTo("exceeds the maximum of CHF 80.00 per day for Qualifizierung (AM-01)"));

        assertThat(programmesOf(provider)).isZero();
    }

    @Test
    @DisplayName("AM-01 a tariff in a unit the type has no tariff for, a missing tariff, and any Teillohn tariff are refused")
    void tariffUnits() {
        String provider = provider(TestData.uniqueName("Einheiten"));
        as("intake").body(programmeJson(provider, "QUALIFIZIERUNG", "Coaching-Stunden", "4500", 10,
                        "{\"perDay\":70.00,\"perCoachingHour\":100.00}"))
                .post("/api/intake/programmes").then().statusCode(400).body("rule", equalTo("AM-01"))
                .body("errors.field", containsInAnyOrder("tariffs.perCoachingHour"));
        as("intake").body(programmeJson(provider, "COACHING", "Ohne Tarif", "4500", 10, null))
                .post("/api/intake/programmes").then().statusCode(400).body("rule", equalTo("AM-01"))
                .body("errors[0].field", equalTo("tariffs"))
                .body("errors[0].message", equalTo("Coaching needs a tariff per coaching hour (AM-01)"));
        as("intake").body(programmeJson(provider, "TEILLOHN", "Teillohn mit Tarif", "4500", 10, "{\"perDay\":0}"))
                .post("/api/intake/programmes").then().statusCode(400).body("rule", equalTo("AM-01"))
                .body("errors[0].field", equalTo("tariffs.perDay"))
                .body("errors[0].message", containsString("CHF 0"));
        assertThat(programmesOf(provider)).isZero();

        String teillohn = programme(provider, "TEILLOHN", "4500", 5, null);
        as("intake").get("/api/intake/programmes/" + teillohn).then().statusCode(200)
                .body("tariffs.perDay", nullValue()).body("tariffs.perCoachingHour", nullValue())
                .body("tariffs.perHourWorked", nullValue());
    }

    @Test
    @DisplayName("AM-01 Suchthilfe Stundenlohn: at most CHF 4.00 per hour worked; the view shows the monthly cap of CHF 350")
    void suchthilfe() {
        String provider = provider(TestData.uniqueName("Sucht"));
        as("intake").body(programmeJson(provider, "SUCHTHILFE_STUNDENLOHN", "Zu viel", "4500", 8, "{\"perHourWorked\":4.50}"))
                .post("/api/intake/programmes").then().statusCode(400).body("rule", equalTo("AM-01"))
                .body("errors[0].field", equalTo("tariffs.perHourWorked"));
        String id = programme(provider, "SUCHTHILFE_STUNDENLOHN", "4500", 8, "{\"perHourWorked\":4}");
        as("caseworker").get("/api/intake/programmes/" + id).then().statusCode(200)
                .body("tariffs.perHourWorked", equalTo(new BigDecimal("4.00")))
                .body("tariffs.maxPerMonth", equalTo(new BigDecimal("350.00")));
    }

    @Test
    @DisplayName("money: a tariff with more than two decimals or below zero is a validation problem naming the field")
    void money() {
        String provider = provider(TestData.uniqueName("Rappen"));
        as("intake").body(programmeJson(provider, "QUALIFIZIERUNG", "Drei Stellen", "4500", 10,
                        "{\"perDay\":79.995}"))
                .post("/api/intake/programmes").then().statusCode(400).body("rule", nullValue())
                .body("errors[0].field", equalTo("tariffs.perDay"))
                .body("errors[0].message", equalTo("must be an amount in CHF with at most 2 decimals"));
        as("intake").body(programmeJson(provider, "QUALIFIZIERUNG", "Negativ", "4500", 10, "{\"perDay\":-1}"))
                .post("/api/intake/programmes").then().statusCode(400)
                .body("errors[0].field", equalTo("tariffs.perDay"))
                .body("errors[0].message", equalTo("must not be negative"));
        assertThat(programmesOf(provider)).isZero();
    }

    @Test
    @DisplayName("a programme needs a registered provider and an imported postal code; each refusal names its field")
    void programmeReferences() {
        String provider = provider(TestData.uniqueName("Referenz"));
        as("intake").body(programmeJson(UUID.randomUUID().toString(), "QUALIFIZIERUNG", "X", "4500", 10, "{\"perDay\":50}"))
                .post("/api/intake/programmes").then().statusCode(400).body("errors[0].field", equalTo("providerId"));
        as("intake").body(programmeJson(provider, "QUALIFIZIERUNG", "X", UNKNOWN_POSTAL_CODE, 10, "{\"perDay\":50}"))
                .post("/api/intake/programmes").then().statusCode(400).body("errors[0].field", equalTo("postalCode"))
                .body("errors[0].message", equalTo("unknown postal code; import the postal-code data"));
        as("intake").body(programmeJson(provider, "QUALIFIZIERUNG", "X", "4500", -1, "{\"perDay\":50}"))
                .post("/api/intake/programmes").then().statusCode(400).body("errors[0].field", equalTo("capacity"));
        as("intake").body(programmeJson(provider, "SOMETHING", "X", "4500", 1, "{\"perDay\":50}"))
                .post("/api/intake/programmes").then().statusCode(400).body("errors[0].field", equalTo("type"));
        assertThat(programmesOf(provider)).isZero();
    }

    @Test
    @DisplayName("a retried programme create with the same Idempotency-Key returns the first programme and creates nothing new")
    void idempotentCreate() {
        String provider = provider(TestData.uniqueName("Wiederholung"));
        String key = UUID.randomUUID().toString();
        String body = programmeJson(provider, "COACHING", "Bewerbungscoaching", "4528", 4, "{\"perCoachingHour\":180}");
        String first = as("intake").header("Idempotency-Key", key).body(body).post("/api/intake/programmes")
                .then().statusCode(201).header("Idempotent-Replayed", "false").extract().path("id");
        as("intake").header("Idempotency-Key", key).body(body).post("/api/intake/programmes")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));

        assertThat(programmesOf(provider)).isEqualTo(1);
    }

    @Test
    @DisplayName("roles: a partner may search and read the catalogue but not create or change a programme")
    void roles() {
        String provider = provider(TestData.uniqueName("Rollen"));
        String id = qualifizierung(provider, "4500", 3);
        as("partner").body(programmeJson(provider, "QUALIFIZIERUNG", "Partner", "4500", 3, "{\"perDay\":50}"))
                .post("/api/intake/programmes").then().statusCode(403).contentType("application/problem+json");
        as("partner").body("{\"perDay\":10}").put("/api/intake/programmes/" + id + "/tariffs").then().statusCode(403);
        as("partner").body("{\"capacity\":10}").put("/api/intake/programmes/" + id + "/capacity").then().statusCode(403);
        as("partner").get("/api/intake/programmes/search?postalCode=4500&radiusKm=5").then().statusCode(200);
        as("day-center-staff").get("/api/intake/programmes/search?postalCode=4500&radiusKm=5").then().statusCode(403);
        given().get("/api/intake/programmes/search?postalCode=4500&radiusKm=5").then().statusCode(401);
    }

    @Test
    @DisplayName("AM-01 a tariff change above the maximum is refused and changes nothing; within it, the tariffs are replaced")
    void changeTariffs() {
        String provider = provider(TestData.uniqueName("Tarifwechsel"));
        String id = qualifizierung(provider, "4500", 3);

        as("intake").body("{\"perDay\":80.01}").put("/api/intake/programmes/" + id + "/tariffs")
                .then().statusCode(400).body("rule", equalTo("AM-01")).body("errors[0].field", equalTo("perDay"));
        as("intake").get("/api/intake/programmes/" + id).then()
                .body("tariffs.perDay", equalTo(new BigDecimal("75.50")));

        as("admin").body("{\"perDay\":80}").put("/api/intake/programmes/" + id + "/tariffs")
                .then().statusCode(200).body("tariffs.perDay", equalTo(new BigDecimal("80.00")));
        as("intake").get("/api/intake/programmes/" + id).then()
                .body("tariffs.perDay", equalTo(new BigDecimal("80.00")));
        as("intake").body("{\"perDay\":50}").put("/api/intake/programmes/" + UUID.randomUUID() + "/tariffs")
                .then().statusCode(404).body("type", endsWith("/not-found"));
    }

    @Test
    @DisplayName("the capacity changes, but never below the places occupied (409 naming capacity)")
    void changeCapacity() {
        String provider = provider(TestData.uniqueName("Plätze"));
        UUID id = UUID.fromString(qualifizierung(provider, "4500", 3));
        QuarkusTransaction.requiringNew().run(() -> service.occupyPlace(id));
        QuarkusTransaction.requiringNew().run(() -> service.occupyPlace(id));

        as("intake").body("{\"capacity\":1}").put("/api/intake/programmes/" + id + "/capacity")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("capacity"))
                .body("errors[0].message", equalTo("must be at least the 2 places occupied"));
        as("intake").body("{\"capacity\":5}").put("/api/intake/programmes/" + id + "/capacity")
                .then().statusCode(200).body("capacity", equalTo(5)).body("freePlaces", equalTo(3));
    }

    @Test
    @DisplayName("AM-04 search by postal code and radius: nearest first, distance in km with one decimal, far ones excluded")
    void searchOrderAndRadius() {
        String provider = provider(TestData.uniqueName("Umkreis"));
        String olten = qualifizierung(provider, "4600", 5);
        String grenchen = qualifizierung(provider, "2540", 5);
        String basel = qualifizierung(provider, "4051", 5);
        String solothurn = qualifizierung(provider, "4500", 5);
        String zuchwil = qualifizierung(provider, "4528", 5);

        List<Map<String, Object>> within20 = hits("caseworker", provider, "type=QUALIFIZIERUNG&postalCode=4500&radiusKm=20");
        assertThat(within20).extracting(hit -> hit.get("id")).containsExactly(solothurn, zuchwil, grenchen);
        assertThat(within20).extracting(hit -> hit.get("distanceKm"))
                .containsExactly(new BigDecimal("0.0"), new BigDecimal("2.6"), new BigDecimal("10.8"));
        assertThat(within20.get(2)).containsEntry("town", "Grenchen").containsEntry("postalCode", "2540")
                .containsEntry("typeLabel", "Qualifizierung").containsEntry("capacity", 5).containsEntry("freePlaces", 5)
                .containsKey("providerName");

        assertThat(hits("partner", provider, "type=QUALIFIZIERUNG&postalCode=4500&radiusKm=35"))
                .extracting(hit -> hit.get("id")).containsExactly(solothurn, zuchwil, grenchen, olten);
        assertThat(hits("intake", provider, "type=QUALIFIZIERUNG&postalCode=4600&radiusKm=200"))
                .extracting(hit -> hit.get("id")).containsExactly(olten, zuchwil, solothurn, basel, grenchen);
    }

    @Test
    @DisplayName("AM-04 search by programme type: other types are left out; without a type all types are found")
    void searchByType() {
        String provider = provider(TestData.uniqueName("Typen"));
        String qualifizierung = qualifizierung(provider, "4528", 5);
        String coaching = programme(provider, "COACHING", "4528", 5, "{\"perCoachingHour\":150}");

        assertThat(hits("intake", provider, "type=QUALIFIZIERUNG&postalCode=4500&radiusKm=10"))
                .extracting(hit -> hit.get("id")).containsExactly(qualifizierung);
        assertThat(hits("intake", provider, "type=COACHING&postalCode=4500&radiusKm=10"))
                .extracting(hit -> hit.get("id")).containsExactly(coaching);
        assertThat(hits("intake", provider, "postalCode=4500&radiusKm=10"))
                .extracting(hit -> hit.get("id")).containsExactlyInAnyOrder(qualifizierung, coaching);
    }

    @Test
    @DisplayName("AM-04 search shows free places, and they go down when a placement occupies one")
    void freePlaces() {
        String provider = provider(TestData.uniqueName("Frei"));
        String id = qualifizierung(provider, "4500", 3);
        assertThat(hits("intake", provider, "postalCode=4500&radiusKm=1")).singleElement()
                .satisfies(hit -> assertThat(hit).containsEntry("freePlaces", 3).containsEntry("capacity", 3));

        QuarkusTransaction.requiringNew().run(() -> service.occupyPlace(UUID.fromString(id)));

        assertThat(hits("intake", provider, "postalCode=4500&radiusKm=1")).singleElement()
                .satisfies(hit -> assertThat(hit).containsEntry("freePlaces", 2));
        as("intake").get("/api/intake/programmes/" + id).then().body("occupiedPlaces", equalTo(1));

        QuarkusTransaction.requiringNew().run(() -> service.releasePlace(UUID.fromString(id)));
        assertThat(hits("intake", provider, "postalCode=4500&radiusKm=1")).singleElement()
                .satisfies(hit -> assertThat(hit).containsEntry("freePlaces", 3));
    }

    @Test
    @DisplayName("a full programme refuses another place with a 409 conflict, and nothing changes")
    void fullProgramme() {
        String provider = provider(TestData.uniqueName("Voll"));
        UUID id = UUID.fromString(qualifizierung(provider, "4500", 1));
        Programme occupied = QuarkusTransaction.requiringNew().call(() -> service.occupyPlace(id));
        assertThat(occupied.id()).isEqualTo(id);
        assertThat(occupied.type()).isEqualTo(ProgrammeType.QUALIFIZIERUNG);
        assertThat(occupied.providerId()).isEqualTo(UUID.fromString(provider));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> service.occupyPlace(id)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(409);
                    assertThat(e.problem().detail()).isEqualTo("The programme has no free place.");
                });
        as("intake").get("/api/intake/programmes/" + id).then()
                .body("occupiedPlaces", equalTo(1)).body("freePlaces", equalTo(0));
    }

    @Test
    @DisplayName("placement API: the place methods join the caller's transaction and refuse to run without one; the programme shows its provider's canton")
    void placementApi() {
        String provider = provider(TestData.uniqueName("Kanton"));
        UUID id = UUID.fromString(qualifizierung(provider, "4500", 2));

        assertThatThrownBy(() -> service.occupyPlace(id)).isInstanceOf(TransactionalException.class);
        assertThat(QuarkusTransaction.requiringNew().call(() -> service.occupyPlace(id).providerCanton()))
                .isEqualTo("SO");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> service.occupyPlace(UUID.randomUUID())))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problem().errors().getFirst().field()).isEqualTo("programmeId"));
    }

    @Test
    @DisplayName("AM-04 search refusals: an unknown postal code names postalCode; radius and postal code are checked")
    void searchRefusals() {
        as("intake").get("/api/intake/programmes/search?type=QUALIFIZIERUNG&postalCode=" + UNKNOWN_POSTAL_CODE + "&radiusKm=20")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("errors[0].field", equalTo("postalCode"))
                .body("errors[0].message", equalTo("unknown postal code; import the postal-code data"));
        as("intake").get("/api/intake/programmes/search?postalCode=4500&radiusKm=201")
                .then().statusCode(400).body("errors[0].field", equalTo("radiusKm"));
        as("intake").get("/api/intake/programmes/search?postalCode=4500&radiusKm=0")
                .then().statusCode(400).body("errors[0].field", equalTo("radiusKm"));
        as("intake").get("/api/intake/programmes/search?postalCode=4500")
                .then().statusCode(400).body("errors[0].field", equalTo("radiusKm"));
        as("intake").get("/api/intake/programmes/search?radiusKm=20")
                .then().statusCode(400).body("errors[0].field", equalTo("postalCode"));
        as("intake").get("/api/intake/programmes/search?postalCode=Solothurn&radiusKm=20")
                .then().statusCode(400).body("errors[0].field", equalTo("postalCode"));
        as("intake").get("/api/intake/programmes/search?type=NOPE&postalCode=4500&radiusKm=20")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("QUALIFIZIERUNG"));
    }

    @Test
    @DisplayName("the programme list is paged and filtered by provider and type")
    void list() {
        String provider = provider(TestData.uniqueName("Liste"));
        qualifizierung(provider, "4500", 1);
        qualifizierung(provider, "4500", 1);
        programme(provider, "COACHING", "4500", 1, "{\"perCoachingHour\":100}");

        as("intake").get("/api/intake/programmes?providerId=" + provider + "&size=2").then().statusCode(200)
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2)).body("items.size()", equalTo(2));
        as("intake").get("/api/intake/programmes?providerId=" + provider + "&type=COACHING").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].type", equalTo("COACHING"))
                .body("items[0].providerName", containsString("Liste"));
        as("intake").get("/api/intake/programmes?providerId=not-a-uuid").then().statusCode(400)
                .body("errors[0].field", equalTo("providerId"));
    }
}
