package ch.so.integration.billing.record;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.billing.BillingTestResource;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@BillingTestResource
class ModuleHoursApiTest {

    static final String PROVIDER = "LEBENSHILFE_SUEDSCHWARZWALD";
    static final LocalDate ENTRY = LocalDate.of(2026, 5, 4);
    static final IntakePlacements.Module ENTRY_PHASE = new IntakePlacements.Module("ENTRY_PHASE", ENTRY,
            LocalDate.of(2026, 5, 24), 40, 48);
    static final IntakePlacements.Module JOB_SECURING = new IntakePlacements.Module("JOB_SECURING",
            LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 24), 80, 90);

    @Suite
    TestTokens tokens;

    @Suite
    KafkaTestCluster kafka;

    @Inject
    ServiceRecords serviceRecords;

    private RequestSpecification as(String role) {
        return given().header("Authorization", tokens.bearer(role)).contentType(ContentType.JSON);
    }

    private RequestSpecification partner(String institution) {
        return given().header("Authorization", tokens.bearerForPartner(institution)).contentType(ContentType.JSON);
    }

    /** The pass(t)genau provider's creditor (there is one per provider), and the institution acting for it. */
    private String institution() {
        List<Map<String, Object>> found = as("billing").queryParam("kind", "PASST_GENAU_PROVIDER")
                .get("/api/billing/creditors").then().statusCode(200).extract().path("items");
        Map<String, Object> creditor = found.stream().filter(c -> PROVIDER.equals(c.get("passtGenauProvider")))
                .findFirst().orElse(null);
        String body = """
                {"kind":"PASST_GENAU_PROVIDER","passtGenauProvider":"%s","institutionId":"PG-LEBENSHILFE",
                 "name":"Lebenshilfe Südschwarzwald e.V.","address":{"street":"Bahnhofstrasse","houseNumber":"3",
                 "postalCode":"4500","town":"Solothurn","country":"CH"},"iban":"CH93 0076 2011 6238 5295 7"}"""
                .formatted(PROVIDER);
        if (creditor == null) {
            as("billing").body(body).post("/api/billing/creditors").then().statusCode(201);
            return "PG-LEBENSHILFE";
        }
        if (creditor.get("institutionId") == null) {
            as("billing").body(body).put("/api/billing/creditors/" + creditor.get("id")).then().statusCode(200);
            return "PG-LEBENSHILFE";
        }
        return (String) creditor.get("institutionId");
    }

    private String participation() throws Exception {
        return IntakePlacements.passtGenau(kafka, tokens, PROVIDER, ENTRY, ENTRY_PHASE, JOB_SECURING);
    }

    private static String hours(String module, String date, String hours) {
        return "{\"module\":\"%s\",\"date\":\"%s\",\"hours\":%s}".formatted(module, date, hours);
    }

    @Test
    @DisplayName("PG-02 PG-05 a trainer records professional service hours per booked module; the month sums them per module")
    void record() throws Exception {
        String institution = institution();
        String id = participation();
        String url = "/api/billing/participations/" + id + "/module-hours";
        var created = partner(institution).header("Idempotency-Key", "mh-" + id)
                .body("{\"module\":\"ENTRY_PHASE\",\"date\":\"2026-05-04\",\"hours\":3.5,\"note\":\"Erstgespräch\"}")
                .post(url).then().statusCode(201).body("module", equalTo("ENTRY_PHASE"))
                .body("hours", equalTo(3.5f)).body("note", equalTo("Erstgespräch")).extract();
        assertThat(created.header("Location")).endsWith(url + "/" + created.path("id"));
        // a retry replays, it does not record twice
        partner(institution).header("Idempotency-Key", "mh-" + id)
                .body("{\"module\":\"ENTRY_PHASE\",\"date\":\"2026-05-04\",\"hours\":3.5,\"note\":\"Erstgespräch\"}")
                .post(url).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(created.path("id")));
        partner(institution).body(hours("ENTRY_PHASE", "2026-05-05", "4")).post(url).then().statusCode(201);
        // late recording: a day inside the window may be recorded after the module ended
        as("billing").body(hours("JOB_SECURING", "2026-05-29", "2.25")).post(url).then().statusCode(201);
        as("billing").body(hours("JOB_SECURING", "2026-06-02", "1")).post(url).then().statusCode(201);

        partner(institution).queryParam("month", "2026-05").get(url).then().statusCode(200)
                .body("totalItems", equalTo(3)).body("items.date", org.hamcrest.Matchers.contains("2026-05-04",
                        "2026-05-05", "2026-05-29"));
        partner(institution).queryParam("size", 1).get(url).then().statusCode(200)
                .body("totalItems", equalTo(4)).body("totalPages", equalTo(4)).body("items", hasSize(1));
        partner(institution).get("/api/billing/participations/" + id + "/records/2026-05").then().statusCode(200)
                .body("revision", equalTo(3))
                .body("moduleHours.module", org.hamcrest.Matchers.contains("ENTRY_PHASE", "JOB_SECURING"))
                .body("moduleHours[0].hours", equalTo(7.5f)).body("moduleHours[1].hours", equalTo(2.25f));

        var may = serviceRecords.of(UUID.fromString(id), YearMonth.of(2026, 5));
        assertThat(may.moduleHours()).extracting(e -> e.module() + "=" + e.hours().stripTrailingZeros().toPlainString())
                .containsExactly("ENTRY_PHASE=7.5", "JOB_SECURING=2.25");
        assertThat(serviceRecords.revision(UUID.fromString(id), YearMonth.of(2026, 6))).isEqualTo(1);

        // a wrong entry is removed; its month's revision counts up
        as("billing").delete(url + "/" + created.path("id")).then().statusCode(204);
        as("billing").delete(url + "/" + created.path("id")).then().statusCode(404);
        assertThat(serviceRecords.revision(UUID.fromString(id), YearMonth.of(2026, 5))).isEqualTo(4);
        assertThat(serviceRecords.of(UUID.fromString(id), YearMonth.of(2026, 5)).moduleHours().getFirst().hours())
                .isEqualByComparingTo(new BigDecimal("4"));
        // days and sessions are for AMI programmes
        partner(institution).body("{}").put("/api/billing/participations/" + id + "/records/2026-05").then()
                .statusCode(409).body("rule", equalTo("AM-07"));

        as("admin").queryParam("subject", id).queryParam("size", 100).get("/api/billing/audit").then()
                .statusCode(200)
                .body("items.findAll { it.resourceType == 'module-hours' }.action",
                        org.hamcrest.Matchers.hasItems("CREATE", "READ", "DELETE"));
    }

    @Test
    @DisplayName("PG-02 hours of a module not booked, outside the module's window or beyond its limit are refused")
    void refusals() throws Exception {
        String institution = institution();
        String id = participation();
        String url = "/api/billing/participations/" + id + "/module-hours";
        partner(institution).body(hours("QUALIFICATION_PHASE", "2026-05-06", "1")).post(url).then().statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("/rule-violation"))
                .body("rule", equalTo("PG-02")).body("errors[0].field", equalTo("module"));
        partner(institution).body(hours("ENTRY_PHASE", "2026-05-25", "1")).post(url).then().statusCode(409)
                .body("rule", equalTo("PG-02")).body("errors[0].field", equalTo("date"));
        partner(institution).body(hours("JOB_SECURING", "2026-05-24", "1")).post(url).then().statusCode(409)
                .body("rule", equalTo("PG-02")).body("errors[0].field", equalTo("date"));
        // the entry phase's 48 h: 6 × 8 h fit, a quarter hour more does not
        for (int day = 4; day <= 9; day++) {
            partner(institution).body(hours("ENTRY_PHASE", "2026-05-%02d".formatted(day), "8")).post(url).then()
                    .statusCode(201);
        }
        partner(institution).body(hours("ENTRY_PHASE", "2026-05-11", "0.25")).post(url).then().statusCode(409)
                .body("rule", equalTo("PG-02")).body("errors[0].field", equalTo("hours"))
                .body("errors[0].message", equalTo("ENTRY_PHASE has at most 48 h: 48 h are recorded, 0.25 h more "
                        + "would make 48.25 h"));
        // job securing: 30 h per calendar month
        for (int day = 1; day <= 3; day++) {
            partner(institution).body(hours("JOB_SECURING", "2026-06-%02d".formatted(day), "10")).post(url).then()
                    .statusCode(201);
        }
        partner(institution).body(hours("JOB_SECURING", "2026-06-30", "0.5")).post(url).then().statusCode(409)
                .body("rule", equalTo("PG-02")).body("detail", org.hamcrest.Matchers.containsString("30 h a month"));
        partner(institution).body(hours("JOB_SECURING", "2026-07-01", "0.5")).post(url).then().statusCode(201);
        // plain bad input is a 400 naming the fields
        partner(institution).body("{\"module\":\"\",\"date\":\"2026-04-30\",\"hours\":25,\"note\":\"%s\"}"
                        .formatted("x".repeat(501))).post(url).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("module", "date", "hours", "note"))
                .body("errors.find { it.field == 'date' }.message",
                        equalTo("lies before the participation's entry on 2026-05-04"));
        partner(institution).queryParam("month", "2026-06").get(url).then().statusCode(200)
                .body("totalItems", equalTo(3));
        partner(institution).queryParam("month", "June").get(url).then().statusCode(400)
                .body("errors[0].field", equalTo("month"));
    }

    @Test
    @DisplayName("PG-02 two trainers recording at the same time never together exceed a module's limit")
    void concurrentEntries() throws Exception {
        String institution = institution();
        String id = participation();
        String url = "/api/billing/participations/" + id + "/module-hours";
        partner(institution).body(hours("ENTRY_PHASE", "2026-05-04", "24")).post(url).then().statusCode(201);
        partner(institution).body(hours("ENTRY_PHASE", "2026-05-05", "20")).post(url).then().statusCode(201);
        // 44 of 48 h are recorded: of sixteen parallel 1-hour entries exactly four fit
        var pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String body = hours("ENTRY_PHASE", "2026-05-%02d".formatted(6 + i % 10), "1");
                var request = partner(institution).body(body);
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.post(url).then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                codes.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertThat(codes).containsOnly(201, 409);
            assertThat(codes).filteredOn(c -> c == 201).hasSize(4);
        } finally {
            pool.shutdownNow();
        }
        assertThat(serviceRecords.of(UUID.fromString(id), YearMonth.of(2026, 5)).moduleHours().getFirst().hours())
                .isEqualByComparingTo(new BigDecimal("48"));
    }
}
