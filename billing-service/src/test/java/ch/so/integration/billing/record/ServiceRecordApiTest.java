package ch.so.integration.billing.record;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.billing.BillingTestResource;
import ch.so.integration.billing.calculation.AbortEvent;
import ch.so.integration.billing.calculation.CoachingSession;
import ch.so.integration.billing.calculation.ServiceDay;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@BillingTestResource
class ServiceRecordApiTest {

    static final LocalDate ENTRY = LocalDate.of(2026, 3, 9);

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

    /** An AMI provider's creditor acting through {@code institution}; returns intake's provider id. */
    private UUID amiProvider(String institution) {
        UUID provider = UUID.randomUUID();
        as("billing").body("""
                {"kind":"AMI_PROVIDER","intakeProviderId":"%s","institutionId":"%s","name":"Anbieter %s",
                 "address":{"street":"Industriestrasse","houseNumber":"1","postalCode":"4500","town":"Solothurn",
                            "country":"CH"},"iban":"CH93 0076 2011 6238 5295 7"}""".formatted(provider, institution,
                        institution)).post("/api/billing/creditors").then().statusCode(201);
        return provider;
    }

    private String amiParticipation(String institution) throws Exception {
        return IntakePlacements.ami(kafka, tokens, amiProvider(institution), ENTRY);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static final String MARCH = """
            {"days":[{"date":"2026-03-10","hours":8},{"date":"2026-03-09","hours":3.5}],
             "sessions":[{"date":"2026-03-10","minutes":55},{"date":"2026-03-12","minutes":7}],
             "abort":{"date":"2026-03-20","kind":"UNFORESEEN_ABORT"}}""";

    @Test
    @DisplayName("AM-07 a provider submits a participant's month; an identical resubmission keeps the revision, a change counts it up")
    void submitAndRevise() throws Exception {
        String institution = unique("AMI");
        String id = amiParticipation(institution);
        String url = "/api/billing/participations/" + id + "/records/2026-03";

        partner(institution).body(MARCH).put(url).then().statusCode(200)
                .body("revision", equalTo(1)).body("month", equalTo("2026-03"))
                .body("days.date", org.hamcrest.Matchers.contains("2026-03-09", "2026-03-10"))
                .body("days[0].hours", equalTo(3.5f))
                .body("sessions", hasSize(2)).body("abort.kind", equalTo("UNFORESEEN_ABORT"));
        // idempotent by nature: the same month again (other order) changes nothing
        partner(institution).body("""
                {"days":[{"date":"2026-03-09","hours":3.50},{"date":"2026-03-10","hours":8}],
                 "sessions":[{"date":"2026-03-12","minutes":7},{"date":"2026-03-10","minutes":55}],
                 "abort":{"date":"2026-03-20","kind":"UNFORESEEN_ABORT"}}""").put(url).then().statusCode(200)
                .body("revision", equalTo(1));
        partner(institution).get(url).then().statusCode(200).body("revision", equalTo(1));
        // a late change (e.g. after invoicing) is allowed and counts up
        partner(institution).body("{\"days\":[{\"date\":\"2026-03-09\",\"hours\":4}]}").put(url).then()
                .statusCode(200).body("revision", equalTo(2)).body("sessions", hasSize(0))
                .body("abort", nullValue());
        as("billing").get(url).then().statusCode(200).body("revision", equalTo(2)).body("days", hasSize(1));
        // an untouched month reads as revision 0
        as("admin").get("/api/billing/participations/" + id + "/records/2026-04").then().statusCode(200)
                .body("revision", equalTo(0)).body("days", hasSize(0));

        // the invoice package reads the month through ServiceRecords
        assertThat(serviceRecords.revision(UUID.fromString(id), YearMonth.of(2026, 3))).isEqualTo(2);
        assertThat(serviceRecords.of(UUID.fromString(id), YearMonth.of(2026, 3)).days())
                .containsExactly(new ServiceDay(LocalDate.of(2026, 3, 9), new BigDecimal("4")));
        assertThat(serviceRecords.changedSince(OffsetDateTime.now().minusMinutes(5)))
                .anyMatch(r -> r.participationId().toString().equals(id) && r.revision() == 2);

        // personal data: every write and read is audited, with the participation as subject
        as("admin").queryParam("subject", id).queryParam("size", 100).get("/api/billing/audit").then()
                .statusCode(200)
                .body("items.findAll { it.resourceType == 'service-records' }.action", hasItem("UPDATE"))
                .body("items.findAll { it.resourceType == 'service-records' }.action", hasItem("READ"))
                .body("items.findAll { it.action == 'UPDATE' }.institution", hasItem(institution));
    }

    @Test
    @DisplayName("AM-07 the records come back for the monthly run: days, sessions, abort")
    void serviceRecordsOf() throws Exception {
        String institution = unique("AMI");
        String id = amiParticipation(institution);
        partner(institution).body(MARCH).put("/api/billing/participations/" + id + "/records/2026-03").then()
                .statusCode(200);
        var records = serviceRecords.of(UUID.fromString(id), YearMonth.of(2026, 3));
        assertThat(records.days()).containsExactly(new ServiceDay(LocalDate.of(2026, 3, 9), new BigDecimal("3.5")),
                new ServiceDay(LocalDate.of(2026, 3, 10), new BigDecimal("8")));
        assertThat(records.sessions()).containsExactly(new CoachingSession(LocalDate.of(2026, 3, 10), 55),
                new CoachingSession(LocalDate.of(2026, 3, 12), 7));
        assertThat(records.abort()).isEqualTo(new AbortEvent(LocalDate.of(2026, 3, 20),
                AbortEvent.Kind.UNFORESEEN_ABORT));
        assertThat(records.moduleHours()).isEmpty();
        var none = serviceRecords.of(UUID.randomUUID(), YearMonth.of(2026, 3));
        assertThat(none.days()).isEmpty();
        assertThat(none.abort()).isNull();
    }

    @Test
    @DisplayName("a partner reaches only its own institution's participants: another institution's are not found, "
            + "a token without institution is refused")
    void partnerAccess() throws Exception {
        String institution = unique("AMI");
        String id = amiParticipation(institution);
        String url = "/api/billing/participations/" + id + "/records/2026-03";

        partner(unique("OTHER")).body(MARCH).put(url).then().statusCode(404).body("type", endsWith("/not-found"));
        partner(unique("OTHER")).get(url).then().statusCode(404);
        partner(unique("OTHER")).body("{\"module\":\"ENTRY_PHASE\",\"date\":\"2026-03-10\",\"hours\":1}")
                .post("/api/billing/participations/" + id + "/module-hours").then().statusCode(404);
        partner(unique("OTHER")).get("/api/billing/participations/" + id + "/module-hours").then().statusCode(404);
        // the same answer as for a participation that does not exist
        partner(institution).get("/api/billing/participations/" + UUID.randomUUID() + "/records/2026-03").then()
                .statusCode(404);
        // a partner token without its institution
        as("partner").body(MARCH).put(url).then().statusCode(403).body("type", endsWith("/forbidden"));
        as("partner").get(url).then().statusCode(403);
        // roles without access
        for (String role : new String[] {"intake", "canton", "caseworker", "day-center-staff"}) {
            as(role).body(MARCH).put(url).then().statusCode(403);
            as(role).get(url).then().statusCode(403);
        }
        // the provider's participant whose provider has no creditor yet: no partner acts for it
        String orphan = IntakePlacements.ami(kafka, tokens, UUID.randomUUID(), ENTRY);
        partner(institution).get("/api/billing/participations/" + orphan + "/records/2026-03").then().statusCode(404);
        as("billing").get("/api/billing/participations/" + orphan + "/records/2026-03").then().statusCode(200);
        // nothing was written by the refused calls
        as("billing").get(url).then().statusCode(200).body("revision", equalTo(0));
        partner(institution).body(MARCH).put(url).then().statusCode(200);
    }

    @Test
    @DisplayName("AM-07 bad records name every offending field and write nothing")
    void validation() throws Exception {
        String institution = unique("AMI");
        String id = amiParticipation(institution);
        IntakePlacements.end(kafka, tokens, id, LocalDate.of(2026, 3, 27));
        String url = "/api/billing/participations/" + id + "/records/2026-03";
        partner(institution).body("""
                {"days":[{"date":"2026-03-08","hours":4},{"date":"2026-03-10","hours":0},{"date":"2026-03-10","hours":2},
                         {"date":"2026-04-01","hours":2},{"date":"2026-03-28","hours":25}],
                 "sessions":[{"date":"2026-03-11","minutes":0}],
                 "abort":{"date":"2026-03-30","kind":"NO_SHOW_AT_START"}}""").put(url).then().statusCode(400)
                .contentType("application/problem+json").body("type", endsWith("/validation"))
                .body("errors.field", containsInAnyOrder("days[0].date", "days[1].hours", "days[2].date",
                        "days[3].date", "days[4].date", "days[4].hours", "sessions[0].minutes", "abort.date"))
                .body("errors.find { it.field == 'days[0].date' }.message",
                        equalTo("lies before the participation's entry on 2026-03-09"))
                .body("errors.find { it.field == 'days[4].date' }.message",
                        equalTo("lies after the participation's exit on 2026-03-27"));
        partner(institution).body("{\"abort\":{\"date\":\"2026-03-20\",\"kind\":\"LATE\"}}").put(url).then()
                .statusCode(400).body("errors[0].field", equalTo("abort.kind"));
        partner(institution).body("{\"days\":[],\"extra\":1}").put(url).then().statusCode(400)
                .body("errors[0].field", equalTo("extra"));
        partner(institution).body("{\"days\":[{\"date\":\"10.03.2026\",\"hours\":1}]}").put(url).then()
                .statusCode(400).body("errors[0].field", equalTo("days[0].date"));
        partner(institution).body("{}").put("/api/billing/participations/" + id + "/records/2026-13").then()
                .statusCode(400).body("errors[0].field", equalTo("month"));
        partner(institution).body("{}").put("/api/billing/participations/" + id + "/records/2026-05").then()
                .statusCode(400).body("errors[0].field", equalTo("month"));
        partner(institution).put(url).then().statusCode(400);
        as("billing").get(url).then().statusCode(200).body("revision", equalTo(0));
    }

    @Test
    @DisplayName("AM-07 a day-center place's months come from the day center, not from service records")
    void dayCenterIsNotRecordedHere() throws Exception {
        String id = IntakePlacements.dayCenter(kafka, tokens, ENTRY);
        as("billing").body(MARCH).put("/api/billing/participations/" + id + "/records/2026-03").then()
                .statusCode(409).body("type", endsWith("/rule-violation")).body("rule", equalTo("AM-07"));
    }

    @Test
    @DisplayName("the records path does not shadow the participations API")
    void participationsStillAnswer() throws Exception {
        String institution = unique("AMI");
        String id = amiParticipation(institution);
        as("billing").get("/api/billing/participations/" + id).then().statusCode(200).body("id", equalTo(id));
        as("billing").queryParam("size", 5).get("/api/billing/participations").then().statusCode(200);
        as("billing").get("/api/billing/participations/" + id + "/records").then().statusCode(not(equalTo(500)));
    }
}
