package ch.so.integration.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import ch.so.integration.testing.TestAhvNumbers;
import io.restassured.RestAssured;

/** The first slice end to end, through the gateway, with every process real. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteIT {

    static RunningSuite suite;

    @BeforeAll
    static void start() throws Exception {
        suite = RunningSuite.get();
        RestAssured.baseURI = suite.gateway();
    }

    @AfterAll
    static void stop() {
        RunningSuite.stopAll();
    }

    private static String person(String officialName, String firstName, String ahv) {
        return given().header("Authorization", suite.bearer("intake")).contentType("application/json")
                .body("""
                        {"ahvNumber":"%s","officialName":"%s","firstName":"%s","sex":"MALE","dateOfBirth":"1985-02-03",
                         "address":{"street":"Hauptgasse","postalCode":"4500","town":"Solothurn","municipalityBfsNumber":2601,"canton":"SO"},
                         "circumstances":{"residencePermit":"SWISS","benefits":["IV_PENSION"]}}"""
                        .formatted(ahv, officialName, firstName))
                .post("/api/intake/persons").then().statusCode(201).extract().path("id");
    }

    private static String placement(String personId, int pensum, String correlationId) {
        return given().header("Authorization", suite.bearer("intake")).header("X-Correlation-Id", correlationId)
                .contentType("application/json")
                .body("""
                        {"personId":"%s","type":"IVSE_B_EXTERNAL","startDate":"2026-12-01","pensumPercent":%d,"workAreas":["Küche"]}"""
                        .formatted(personId, pensum))
                .post("/api/intake/placements").then().statusCode(201).extract().path("id");
    }

    private static void awaitPlace(String placementId, Duration within) {
        Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                given().header("Authorization", suite.bearer("day-center-staff"))
                        .get("/api/day-center/places/" + placementId).then().statusCode(200));
    }

    @Test
    @Order(1)
    @DisplayName("every service reports ready through the gateway")
    void healthThroughGateway() {
        given().get("/q/health/group/suite").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks[0].data.intake", equalTo("UP"))
                .body("checks[0].data.'day-center'", equalTo("UP"));
    }

    @Test
    @Order(2)
    @DisplayName("a person and placement posted to /api/intake show at /api/day-center; the correlation id follows the event; no personal data in any log")
    void sliceThroughGateway() throws Exception {
        String ahv = ahvNumber();
        String officialName = "Zyxwort" + ThreadLocalRandom.current().nextInt(1000, 9999);
        String firstName = "Quirinus";
        String correlation = "slice-" + UUID.randomUUID();
        String personId = person(officialName, firstName, ahv);

        String placementId = null;
        for (int round = 1; round <= 3; round++) {
            Instant posted = Instant.now();
            placementId = placement(personId, 60, correlation);
            awaitPlace(placementId, Duration.ofSeconds(10));
            Duration visible = Duration.between(posted, Instant.now());
            String createdAt = given().header("Authorization", suite.bearer("intake"))
                    .get("/api/intake/placements/" + placementId).then().extract().path("createdAt");
            String openedAt = given().header("Authorization", suite.bearer("day-center-staff"))
                    .get("/api/day-center/places/" + placementId).then().extract().path("openedAt");
            Duration eventLatency = Duration.between(java.time.OffsetDateTime.parse(createdAt),
                    java.time.OffsetDateTime.parse(openedAt));
            System.out.printf("[system-test] placement %d: intake commit -> day-center effect %d ms; POST -> visible via API %d ms%n",
                    round, eventLatency.toMillis(), visible.toMillis());
        }

        given().header("Authorization", suite.bearer("day-center-staff")).get("/api/day-center/places/" + placementId)
                .then().statusCode(200)
                .body("personId", equalTo(personId))
                .body("participant.officialName", equalTo(officialName))
                .body("pensumPercent", equalTo(60))
                .body("history", hasSize(1));
        given().header("Authorization", suite.bearer("admin")).queryParam("subject", personId)
                .get("/api/day-center/audit").then().statusCode(200)
                .body("items.find { it.action == 'RECEIVE' }.correlationId", equalTo(correlation));

        try (Stream<Path> files = Files.list(suite.logs)) {
            for (Path log : files.toList()) {
                String text = Files.readString(log);
                assertThat(text).as("log %s", log.getFileName())
                        .doesNotContain(ahv).doesNotContain(ahv.replace(".", ""))
                        .doesNotContain(officialName).doesNotContain(firstName);
            }
        }
    }

    @Test
    @Order(3)
    @DisplayName("writes while the broker is down for 30 s all succeed; every event arrives once the broker is back, none twice")
    void brokerOutageLosesNothing() throws Exception {
        int outageSeconds = Integer.getInteger("suite.outageSeconds", 30);
        String personId = person("Ausfall", "Berta", ahvNumber());
        List<String> placements = new ArrayList<>();

        suite.kafka.stopBroker();
        Instant stopped = Instant.now();
        try {
            for (int i = 0; i < 6; i++) {
                placements.add(placement(personId, 10 * (i + 1), "outage-" + i));
                Thread.sleep(Duration.ofSeconds(outageSeconds).dividedBy(8).toMillis());
            }
            given().header("Authorization", suite.bearer("day-center-staff"))
                    .get("/api/day-center/places/" + placements.getFirst()).then().statusCode(404);
            long left = Duration.ofSeconds(outageSeconds).minus(Duration.between(stopped, Instant.now())).toMillis();
            if (left > 0) {
                Thread.sleep(left);
            }
        } finally {
            suite.kafka.startBroker();
        }

        for (String placementId : placements) {
            awaitPlace(placementId, Duration.ofSeconds(60));
        }
        for (String placementId : placements) {
            given().header("Authorization", suite.bearer("day-center-staff"))
                    .get("/api/day-center/places/" + placementId).then().statusCode(200).body("history", hasSize(1));
        }
        try (Connection c = suite.postgres.superuserConnection("intake_st"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from outbox_event where published_at is null")) {
            rs.next();
            assertThat(rs.getLong(1)).as("unpublished outbox rows").isZero();
        }
        try (Connection c = suite.postgres.superuserConnection("day_center_st"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), count(distinct placement_id) from place_history")) {
            rs.next();
            assertThat(rs.getLong(1)).as("one history entry per placement").isEqualTo(rs.getLong(2));
        }
    }

    @Test
    @Order(4)
    @DisplayName("DC-07 DC-08 DC-09 DC-12 AM-04 PG-05 a new user's intake journey through the gateway: each placement type, "
            + "financing and debtor, the signed agreement, a programme near a postal code")
    void intakeJourneyThroughGateway() {
        String intake = suite.bearer("intake");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Zurich")).toString();
        String stationaryPerson = person("Stationaer", "Sina", TestAhvNumbers.next());
        String assessment = given().header("Authorization", intake).contentType("application/json").body("""
                        {"personId":"%s","date":"%s","assessor":"ikw","reason":"ENTRY_FROM_STATIONARY_HOUSING",
                         "recommendedSetting":"IVSE_B_STATIONARY","recommendedAreas":["Küche"],
                         "recommendedPensumPercent":100,"summary":"Tagesstätte"}""".formatted(stationaryPerson, today))
                .post("/api/intake/assessments").then().statusCode(201).extract().path("id");
        given().header("Authorization", intake).contentType("application/json").body("""
                        {"personId":"%s","type":"IVSE_B_STATIONARY","startDate":"%s","pensumPercent":60,
                         "workAreas":["Küche"],"assessmentId":"%s"}""".formatted(stationaryPerson, today, assessment))
                .post("/api/intake/placements").then().statusCode(201)
                .body("financing.instrument", equalTo("KGS")).body("billingBasisPensumPercent", equalTo(100));

        given().header("Authorization", intake).contentType("application/json").body("{\"places\":50}")
                .put("/api/intake/placements/capacities/IVSE_B_SEMI_STATIONARY").then().statusCode(200);
        given().header("Authorization", intake).contentType("application/json").body("""
                        {"personId":"%s","type":"IVSE_B_SEMI_STATIONARY","startDate":"%s","pensumPercent":50,"workAreas":["Garten"]}"""
                        .formatted(person("Teil", "Tom", TestAhvNumbers.next()), today))
                .post("/api/intake/placements").then().statusCode(201).body("financing.debtor", equalTo("AGS"));

        var external = given().header("Authorization", intake).contentType("application/json").body("""
                        {"personId":"%s","type":"IVSE_B_EXTERNAL","startDate":"%s","pensumPercent":40,"workAreas":["Holz"]}"""
                        .formatted(person("Extern", "Eli", TestAhvNumbers.next()), today))
                .post("/api/intake/placements").then().statusCode(201)
                .body("financing.instrument", equalTo("EVIDENCE_DIRECT")).body("financing.debtor", equalTo("AGS"))
                .extract();
        String placement = external.path("id");
        given().header("Authorization", intake).contentType("application/json")
                .body("{\"number\":\"EV-1\",\"issuer\":\"AGS\",\"validFrom\":\"" + today + "\"}")
                .post("/api/intake/financing-instruments/" + external.path("financing.instrumentId") + "/grant")
                .then().statusCode(200);
        String agreement = external.path("agreement.agreementId");
        byte[] pdf = given().header("Authorization", intake).accept("application/pdf")
                .get("/api/intake/agreements/" + agreement + "/document").then().statusCode(200).extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        given().header("Authorization", intake).contentType("application/json").body("""
                        {"signedOn":"%s","signedBy":"Eli Extern","institutionSignatory":"Leitung","scanReference":"DMS-9"}"""
                        .formatted(today))
                .post("/api/intake/agreements/" + agreement + "/signature").then().statusCode(200);
        given().header("Authorization", intake).post("/api/intake/placements/" + placement + "/activation")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));

        given().header("Authorization", suite.bearer("admin")).contentType("text/csv").body("""
                        country_code,zipcode,place,state,state_code,province,province_code,community,community_code,latitude,longitude
                        CH,4500,Solothurn,Kanton Solothurn,SO,Bezirk Solothurn,1109,Solothurn,2601,47.2062,7.5295
                        CH,4600,Olten,Kanton Solothurn,SO,Bezirk Olten,1108,Olten,2581,47.3458,7.9009
                        """).post("/api/intake/postal-codes/import").then().statusCode(200);
        String provider = given().header("Authorization", intake).contentType("application/json")
                .body("{\"name\":\"Werkstatt Olten\",\"postalCode\":\"4600\",\"town\":\"Olten\",\"canton\":\"SO\"}")
                .post("/api/intake/providers").then().statusCode(201).extract().path("id");
        String programme = given().header("Authorization", intake).contentType("application/json").body("""
                        {"providerId":"%s","type":"QUALIFIZIERUNG","name":"Gastro","postalCode":"4600","capacity":4,
                         "tariffs":{"perDay":"80.00"}}""".formatted(provider))
                .post("/api/intake/programmes").then().statusCode(201).extract().path("id");
        given().header("Authorization", suite.bearer("caseworker"))
                .queryParam("type", "QUALIFIZIERUNG").queryParam("postalCode", "4500").queryParam("radiusKm", 40)
                .get("/api/intake/programmes/search").then().statusCode(200)
                .body("items.find { it.id == '%s' }.freePlaces".formatted(programme), equalTo(4));
        given().header("Authorization", intake).contentType("application/json").body("""
                        {"personId":"%s","type":"AMI_PROGRAMME","startDate":"%s","programmeId":"%s"}"""
                        .formatted(person("Programm", "Pia", TestAhvNumbers.next()), today, programme))
                .post("/api/intake/placements").then().statusCode(201).body("financing.instrument", equalTo("OTHER_FINANCING_BODY"));

        given().header("Authorization", intake).contentType("application/json").body("""
                        {"personId":"%s","type":"PASST_GENAU","startDate":"2027-01-04","targetGroup":"AUTISM",
                         "passtGenauProvider":"ST_JOSEFSHAUS","modules":[{"module":"ENTRY_PHASE","plannedStart":"2027-01-04",
                         "plannedEnd":"2027-01-24","plannedHours":40}]}"""
                        .formatted(person("Modul", "Max", TestAhvNumbers.next())))
                .post("/api/intake/placements").then().statusCode(201)
                .body("financing.instrument", equalTo("PERSONAL_BUDGET"));
    }

    @Test
    @Order(5)
    @DisplayName("DC-01 DC-04 DC-05 DC-06 DC-19 a day-center month through the gateway: areas, a planned week, a month "
            + "of attendance, the Pensum, the month close, the MIS sheet, the chart and the payout list")
    void dayCenterMonthThroughGateway() {
        String lead = suite.bearer("day-center-lead");
        String staff = suite.bearer("day-center-staff");
        String area = "Kueche-" + Long.toString(System.nanoTime(), 36);
        String areaId = given().header("Authorization", lead).contentType("application/json").body("""
                        {"name":"%s","capacity":5,"kind":"WORK","motivationCompensation":"80.00"}""".formatted(area))
                .post("/api/day-center/areas").then().statusCode(201).extract().path("id");
        given().header("Authorization", lead).contentType("application/json")
                .body("{\"name\":\"Garten-" + area + "\",\"capacity\":3,\"kind\":\"NONE\"}")
                .post("/api/day-center/areas").then().statusCode(201);

        String person = person("Monat", "Mia", TestAhvNumbers.next());
        String placement = given().header("Authorization", suite.bearer("intake")).contentType("application/json")
                .body("""
                        {"personId":"%s","type":"IVSE_B_EXTERNAL","startDate":"2026-10-01","pensumPercent":60,"workAreas":["%s"]}"""
                        .formatted(person, area))
                .post("/api/intake/placements").then().statusCode(201).extract().path("id");
        awaitPlace(placement, Duration.ofSeconds(20));

        StringBuilder entries = new StringBuilder();
        String[] days = {"2026-10-05", "2026-10-06", "2026-10-07"};
        for (String day : days) {
            for (String half : new String[] {"MORNING", "AFTERNOON"}) {
                entries.append(entries.isEmpty() ? "" : ",").append("""
                        {"placementId":"%s","date":"%s","halfDay":"%s","areaId":"%s"}""".formatted(placement, day, half, areaId));
            }
        }
        given().header("Authorization", staff).contentType("application/json").body("{\"entries\":[" + entries + "]}")
                .put("/api/day-center/plans/2026-W41/entries").then().statusCode(200);
        given().header("Authorization", staff).accept("text/csv").get("/api/day-center/plans/2026-W41")
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString(area));

        for (java.time.LocalDate day = java.time.LocalDate.of(2026, 10, 1); day.getMonthValue() == 10; day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() >= 6) {
                continue;
            }
            given().header("Authorization", staff).contentType("application/json").body("{\"hours\":\"6.00\"}")
                    .put("/api/day-center/attendance/" + placement + "/" + day).then().statusCode(200);
        }
        given().header("Authorization", staff).queryParam("month", "2026-10")
                .get("/api/day-center/attendance/" + placement + "/pensum").then().statusCode(200)
                .body("plannedPercent", equalTo(60)).body("actualBillingPercent", equalTo(100));

        given().header("Authorization", lead).post("/api/day-center/month-closes/2026-10").then().statusCode(201);
        given().header("Authorization", lead).get("/api/day-center/month-closes/2026-10/payout.csv").then()
                .statusCode(200).body(org.hamcrest.Matchers.containsString("Monat"))
                .body(org.hamcrest.Matchers.containsString("80.00"));
        byte[] payout = given().header("Authorization", lead).get("/api/day-center/month-closes/2026-10/payout.pdf")
                .then().statusCode(200).extract().asByteArray();
        assertThat(new String(payout, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        given().header("Authorization", lead).get("/api/day-center/mis/2026-10").then().statusCode(200)
                .body("areas.find { it.area == '%s' }.participantsAtMonthEnd".formatted(area), equalTo(1));
        byte[] sheet = given().header("Authorization", lead).get("/api/day-center/mis/2026-10.xlsx").then()
                .statusCode(200).extract().asByteArray();
        assertThat(new String(sheet, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
        given().header("Authorization", lead).queryParam("to", "2026-10").get("/api/day-center/mis/chart.svg")
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("<svg"));
    }

    @Test
    @Order(6)
    @DisplayName("AM-05 AM-07 a provider's month through the gateway: intake places and finances, the provider records "
            + "its days, runs the month and gets the invoice with QR-bill and the export; running it again issues nothing")
    void billingMonthThroughGateway() throws Exception {
        String intake = suite.bearer("intake");
        java.time.YearMonth lastMonth = java.time.YearMonth.now(java.time.ZoneId.of("Europe/Zurich")).minusMonths(1);
        String start = lastMonth.atDay(1).toString();
        String provider = given().header("Authorization", intake).contentType("application/json")
                .body("{\"name\":\"Gastro Werkstatt\",\"postalCode\":\"4500\",\"town\":\"Solothurn\",\"canton\":\"SO\"}")
                .post("/api/intake/providers").then().statusCode(201).extract().path("id");
        String programme = given().header("Authorization", intake).contentType("application/json").body("""
                        {"providerId":"%s","type":"QUALIFIZIERUNG","name":"Gastro Küche","postalCode":"4500","capacity":4,
                         "tariffs":{"perDay":"80.00"}}""".formatted(provider))
                .post("/api/intake/programmes").then().statusCode(201).extract().path("id");
        String person = given().header("Authorization", intake).contentType("application/json").body("""
                        {"ahvNumber":"%s","officialName":"Rechnung","firstName":"Rita","sex":"FEMALE","dateOfBirth":"1979-03-04",
                         "address":{"street":"Hauptgasse","postalCode":"4500","town":"Solothurn","municipalityBfsNumber":2601,"canton":"SO"},
                         "circumstances":{"residencePermit":"C","benefits":["SOCIAL_ASSISTANCE"],"responsibleSocialOffice":"Sozialregion Wasseramt"}}"""
                        .formatted(TestAhvNumbers.next()))
                .post("/api/intake/persons").then().statusCode(201).extract().path("id");
        var placed = given().header("Authorization", intake).contentType("application/json").body("""
                        {"personId":"%s","type":"AMI_PROGRAMME","startDate":"%s","programmeId":"%s"}"""
                        .formatted(person, start, programme))
                .post("/api/intake/placements").then().statusCode(201)
                .body("financing.instrument", equalTo("KGS")).body("financing.debtor", equalTo("SOCIAL_OFFICE"))
                .extract();
        String placement = placed.path("id");
        given().header("Authorization", intake).contentType("application/json")
                .body("{\"number\":\"KGS-WA-77\",\"issuer\":\"Sozialregion Wasseramt\",\"validFrom\":\"" + start + "\"}")
                .post("/api/intake/financing-instruments/" + placed.path("financing.instrumentId") + "/grant")
                .then().statusCode(200);
        given().header("Authorization", intake).contentType("application/json").body("""
                        {"signedOn":"%s","signedBy":"Rita Rechnung","institutionSignatory":"Leitung","scanReference":"DMS-77"}"""
                        .formatted(start))
                .post("/api/intake/agreements/" + placed.path("agreement.agreementId") + "/signature").then().statusCode(200);
        given().header("Authorization", intake).post("/api/intake/placements/" + placement + "/activation")
                .then().statusCode(200);

        String billing = suite.bearer("billing");
        String creditor = given().header("Authorization", billing).contentType("application/json").body("""
                        {"kind":"AMI_PROVIDER","intakeProviderId":"%s","institutionId":"PROV-GASTRO","name":"Gastro Werkstatt",
                         "address":{"street":"Industriestrasse","houseNumber":"7","postalCode":"4500","town":"Solothurn","country":"CH"},
                         "iban":"CH44 3199 9123 0008 8901 2"}""".formatted(provider))
                .post("/api/billing/creditors").then().statusCode(201).extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().header("Authorization", billing).get("/api/billing/participations/" + placement).then()
                        .statusCode(200).body("entryDate", equalTo(start))
                        .body("financing.find { it.status == 'GRANTED' }.number", equalTo("KGS-WA-77")));

        String partner = suite.bearerForPartner("PROV-GASTRO");
        given().header("Authorization", partner).contentType("application/json")
                .body("{\"daysPerWeek\":5,\"hoursPerDay\":\"8\"}")
                .put("/api/billing/participations/" + placement + "/schedule").then().statusCode(200);
        java.time.LocalDate first = lastMonth.atDay(1);
        given().header("Authorization", partner).contentType("application/json").body("""
                        {"days":[{"date":"%s","hours":8},{"date":"%s","hours":8},{"date":"%s","hours":3}]}"""
                        .formatted(first, first.plusDays(1), first.plusDays(2)))
                .put("/api/billing/participations/" + placement + "/records/" + lastMonth).then().statusCode(200);

        String run = "{\"creditorId\":\"%s\",\"month\":\"%s\"}".formatted(creditor, lastMonth);
        var issued = given().header("Authorization", partner).contentType("application/json").body(run)
                .post("/api/billing/runs").then().statusCode(200)
                .body("issued", hasSize(1)).body("issued[0].debtorName", equalTo("Sozialregion Wasseramt"))
                .body("issued[0].total", equalTo(216.0f)) // entry month: 2 × 80 + 70 % × 80
                .extract();
        String invoice = issued.path("issued[0].id");
        given().header("Authorization", partner).get("/api/billing/invoices/" + invoice).then().statusCode(200)
                .body("lines.reference", hasItem("KGS-WA-77")).body("lines.rule", hasItem("AM-07"));
        byte[] pdf = given().header("Authorization", partner).accept("application/pdf")
                .get("/api/billing/invoices/" + invoice + "/document").then().statusCode(200).extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String csv = given().header("Authorization", partner).queryParam("month", lastMonth.toString())
                .queryParam("creditorId", creditor).get("/api/billing/invoices/export.csv").then().statusCode(200)
                .extract().asString();
        assertThat(csv).contains(issued.<String>path("issued[0].number")).contains("KGS-WA-77");

        given().header("Authorization", partner).contentType("application/json").body(run)
                .post("/api/billing/runs").then().statusCode(200).body("issued", hasSize(0));
        given().header("Authorization", billing).queryParam("creditorId", creditor).get("/api/billing/invoices")
                .then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    @Order(7)
    @DisplayName("the gateway serves one OpenAPI document with every service's operations")
    void mergedOpenApi() {
        given().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/intake/persons'.post", notNullValue())
                .body("paths.'/api/day-center/places'.get", notNullValue())
                .body("components.schemas.'intake.PersonView'", notNullValue())
                .body("paths.'/api/intake/audit'", org.hamcrest.Matchers.nullValue());
    }

    @Test
    @Order(8)
    @DisplayName("without a token the gateway answers 401 itself; with a wrong role the service answers 403")
    void securityThroughGateway() {
        given().get("/api/intake/persons?officialName=A").then().statusCode(401).body("type", endsWith("/unauthenticated"));
        given().header("Authorization", suite.bearer("partner")).get("/api/intake/persons?officialName=A")
                .then().statusCode(403).body("type", endsWith("/forbidden"));
    }

    @Test
    @Order(9)
    @DisplayName("a service that is down gets a 502 problem from the gateway, promptly")
    void downServiceIs502() throws Exception {
        suite.suite.service("iiz").close();
        given().header("Authorization", suite.bearer("admin")).get("/api/iiz/audit?subject=x")
                .then().statusCode(502).contentType("application/problem+json").body("type", endsWith("/bad-gateway"));
    }

    static String ahvNumber() {
        return TestAhvNumbers.next();
    }
}
