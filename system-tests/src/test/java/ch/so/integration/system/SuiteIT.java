package ch.so.integration.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import io.restassured.response.ValidatableResponse;

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
        try (Connection c = suite.postgres.superuserConnection(RunningSuite.database("intake"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from outbox_event where published_at is null")) {
            rs.next();
            assertThat(rs.getLong(1)).as("unpublished outbox rows").isZero();
        }
        try (Connection c = suite.postgres.superuserConnection(RunningSuite.database("day-center"));
             Statement s = c.createStatement();
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
                .body("{\"number\":\"KGS-WA-77\",\"issuer\":\"Sozialregion Wasseramt\",\"validFrom\":\"" + start
                        + "\",\"amountLimit\":\"24000.00\"}")
                .post("/api/intake/financing-instruments/" + placed.path("financing.instrumentId") + "/grant")
                .then().statusCode(200);
        given().header("Authorization", intake).contentType("application/json").body("""
                        {"signedOn":"%s","signedBy":"Rita Rechnung","institutionSignatory":"Leitung","scanReference":"DMS-77"}"""
                        .formatted(LocalDate.now(ZoneId.of("Europe/Zurich")))) // not before the agreement was made
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
    @DisplayName("SG-01 SG-02 SG-04 SG-05 SG-06 SG-07 SG-08 SG-09 SG-10 SG-12 a new user's segmentation journey through "
            + "the gateway: a person intake registers becomes a case; process 2010, segmentation, a goal agreement, two "
            + "reviews with a segment change, integration, aftercare and closure; the controlling workbook identifies nobody")
    void segmentationJourneyThroughGateway() throws Exception {
        String officialName = "Segmentweg" + ThreadLocalRandom.current().nextInt(1000, 9999);
        String firstName = "Ottilie";
        String ahv = TestAhvNumbers.next();
        String caseworker = "Vreni Fallfuehrung-" + ThreadLocalRandom.current().nextInt(1000, 9999);
        // the past, so that the 6-month periods can be walked today (the clock is real)
        LocalDate t = LocalDate.now(ZoneId.of("Europe/Zurich"));

        // SG-01: the case can only be opened for a person intake registered; segmentation learns it from the event
        given().header("Authorization", suite.bearer("caseworker")).contentType("application/json")
                .body(openCase(UUID.randomUUID().toString(), caseworker, t.minusDays(700)))
                .post("/api/segmentation/cases").then().statusCode(400).body("errors.field", hasItem("personId"));
        // after the broker outage above, segmentation's consumer may still be rejoining its group (one restarted while
        // the broker was down is let in once the group has dropped its stale member): wait until it reports ready
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().get("/q/health/group/suite").then().body("checks[0].data.segmentation", equalTo("UP")));
        String personId = person(officialName, firstName, ahv);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> segmentationKnows(personId));
        String caseId = given().header("Authorization", suite.bearer("caseworker")).contentType("application/json")
                .body(openCase(personId, caseworker, t.minusDays(700)))
                .post("/api/segmentation/cases").then().statusCode(201)
                .body("status", equalTo("INTAKE")).body("nextIntakeStep", equalTo("FIRST_COUNSELLING"))
                .extract().path("id");
        String cases = "/cases/" + caseId;
        String steps = cases + "/intake-steps";
        segmentation(steps, "{\"step\":\"FIRST_COUNSELLING\",\"date\":\"%s\"}".formatted(t.minusDays(699)));
        segmentation(steps, "{\"step\":\"NEED_AND_ENTITLEMENT_CHECK\",\"date\":\"%s\",\"entitled\":true}"
                .formatted(t.minusDays(698)));
        segmentation(steps, "{\"step\":\"SUBSIDIARITY_CHECK\",\"date\":\"%s\"}".formatted(t.minusDays(697)));
        segmentation(steps, """
                {"step":"SHORT_ASSESSMENT","date":"%s","findings":"Kurzassessment: Gesundheit unklar."}"""
                .formatted(t.minusDays(696)));

        // SG-02, SG-04: the initial segment O, valid 6 months, the review due 14 days before
        LocalDate decided = t.minusDays(695);
        segmentation(cases + "/segmentation", """
                {"decidedOn":"%s","segment":"O","needCategories":["UNCLEAR_SITUATION","HEALTH"],
                 "reason":"Handlungsbedarf gemäss Kurzassessment"}""".formatted(decided))
                .body("status", equalTo("ACTIVE")).body("segment", equalTo("O"))
                .body("segmentValidUntil", equalTo(decided.plusMonths(6).toString()))
                .body("reviewDueOn", equalTo(decided.plusMonths(6).minusDays(14).toString()))
                .body("goalAgreementDue", equalTo(true));
        // SG-05: O admits IV contact; V excludes it
        String ivContact = segmentation(cases + "/measures",
                "{\"type\":\"IV_CONTACT\",\"startDate\":\"%s\"}".formatted(t.minusDays(690)))
                .extract().path("measures.find { it.type == 'IV_CONTACT' }.id");

        // SG-06: the goal agreement, printed, signed and its scan filed
        String[] first = goalAgreement(caseId, t.minusDays(694));
        byte[] printed = given().header("Authorization", suite.bearer("caseworker")).accept("application/pdf")
                .get("/api/segmentation/goal-agreements/" + first[0] + "/document").then().statusCode(200)
                .extract().asByteArray();
        assertThat(new String(printed, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        given().header("Authorization", suite.bearer("caseworker")).contentType("application/pdf").body(printed)
                .put("/api/segmentation/goal-agreements/" + first[0] + "/scan").then().statusCode(200)
                .body("status", equalTo("FILED")).body("scan.documentType", equalTo("ZIELVEREINBARUNG"));

        // SG-07: review 1 keeps O, with its file note; SG-06: a new goal agreement; SG-08: review 2 moves O → V
        segmentation(cases + "/reviews", review(t.minusDays(560), first, "O", "UNCLEAR_SITUATION"))
                .body("decision.kind", equalTo("CONFIRMED"))
                .body("fileNote.documentType", equalTo("AKTENNOTIZ_STANDORTBESTIMMUNG"));
        String[] second = goalAgreement(caseId, t.minusDays(559));
        segmentation(cases + "/reviews", review(t.minusDays(420), second, "V", "LABOUR_MARKET_ACCESS"))
                .body("decision.kind", equalTo("CHANGED")).body("decision.previousSegment", equalTo("O"))
                .body("decision.segment", equalTo("V")).body("measuresToEnd[0].id", equalTo(ivContact));
        segmentation(cases + "/measures/" + ivContact + "/end", "{\"endDate\":\"%s\"}".formatted(t.minusDays(419)));
        refused(cases + "/measures", "{\"type\":\"IV_CONTACT\",\"startDate\":\"%s\"}".formatted(t.minusDays(418)),
                "SG-05");
        segmentation(cases + "/measures", "{\"type\":\"PLACEMENT_SUPPORT\",\"startDate\":\"%s\"}"
                .formatted(t.minusDays(418)));
        goalAgreement(caseId, t.minusDays(418));

        // SG-09: integration, aftercare from a goal agreement; SG-10: closing before 6 months is refused
        LocalDate integrated = t.minusDays(300);
        segmentation(cases + "/detachment", "{\"date\":\"%s\",\"reason\":\"PROFESSIONAL_INTEGRATION\"}"
                .formatted(integrated)).body("status", equalTo("AFTERCARE"))
                .body("aftercareEndsOn", equalTo(integrated.plusMonths(6).toString()));
        refused(cases + "/closure", "{\"closedOn\":\"%s\"}".formatted(t.minusDays(200)), "SG-10");
        String[] aftercare = goalAgreement(caseId, t.minusDays(299));
        segmentation(cases + "/final-review", """
                {"heldOn":"%s","goalEvaluations":[
                   {"goalId":"%s","achievement":"FULLY","reason":"Probezeit bestanden"},
                   {"goalId":"%s","achievement":"FULLY","reason":"Budget geführt"}],
                 "situation":"Stelle gesichert","furtherSupportNeeded":true,"takenOverBy":"Schuldenberatung"}"""
                .formatted(t.minusDays(100), aftercare[1], aftercare[2])).body("kind", equalTo("FINAL"));
        segmentation(cases + "/closure", "{\"closedOn\":\"%s\"}".formatted(t.minusDays(99)))
                .body("status", equalTo("CLOSED"));
        given().header("Authorization", suite.bearer("caseworker")).get("/api/segmentation" + cases).then()
                .statusCode(200).body("personId", equalTo(personId))
                .body("decisions.segment", equalTo(List.of("O", "O", "V"))).body("reviewDueOn", nullValue());

        // SG-12: the controlling workbook of the last 24 ended months: the case is counted, and nobody can be identified
        String from = java.time.YearMonth.from(t).minusMonths(24).atDay(1).toString();
        String to = java.time.YearMonth.from(t).minusMonths(1).atEndOfMonth().toString();
        byte[] xlsx = given().header("Authorization", suite.bearer("controlling")).queryParam("from", from)
                .queryParam("to", to).get("/api/segmentation/controlling/workbook.xlsx").then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .extract().asByteArray();
        List<String> texts = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        boolean moveOtoVHidden = false;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                texts.add(sheet.getSheetName());
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        cells.add(formatter.formatCellValue(cell));
                    }
                    texts.addAll(cells);
                    moveOtoVHidden |= sheet.getSheetName().equals("transitions") && cells.size() >= 3
                            && cells.get(0).equals("O") && cells.get(1).equals("V") && cells.contains("x");
                }
            }
            var properties = workbook.getProperties().getCoreProperties();
            texts.add(String.valueOf(properties.getCreator()));
            texts.add(String.valueOf(properties.getLastModifiedByUser()));
            texts.add(String.valueOf(properties.getTitle()));
        }
        assertThat(moveOtoVHidden).as("the one move O → V is counted and shown as x (fewer than 5 cases)").isTrue();
        String all = String.join("\n", texts);
        assertThat(all).doesNotContain(officialName).doesNotContain(firstName).doesNotContain(caseworker)
                .doesNotContain(ahv).doesNotContain(ahv.replace(".", "")).doesNotContain(personId)
                .doesNotContain(caseId).doesNotContain("1985").doesNotContain("03.02.85")
                .doesNotContain("Handlungsbedarf").doesNotContain("Kurzassessment:");
        assertThat(Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
                .matcher(all).find()).as("no id of any kind").isFalse();
        // the only full dates are the period's bounds: no date of birth, no decision day
        Matcher dates = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}").matcher(all);
        while (dates.find()) {
            assertThat(dates.group()).isIn(from, to);
        }
    }

    private static String openCase(String personId, String caseworker, LocalDate openedOn) {
        return """
                {"personId":"%s","assistanceType":"REGULAR","socialRegion":"Untergäu","caseworker":"%s","openedOn":"%s"}"""
                .formatted(personId, caseworker, openedOn);
    }

    /** Whether segmentation has learned the person from intake's PersonRegistered (it keeps the id only). */
    private static boolean segmentationKnows(String personId) throws java.sql.SQLException {
        try (Connection c = suite.postgres.superuserConnection(RunningSuite.database("segmentation"));
             var s = c.prepareStatement("select count(*) from known_person where person_id = ?")) {
            s.setObject(1, UUID.fromString(personId));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    /** A caseworker's POST to the segmentation service through the gateway, answered 200. */
    private static ValidatableResponse segmentation(String path, String json) {
        return given().header("Authorization", suite.bearer("caseworker")).contentType("application/json").body(json)
                .post("/api/segmentation" + path).then().statusCode(200);
    }

    /** A caseworker's POST refused as a rule violation citing {@code rule}. */
    private static void refused(String path, String json, String rule) {
        given().header("Authorization", suite.bearer("caseworker")).contentType("application/json").body(json)
                .post("/api/segmentation" + path).then().statusCode(409).body("type", endsWith("/rule-violation"))
                .body("rule", equalTo(rule));
    }

    /** Writes and signs a goal agreement with two goals (SG-06); returns its id and the goal ids. */
    private static String[] goalAgreement(String caseId, LocalDate agreedOn) {
        var answer = given().header("Authorization", suite.bearer("caseworker")).contentType("application/json")
                .body("""
                        {"caseId":"%s","agreedOn":"%s","goals":[
                          {"description":"Tagesstruktur aufbauen","indicator":"Drei Halbtage pro Woche","dueOn":"%s"},
                          {"description":"Gesundheit abklären","indicator":"Arztbericht liegt vor","dueOn":"%s"}]}"""
                        .formatted(caseId, agreedOn, agreedOn.plusMonths(3), agreedOn.plusMonths(4)))
                .post("/api/segmentation/goal-agreements").then().statusCode(201).extract();
        String id = answer.path("id");
        segmentation("/goal-agreements/" + id + "/signature", "{\"signedOn\":\"%s\"}".formatted(agreedOn));
        return new String[] {id, answer.path("goals[0].id"), answer.path("goals[1].id")};
    }

    private static String review(LocalDate heldOn, String[] agreement, String segment, String need) {
        return """
                {"heldOn":"%s","goalEvaluations":[
                   {"goalId":"%s","achievement":"FULLY","reason":"regelmässig anwesend"},
                   {"goalId":"%s","achievement":"PARTLY","reason":"Bericht ausstehend"}],
                 "situation":"Gesundheit stabil","labourMarket":"Gute Lage im Detailhandel",
                 "decision":{"segment":"%s","needCategories":["%s"],"reason":"Integration realistisch"}}"""
                .formatted(heldOn, agreement[1], agreement[2], segment, need);
    }

    @Test
    @Order(8)
    @DisplayName("IZ-01 IZ-03 IZ-04 IZ-05 IZ-06 IZ-07 IZ-08 IZ-09 IZ-10 an iiz case through the gateway: 1b registration, "
            + "team, Vollmacht, situation analysis and report, round table, signed plan, review, closure with deletion; a "
            + "partner outside the team never sees the case")
    void iizJourneyThroughGateway() throws Exception {
        IizJourney.run(suite);
    }

    @Test
    @Order(9)
    @DisplayName("the gateway serves one OpenAPI document with every service's operations")
    void mergedOpenApi() {
        given().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/intake/persons'.post", notNullValue())
                .body("paths.'/api/day-center/places'.get", notNullValue())
                .body("components.schemas.'intake.PersonView'", notNullValue())
                .body("paths.'/api/intake/audit'", org.hamcrest.Matchers.nullValue());
    }

    @Test
    @Order(10)
    @DisplayName("without a token the gateway answers 401 itself; with a wrong role the service answers 403")
    void securityThroughGateway() {
        given().get("/api/intake/persons?officialName=A").then().statusCode(401).body("type", endsWith("/unauthenticated"));
        given().header("Authorization", suite.bearer("partner")).get("/api/intake/persons?officialName=A")
                .then().statusCode(403).body("type", endsWith("/forbidden"));
    }

    @Test
    @Order(11)
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
