package ch.so.integration.billing.participation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.billing.BillingTestResource;
import ch.so.integration.platform.security.Actor;
import ch.so.integration.platform.security.Actors;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import ch.so.integration.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Participations from real events on the test broker: intake's placement and financing events and the day center's
 * months, deduplicated, dead-lettered when unprocessable, and read by the monthly run through {@link BillableMonths}.
 */
@QuarkusTest
@BillingTestResource
class ParticipationEventsTest {

    static final String PLACEMENTS = "intake.placement";
    static final String INSTRUMENTS = "intake.financing-instrument";
    static final String MONTHS = "day-center.attendance-month";
    static final String DEAD_LETTERS = "billing.dead-letter";
    static final YearMonth MARCH = YearMonth.of(2027, 3);

    @Suite
    KafkaTestCluster kafka;

    @Suite
    TestTokens tokens;

    @Suite
    TestDatabase database;

    @Inject
    BillableMonths billableMonths;

    private RequestSpecification as(String role) {
        return given().header("Authorization", tokens.bearer(role)).contentType(ContentType.JSON);
    }

    private RequestSpecification asPartner(String institution) {
        return given().header("Authorization", tokens.bearerForPartner(institution)).contentType(ContentType.JSON);
    }

    private static <T> T asRun(Callable<T> work) throws Exception {
        return Actors.runAs(Actor.system("test:monthly-run"), work);
    }

    private void send(String topic, ProducerEvents.Event event) {
        kafka.send(topic, event.key(), event.json());
    }

