package ch.so.integration.billing.tariff;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.billing.BillingTestResource;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/**
 * Tariffs as data through REST and PostgreSQL. New versions start far in the future (2090+) or use a module of their
 * own, so other tests of this run that bill real months see the seeded tariffs.
 */
@QuarkusTest
@BillingTestResource
class TariffApiTest {

    static final RestAssuredConfig MONEY = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Suite
    TestTokens tokens;

    @Suite
    TestDatabase database;

    @Inject
    TariffCatalogue catalogue;

    private RequestSpecification as(String role) {
        return given().config(MONEY).header("Authorization", tokens.bearer(role)).contentType("application/json");
    }

    @Test
    @DisplayName("AM-01 the seeded maximum tariffs are read from the database, by billing, admin, canton and partners")
    void seededMaximumTariffs() {
        List<Map<String, Object>> rows = as("canton").get("/api/billing/tariffs/ami-maximum?on=2026-11-01&size=100")
                .then().statusCode(200).body("totalItems", equalTo(10)).extract().jsonPath().getList("items");
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("programmeType")).isEqualTo("QUALIFIZIERUNG");
            assertThat(row.get("unit")).isEqualTo("DAY");
            assertThat(row.get("maximumChf")).isEqualTo(new BigDecimal("80.00"));
            assertThat(row.get("validFrom")).isEqualTo("2024-01-01");
        });
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("programmeType")).isEqualTo("SUCHTHILFE_STUNDENLOHN");
            assertThat(row.get("maximumChf")).isEqualTo(new BigDecimal("4.00"));
            assertThat(row.get("monthlyCapChf")).isEqualTo(new BigDecimal("350.00"));
        });
        assertThat(rows).noneSatisfy(row -> assertThat(row.get("programmeType")).isEqualTo("TEILLOHN"));
        as("partner").get("/api/billing/tariffs/ami-maximum?programmeType=COACHING").then().statusCode(200)
                .body("items.maximumChf", hasItem(new BigDecimal("200.00")));
        as("billing").get("/api/billing/tariffs/ami-maximum?programmeType=NOPE").then().statusCode(400)
                .body("errors[0].field", equalTo("programmeType"));
        as("caseworker").get("/api/billing/tariffs/ami-maximum").then().statusCode(403);

        AmiMaximumTariffs table = catalogue.amiMaximumTariffs();
        assertThat(table.maximum(ProgrammeType.INTEGRATION_ARBEIT, TariffUnit.COACHING_HOUR, LocalDate.of(2026, 11, 1)))
                .get().extracting(MaximumTariff::maximumChf).isEqualTo(new BigDecimal("250.00"));
        assertThat(table.monthlyCap(ProgrammeType.SUCHTHILFE_STUNDENLOHN, LocalDate.of(2026, 11, 1)))
                .contains(new BigDecimal("350.00"));
    }

    @Test
    @DisplayName("DC-21 the seeded day-center flat rates per IBB level are the Solothurn 2024 defaults")
    void seededFlatRates() {
        as("admin").get("/api/billing/tariffs/day-center?on=2026-11-01").then().statusCode(200)
                .body("totalItems", equalTo(6))
                .body("items.level", containsInAnyOrder("ASSESSMENT_PENDING", "LEVEL_0", "LEVEL_1", "LEVEL_2",
                        "LEVEL_3", "LEVEL_4"))
                .body("items.monthlyChf", containsInAnyOrder(new BigDecimal("2890.00"), new BigDecimal("1795.00"),
                        new BigDecimal("2692.00"), new BigDecimal("3589.00"), new BigDecimal("4486.00"),
                        new BigDecimal("5384.00")));
        DayCenterFlatRates rates = catalogue.dayCenterFlatRates();
        assertThat(rates.monthlyRate(IbbLevel.LEVEL_3, LocalDate.of(2026, 11, 1))).isEqualByComparingTo("4486.00");
        assertThat(rates.assessmentPendingRate(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1)))
                .isEqualByComparingTo("2890.00");
    }

    @Test
    @DisplayName("AM-01 a new maximum closes the open row the day before, is read by the calculation at once, is "
            + "audited, and a retry with the same Idempotency-Key replays it")
    void newMaximumVersion() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = """
                {"programmeType":"TRAUMAPROGRAMM","unit":"DAY","maximumChf":125.5,"validFrom":"2090-01-01"}""";
        String id = as("billing").header("Idempotency-Key", key).body(body).post("/api/billing/tariffs/ami-maximum")
                .then().statusCode(201).header("Location", containsString("/api/billing/tariffs/ami-maximum/"))
                .header("Idempotent-Replayed", "false")
                .body("created.maximumChf", equalTo(new BigDecimal("125.50")))
                .body("created.validFrom", equalTo("2090-01-01")).body("created.validTo", nullValue())
                .body("closed.maximumChf", equalTo(new BigDecimal("120.00")))
                .body("closed.validFrom", equalTo("2024-01-01")).body("closed.validTo", equalTo("2089-12-31"))
                .extract().path("created.id");
        as("billing").header("Idempotency-Key", key).body(body).post("/api/billing/tariffs/ami-maximum")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("created.id", equalTo(id));
        as("billing").header("Idempotency-Key", key).body(body.replace("125.5", "126"))
                .post("/api/billing/tariffs/ami-maximum").then().statusCode(422);
        as("partner").get("/api/billing/tariffs/ami-maximum/" + id).then().statusCode(200)
                .body("programmeLabel", equalTo("Traumaprogramm"));
        as("billing").get("/api/billing/tariffs/ami-maximum?programmeType=TRAUMAPROGRAMM&unit=DAY").then()
                .statusCode(200).body("totalItems", equalTo(2));

        AmiMaximumTariffs table = catalogue.amiMaximumTariffs();
        assertThat(table.maximum(ProgrammeType.TRAUMAPROGRAMM, TariffUnit.DAY, LocalDate.of(2089, 12, 31)))
                .get().extracting(MaximumTariff::maximumChf).isEqualTo(new BigDecimal("120.00"));
        assertThat(table.maximum(ProgrammeType.TRAUMAPROGRAMM, TariffUnit.DAY, LocalDate.of(2090, 1, 1)))
                .get().extracting(MaximumTariff::maximumChf).isEqualTo(new BigDecimal("125.50"));
        assertThat(table.problem(ProgrammeType.TRAUMAPROGRAMM, TariffUnit.DAY, new BigDecimal("125.00"),
                LocalDate.of(2089, 12, 31))).get().asString().contains("AM-01");
        assertThat(table.problem(ProgrammeType.TRAUMAPROGRAMM, TariffUnit.DAY, new BigDecimal("125.00"),
                LocalDate.of(2090, 1, 1))).isEmpty();

        assertThat(auditRecords("tariff-ami-maximum", id, "CREATE")).isEqualTo(1);
        String closedId = as("billing").get("/api/billing/tariffs/ami-maximum?programmeType=TRAUMAPROGRAMM&unit=DAY"
                + "&on=2089-12-31").then().statusCode(200).extract().path("items[0].id");
        assertThat(auditRecords("tariff-ami-maximum", closedId, "UPDATE")).isEqualTo(1);

        // never overlapping: the same start again, or one before the latest version, is refused
        as("admin").body(body).post("/api/billing/tariffs/ami-maximum").then().statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("/rule-violation"))
                .body("rule", equalTo("AM-01")).body("errors[0].field", equalTo("validFrom"));
        as("admin").body(body.replace("2090-01-01", "2089-06-01")).post("/api/billing/tariffs/ami-maximum")
                .then().statusCode(409).body("rule", equalTo("AM-01"));
        as("billing").get("/api/billing/tariffs/ami-maximum?programmeType=TRAUMAPROGRAMM&unit=DAY").then()
                .statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    @DisplayName("AM-01 a version that would change a day that has passed is refused; so is a tariff for Teillohn")
    void pastAndTeillohnRefused() {
        String yesterday = LocalDate.now(java.time.ZoneId.of("Europe/Zurich")).minusDays(1).toString();
        as("billing").body("""
                        {"programmeType":"JUGENDPROGRAMM","unit":"DAY","maximumChf":110,"validFrom":"%s"}"""
                        .formatted(yesterday))
                .post("/api/billing/tariffs/ami-maximum").then().statusCode(409).body("rule", equalTo("AM-01"))
                .body("detail", containsString("frühestens heute"));
        as("billing").body("""
                        {"programmeType":"TEILLOHN","unit":"DAY","maximumChf":0,"validFrom":"2091-01-01"}""")
                .post("/api/billing/tariffs/ami-maximum").then().statusCode(409).body("rule", equalTo("AM-01"))
                .body("errors[0].field", equalTo("programmeType"));
        as("billing").get("/api/billing/tariffs/ami-maximum?programmeType=JUGENDPROGRAMM").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].validTo", nullValue());
    }

    @Test
    @DisplayName("AM-01 bad input names each offending field; only billing and admin add versions")
    void validation() {
        as("billing").body("""
                        {"programmeType":"COACHING","maximumChf":-1,"monthlyCapChf":1.234}""")
                .post("/api/billing/tariffs/ami-maximum").then().statusCode(400)
                .contentType("application/problem+json").body("type", endsWith("/validation"))
                .body("errors.field", containsInAnyOrder("unit", "maximumChf", "monthlyCapChf", "validFrom"));
        as("billing").body("""
                        {"programmeType":"COACHING","unit":"DAY","maximumChf":1,"validFrom":"2091-01-01","x":1}""")
                .post("/api/billing/tariffs/ami-maximum").then().statusCode(400);
        as("canton").body("""
                        {"programmeType":"COACHING","unit":"DAY","maximumChf":1,"validFrom":"2091-01-01"}""")
                .post("/api/billing/tariffs/ami-maximum").then().statusCode(403);
        as("partner").body("""
                        {"level":"LEVEL_1","monthlyChf":1,"validFrom":"2091-01-01"}""")
                .post("/api/billing/tariffs/day-center").then().statusCode(403);
        as("billing").body("""
                        {"module":"entry phase","ratePerHour":1,"currency":"USD","validFrom":"2091-01-01"}""")
                .post("/api/billing/tariffs/passtgenau").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("module", "currency"));
        as("partner").get("/api/billing/tariffs/passtgenau?module=entry-phase").then().statusCode(400)
                .body("errors[0].field", equalTo("module"));
        as("partner").get("/api/billing/tariffs/day-center?on=2026-13-01").then().statusCode(400)
                .body("errors[0].field", equalTo("on"));
        as("partner").get("/api/billing/tariffs/day-center/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @DisplayName("DC-21 a new flat rate of an IBB level closes the level's open row; the other levels are untouched")
    void newFlatRateVersion() {
        as("admin").body("""
                        {"level":"LEVEL_4","monthlyChf":5500,"validFrom":"2090-01-01"}""")
                .post("/api/billing/tariffs/day-center").then().statusCode(201)
                .body("created.monthlyChf", equalTo(new BigDecimal("5500.00")))
                .body("closed.monthlyChf", equalTo(new BigDecimal("5384.00")))
                .body("closed.validTo", equalTo("2089-12-31"));
        as("billing").get("/api/billing/tariffs/day-center?level=LEVEL_4").then().statusCode(200)
                .body("totalItems", equalTo(2));
        as("billing").get("/api/billing/tariffs/day-center?on=2090-06-01").then().statusCode(200)
                .body("totalItems", equalTo(6));
        DayCenterFlatRates rates = catalogue.dayCenterFlatRates();
        assertThat(rates.monthlyRate(IbbLevel.LEVEL_4, LocalDate.of(2089, 12, 1))).isEqualByComparingTo("5384.00");
        assertThat(rates.monthlyRate(IbbLevel.LEVEL_4, LocalDate.of(2090, 1, 1))).isEqualByComparingTo("5500.00");
        assertThat(rates.monthlyRate(IbbLevel.LEVEL_3, LocalDate.of(2090, 1, 1))).isEqualByComparingTo("4486.00");
    }

    @Test
    @DisplayName("PG-05 the pass(t)genau rate is configured per module (or for all modules); the seed gives none")
    void passtgenauRates() {
        String module = "TEST_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        as("billing").get("/api/billing/tariffs/passtgenau?module=" + module).then().statusCode(200)
                .body("totalItems", equalTo(0));
        as("billing").body("""
                        {"module":"%s","ratePerHour":62.5,"currency":"EUR","validFrom":"2026-01-01"}"""
                        .formatted(module))
                .post("/api/billing/tariffs/passtgenau").then().statusCode(201)
                .body("created.module", equalTo(module)).body("created.currency", equalTo("EUR"))
                .body("created.ratePerHour", equalTo(new BigDecimal("62.50"))).body("closed", nullValue());
        as("billing").body("""
                        {"module":"%s","ratePerHour":65,"currency":"EUR","validFrom":"2090-01-01"}"""
                        .formatted(module))
                .post("/api/billing/tariffs/passtgenau").then().statusCode(201)
                .body("closed.validTo", equalTo("2089-12-31"));
        as("canton").get("/api/billing/tariffs/passtgenau?module=" + module + "&on=2026-06-01").then()
                .statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].ratePerHour", equalTo(new BigDecimal("62.50")));

        PasstgenauTariffs tariffs = catalogue.passtgenauTariffs();
        assertThat(tariffs.rateOn(LocalDate.of(2026, 6, 1), module)).get().satisfies(rate -> {
            assertThat(rate.ratePerHour()).isEqualByComparingTo("62.50");
            assertThat(rate.currency()).isEqualTo(Currency.getInstance("EUR"));
        });
        assertThat(tariffs.rateOn(LocalDate.of(2090, 6, 1), module)).get().extracting(ServiceHourRate::ratePerHour)
                .isEqualTo(new BigDecimal("65.00"));
    }

    private int auditRecords(String resourceType, String resourceId, String action) throws Exception {
        try (Connection connection = database.asOwner();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from audit_log where resource_type = ? and resource_id = ? and action = ?")) {
            query.setString(1, resourceType);
            query.setString(2, resourceId);
            query.setString(3, action);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