    private void awaitParticipation(String id, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                as("billing").get("/api/billing/participations/" + id).then().statusCode(200)
                        .body("status", equalTo(status)));
    }

    private String registerAmiCreditor(UUID provider, String institution) {
        return as("billing").body("""
                        {"kind":"AMI_PROVIDER","intakeProviderId":"%s","institutionId":"%s","name":"Werkstatt %s",
                         "address":{"street":"Industriestrasse","houseNumber":"12","postalCode":"4500","town":"Solothurn",
                                    "country":"CH"},
                         "iban":"CH93 0076 2011 6238 5295 7"}""".formatted(provider, institution,
                        provider.toString().substring(0, 8)))
                .post("/api/billing/creditors").then().statusCode(201).extract().path("id");
    }

    private String creditorOfKind(String kind, String body, String passtGenauProvider) {
        List<Map<String, Object>> found = as("billing").queryParam("kind", kind).queryParam("size", 100)
                .get("/api/billing/creditors").then().statusCode(200).extract().path("items");
        Optional<String> existing = found.stream()
                .filter(c -> passtGenauProvider == null || passtGenauProvider.equals(c.get("passtGenauProvider")))
                .map(c -> (String) c.get("id")).findFirst();
        return existing.orElseGet(() -> as("billing").body(body).post("/api/billing/creditors").then()
                .statusCode(201).extract().path("id"));
    }

    private String amiPlacement(String placement, String person, UUID provider, String name) throws Exception {
        send(PLACEMENTS, ProducerEvents.intake("placement-created-ami.v1.json", placement, "placementId", placement,
                "personId", person, "startDate", "2027-01-04", "programme.providerId", provider.toString(),
                "participant.officialName", name));
        return placement;
    }

    @Test
    @DisplayName("AM-05 AM-07 an AMI placement from intake's events: without a schedule the month is not billable "
            + "(AM-07); with one it is a programme month, requested then granted; its creditor registered after the "
            + "events bills it")
    void amiPlacementLifecycle() throws Exception {
        String placement = UUID.randomUUID().toString();
        String person = UUID.randomUUID().toString();
        String instrument = UUID.randomUUID().toString();
        UUID provider = UUID.randomUUID();
        amiPlacement(placement, person, provider, "Programmteilnehmerin");
        send(INSTRUMENTS, ProducerEvents.intake("financing-instrument-requested.v1.json", instrument,
                "instrumentId", instrument, "placementId", placement, "personId", person, "neededFrom", "2027-01-04"));
        awaitParticipation(placement, "PENDING");
        send(PLACEMENTS, ProducerEvents.intake("placement-activated.v1.json", placement, "placementId", placement,
                "personId", person, "type", "AMI_PROGRAMME", "startDate", "2027-01-04"));
        awaitParticipation(placement, "ACTIVE");
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("billing")
                .get("/api/billing/participations/" + placement).then().body("financing", hasSize(1)));

        as("billing").get("/api/billing/participations/" + placement).then().statusCode(200)
                .body("participantName", equalTo("Programmteilnehmerin Anna"))
                .body("kind", equalTo("AMI_PROGRAMME"))
                .body("entryDate", equalTo("2027-01-04"))
                .body("programme.providerId", equalTo(provider.toString()))
                .body("programme.programmeType", equalTo("QUALIFIZIERUNG"))
                .body("programme.tariffPerDay", equalTo("80.00"))
                .body("creditorId", nullValue())
                .body("financing[0].kind", equalTo("KGS"))
                .body("financing[0].status", equalTo("REQUESTED"));

        String institution = "PROV-" + provider.toString().substring(0, 8);
        UUID creditor = UUID.fromString(registerAmiCreditor(provider, institution));

        List<BillableMonth> months = asRun(() -> billableMonths.of(creditor, MARCH));
        assertThat(months).singleElement().isInstanceOfSatisfying(BillableMonth.NotBillable.class, n -> {
            assertThat(n.participationId().toString()).isEqualTo(placement);
            assertThat(n.rule()).isEqualTo("AM-07");
            assertThat(n.reason()).contains("schedule missing");
        });

        asPartner(institution).body("{\"daysPerWeek\":4,\"hoursPerDay\":\"6.5\"}")
                .put("/api/billing/participations/" + placement + "/schedule").then().statusCode(200)
                .body("schedule.daysPerWeek", equalTo(4)).body("schedule.hoursPerDay", equalTo("6.5"))
                .body("creditorId", equalTo(creditor.toString()))
                .body("financing", nullValue());

        BillableMonth.Programme requested = (BillableMonth.Programme) asRun(() -> billableMonths.of(creditor, MARCH))
                .getFirst();
        assertThat(requested.financing().granted()).isNull();
        assertThat(requested.input().placement().daysPerWeek()).isEqualTo(4);
        assertThat(requested.participantName()).isEqualTo("Programmteilnehmerin Anna");

        send(INSTRUMENTS, ProducerEvents.intake("financing-instrument-granted.v1.json", instrument,
                "instrumentId", instrument, "placementId", placement, "personId", person, "validFrom", "2027-01-04",
                "validTo", null, "number", "KGS-2027-0099"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
            BillableMonth.Programme granted = (BillableMonth.Programme) asRun(() ->
                    billableMonths.of(creditor, UUID.fromString(placement), MARCH)).orElseThrow();
            assertThat(granted.financing().granted().number()).isEqualTo("KGS-2027-0099");
        });
        assertThat(asRun(() -> billableMonths.of(creditor, YearMonth.of(2026, 12)))).isEmpty();
    }

    @Test
    @DisplayName("a partner sees and schedules only the participations its creditor bills; another partner gets 404")
    void partnerScope() throws Exception {
        UUID provider = UUID.randomUUID();
        String institution = "PROV-" + provider.toString().substring(0, 8);
        registerAmiCreditor(provider, institution);
        String own = amiPlacement(UUID.randomUUID().toString(), UUID.randomUUID().toString(), provider, "Eigene");
        String foreign = amiPlacement(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID(),
                "Fremde");
        awaitParticipation(own, "PENDING");
        awaitParticipation(foreign, "PENDING");

        asPartner(institution).get("/api/billing/participations").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(own))
                .body("items[0].financing", nullValue());
        asPartner(institution).get("/api/billing/participations/" + foreign).then().statusCode(404);
        asPartner(institution).body("{\"daysPerWeek\":5,\"hoursPerDay\":\"8\"}")
                .put("/api/billing/participations/" + foreign + "/schedule").then().statusCode(404);
        asPartner("OTHER-INSTITUTION").get("/api/billing/participations/" + own).then().statusCode(404);
        as("partner").get("/api/billing/participations").then().statusCode(403);
        as("billing").queryParam("size", 100).get("/api/billing/participations").then().statusCode(200)
                .body("items.id", hasItem(own)).body("items.id", hasItem(foreign));
        as("billing").queryParam("month", "2027-03").queryParam("size", 100).get("/api/billing/participations")
                .then().statusCode(200).body("items.id", not(hasItem(own)));
        as("caseworker").get("/api/billing/participations").then().statusCode(403);
        as("billing").queryParam("month", "2027-13").get("/api/billing/participations").then().statusCode(400)
                .body("errors.field", hasItem("month"));
    }

    @Test
    @DisplayName("AM-06 the waiver application is recorded by billing, shown to billing only, and checked field by "
            + "field; AM-07 a schedule is refused with the fields named")
    void waiverApplicationAndValidation() throws Exception {
        String placement = amiPlacement(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID(), "Erlass");
        awaitParticipation(placement, "PENDING");

        as("billing").body("""
                        {"residenceCanton":"SO","permit":"B","cashBenefits":[],"householdSize":2,
                         "monthlyHouseholdIncome":"3200.00","householdAssets":"1500.00"}""")
                .put("/api/billing/participations/" + placement + "/waiver-application").then().statusCode(200)
                .body("waiverApplication.permit", equalTo("B"))
                .body("waiverApplication.monthlyHouseholdIncome", equalTo("3200.00"));
        as("admin").get("/api/billing/participations/" + placement).then().statusCode(200)
                .body("waiverApplication.householdSize", equalTo(2));
        as("partner").body("{}").put("/api/billing/participations/" + placement + "/waiver-application")
                .then().statusCode(403);

        as("billing").body("""
                        {"residenceCanton":"Solothurn","permit":"B","householdSize":0,
                         "monthlyHouseholdIncome":"-1","householdAssets":"1.005"}""")
                .put("/api/billing/participations/" + placement + "/waiver-application").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("residenceCanton")).body("errors.field", hasItem("householdSize"))
                .body("errors.field", hasItem("monthlyHouseholdIncome"))
                .body("errors.field", hasItem("householdAssets"));
        as("billing").body("{\"daysPerWeek\":6,\"hoursPerDay\":\"0\"}")
                .put("/api/billing/participations/" + placement + "/schedule").then().statusCode(400)
                .body("errors.field", hasItem("daysPerWeek")).body("errors.field", hasItem("hoursPerDay"));
        as("billing").get("/api/billing/participations/" + placement).then().statusCode(200)
                .body("schedule", nullValue());
        as("billing").body("{\"daysPerWeek\":5,\"hoursPerDay\":\"8\"}")
                .put("/api/billing/participations/" + UUID.randomUUID() + "/schedule").then().statusCode(404);

        try (java.sql.Connection c = database.asOwner(); java.sql.PreparedStatement s = c.prepareStatement(
                "select count(*) from audit_log where resource_type = 'participation' and resource_id = ? "
                        + "and action in ('UPDATE', 'READ', 'RECEIVE')")) {
            s.setString(1, placement);
            try (java.sql.ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(3);
            }
        }
    }

    @Test
    @DisplayName("DC-05 DC-07 DC-21 a day-center place bills once the day center closed the month; a correction "
            + "replaces it and counts up the revision; the same event twice has one effect")
    void dayCenterMonths() throws Exception {
        String placement = UUID.randomUUID().toString();
        String person = UUID.randomUUID().toString();
        String instrument = UUID.randomUUID().toString();
        send(PLACEMENTS, ProducerEvents.intake("placement-created.v1.json", placement, "placementId", placement,
                "personId", person, "type", "IVSE_B_STATIONARY", "startDate", "2027-01-04", "pensumPercent", 40,
                "billingBasisPensumPercent", 100));
        send(PLACEMENTS, ProducerEvents.intake("placement-activated.v1.json", placement, "placementId", placement,
                "personId", person, "type", "IVSE_B_STATIONARY", "startDate", "2027-01-04"));
        send(INSTRUMENTS, ProducerEvents.intake("financing-instrument-granted.v1.json", instrument,
                "instrumentId", instrument, "placementId", placement, "personId", person, "debtor", "AGS",
                "debtorName", null, "issuer", "AGS Solothurn", "validFrom", "2027-01-01", "validTo", null));
        awaitParticipation(placement, "ACTIVE");
        UUID dayCenter = UUID.fromString(creditorOfKind("DAY_CENTER", """
                {"kind":"DAY_CENTER","name":"Tageszentrum","address":{"street":"Weissensteinstrasse","houseNumber":"5",
                 "postalCode":"4500","town":"Solothurn","country":"CH"},"iban":"CH56 0483 5012 3456 7800 9"}""", null));
        UUID id = UUID.fromString(placement);

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                asRun(() -> billableMonths.of(dayCenter, id, MARCH))).hasValueSatisfying(m -> assertThat(m)
                .isInstanceOfSatisfying(BillableMonth.NotBillable.class, n -> assertThat(n.rule()).isEqualTo("DC-05"))));

        ProducerEvents.Event closed = ProducerEvents.dayCenter("attendance-month-closed.v1.json", placement,
                "placementId", placement, "personId", person, "ibbLevel", null, "actualPensumPercent", 40);
        send(MONTHS, closed);
        send(MONTHS, closed);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(asRun(() -> billableMonths.dayCenterRevision(id, MARCH))).isEqualTo(OptionalInt.of(1)));
        BillableMonth.DayCenter billed = (BillableMonth.DayCenter) asRun(() -> billableMonths.of(dayCenter, id, MARCH))
                .orElseThrow();
        assertThat(billed.ibbLevel()).isEqualTo(ch.so.integration.billing.tariff.IbbLevel.ASSESSMENT_PENDING);
        assertThat(billed.stationaryWithoutExternalPlaceOrJob()).isTrue();
        assertThat(billed.admission()).isEqualTo(java.time.LocalDate.of(2027, 1, 4));
        assertThat(billed.financing().debtorName()).isEqualTo("AGS Solothurn");
        assertThat(asRun(() -> billableMonths.of(dayCenter, MARCH)))
                .anySatisfy(m -> assertThat(m.participationId()).isEqualTo(id));

        send(MONTHS, ProducerEvents.dayCenter("attendance-month-corrected.v1.json", placement, "placementId",
                placement, "personId", person, "ibbLevel", 3, "actualPensumPercent", 50));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(asRun(() -> billableMonths.dayCenterRevision(id, MARCH))).isEqualTo(OptionalInt.of(2)));
        BillableMonth.DayCenter corrected = (BillableMonth.DayCenter) asRun(() ->
                billableMonths.of(dayCenter, id, MARCH)).orElseThrow();
        assertThat(corrected.ibbLevel()).isEqualTo(ch.so.integration.billing.tariff.IbbLevel.LEVEL_3);
        assertThat(corrected.pensumPercent()).isEqualByComparingTo("50");
        as("billing").get("/api/billing/participations/" + placement).then().statusCode(200)
                .body("dayCenterMonths", hasSize(1)).body("dayCenterMonths[0].revision", equalTo(2));
    }

    @Test
    @DisplayName("PG-05 a pass(t)genau placement bills with its cooperating provider's creditor and personal budget")
    void passtGenau() throws Exception {
        String placement = UUID.randomUUID().toString();
        String person = UUID.randomUUID().toString();
        String instrument = UUID.randomUUID().toString();
        send(PLACEMENTS, ProducerEvents.intake("placement-created-passt-genau.v1.json", placement, "placementId",
                placement, "personId", person, "passtGenauProvider", "ST_JOSEFSHAUS"));
        send(PLACEMENTS, ProducerEvents.intake("placement-activated.v1.json", placement, "placementId", placement,
                "personId", person, "type", "PASST_GENAU", "startDate", "2026-12-01"));
        send(INSTRUMENTS, ProducerEvents.intake("financing-instrument-requested.v1.json", instrument,
                "instrumentId", instrument, "placementId", placement, "personId", person,
                "placementType", "PASST_GENAU", "instrument", "PERSONAL_BUDGET", "debtor", "BUDGET_HOLDER",
                "debtorName", null, "rule", "PG-05"));
        awaitParticipation(placement, "ACTIVE");
        UUID creditor = UUID.fromString(creditorOfKind("PASST_GENAU_PROVIDER", """
                {"kind":"PASST_GENAU_PROVIDER","passtGenauProvider":"ST_JOSEFSHAUS","name":"St. Josefshaus",
                 "address":{"street":"Hauptstrasse","houseNumber":"1","postalCode":"4500","town":"Solothurn",
                 "country":"CH"},"iban":"CH93 0076 2011 6238 5295 7"}""", "ST_JOSEFSHAUS"));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                asRun(() -> billableMonths.of(creditor, UUID.fromString(placement), YearMonth.of(2026, 12))))
                .hasValueSatisfying(month -> assertThat(month).isInstanceOfSatisfying(BillableMonth.Passtgenau.class,
                        m -> {
                            assertThat(m.financing().debtorName()).isEqualTo("Muster Anna");
                            assertThat(m.hours()).isEmpty();
                        })));
        as("billing").get("/api/billing/participations/" + placement).then().statusCode(200)
                .body("modules[0].module", equalTo("ENTRY_PHASE")).body("modules[0].hourLimit", equalTo(48))
                .body("creditorId", equalTo(creditor.toString()));
        as("billing").body("{\"daysPerWeek\":5,\"hoursPerDay\":\"8\"}")
                .put("/api/billing/participations/" + placement + "/schedule").then().statusCode(409)
                .body("rule", equalTo("AM-07"));
    }

    @Test
    @DisplayName("a placement cancelled before its start is never billed")
    void cancelledBeforeStart() throws Exception {
        UUID provider = UUID.randomUUID();
        UUID creditor = UUID.fromString(registerAmiCreditor(provider, "PROV-" + provider.toString().substring(0, 8)));
        String placement = amiPlacement(UUID.randomUUID().toString(), UUID.randomUUID().toString(), provider,
                "Abgesagt");
        send(PLACEMENTS, ProducerEvents.intake("placement-ended.v1.json", placement, "placementId", placement,
                "type", "AMI_PROGRAMME", "endDate", "2027-01-03", "reason", "MUTUAL_AGREEMENT",
                "cancelledBeforeStart", true));
        awaitParticipation(placement, "CANCELLED");
        assertThat(asRun(() -> billableMonths.of(creditor, YearMonth.of(2027, 1)))).isEmpty();
    }

    @Test
    @DisplayName("the same PlacementCreated delivered twice has one effect, and a change for an unknown "
            + "participation and a malformed event are dead-lettered while the consumer carries on")
    void duplicatesAndDeadLetters() throws Exception {
        String placement = UUID.randomUUID().toString();
        ProducerEvents.Event created = ProducerEvents.intake("placement-created-ami.v1.json", placement,
                "placementId", placement, "personId", UUID.randomUUID().toString());
        double duplicatesBefore = duplicatesCounted();
        send(PLACEMENTS, created);
        send(PLACEMENTS, created);
        awaitParticipation(placement, "PENDING");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> duplicatesCounted() > duplicatesBefore);
        try (java.sql.Connection c = database.asOwner(); java.sql.PreparedStatement s = c.prepareStatement(
                "select count(*) from audit_log where resource_type = 'participation' and resource_id = ? "
                        + "and action = 'RECEIVE'")) {
            s.setString(1, placement);
            try (java.sql.ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }

        String garbage = UUID.randomUUID().toString();
        kafka.send(PLACEMENTS, garbage, "this is not an event {");
        String unknown = UUID.randomUUID().toString();
        send(PLACEMENTS, ProducerEvents.intake("placement-ended.v1.json", unknown, "placementId", unknown));
        String badMonth = UUID.randomUUID().toString();
        send(MONTHS, ProducerEvents.dayCenter("attendance-month-closed.v1.json", badMonth, "placementId", badMonth,
                "ibbLevel", 7));
        String after = amiPlacement(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID(),
                "Danach");

        try (TopicReader dead = kafka.reader(DEAD_LETTERS)) {
            List<ConsumerRecord<String, String>> letters = dead.await(r -> garbage.equals(r.key())
                    || unknown.equals(r.key()) || badMonth.equals(r.key()), 3, Duration.ofSeconds(20));
            assertThat(letters).anySatisfy(r -> {
                assertThat(r.key()).isEqualTo(garbage);
                assertThat(TopicReader.header(r, "dlt-reason")).startsWith("not valid JSON");
                assertThat(TopicReader.header(r, "dlt-consumer")).isEqualTo("billing.intake-placements");
            });
            assertThat(letters).anySatisfy(r -> {
                assertThat(r.key()).isEqualTo(unknown);
                assertThat(TopicReader.header(r, "dlt-reason")).contains("PlacementCreated never arrived");
            });
            assertThat(letters).anySatisfy(r -> {
                assertThat(r.key()).isEqualTo(badMonth);
                assertThat(TopicReader.header(r, "dlt-reason")).isEqualTo("attendance month's IBB level is not 0 to 4");
                assertThat(TopicReader.header(r, "dlt-consumer")).isEqualTo("billing.day-center-months");
            });
        }
        awaitParticipation(after, "PENDING");
    }

    private double duplicatesCounted() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(l -> l.startsWith("events_consumed_total") && l.contains("outcome=\"duplicate\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }
}
