package ch.so.integration.intake.placement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ch.so.integration.intake.IntakeTestResource;
import ch.so.integration.intake.TestData;
import ch.so.integration.platform.events.EventJson;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import ch.so.integration.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every placement type through REST, PostgreSQL and Kafka: rules, financing, agreement, start, mutations, exit. */
@QuarkusTest
@IntakeTestResource
class PlacementFlowApiTest {

    static final String INSTRUMENTS = "intake.financing-instrument";
    static final String PLACEMENTS = "intake.placement";
    static final String TODAY = LocalDate.now(ZoneId.of("Europe/Zurich")).toString();

    @Suite
    TestTokens tokens;

    @Suite
    KafkaTestCluster kafka;

    @Suite
    TestDatabase database;

    String intake;

    @BeforeEach
    void token() {
        intake = tokens.bearer("intake");
    }

    // --- helpers ---

    String person(String dateOfBirth, String canton, String circumstances) {
        return given().header("Authorization", intake).contentType("application/json")
                .body(TestData.personJson(TestData.ahvNumber(), TestData.uniqueName("Flow"), "Fia", dateOfBirth, canton,
                        circumstances))
                .post("/api/intake/persons").then().statusCode(201).extract().path("id");
    }

    String ivPensioner() {
        return person("1985-01-01", "SO", """
                {"residencePermit":"SWISS","benefits":["IV_PENSION"]}""");
    }

    ValidatableResponse place(String json) {
        return given().header("Authorization", intake).contentType("application/json").body(json)
                .post("/api/intake/placements").then();
    }

    static String external(String person) {
        return """
                {"personId":"%s","type":"IVSE_B_EXTERNAL","startDate":"2027-01-04","pensumPercent":60,"workAreas":["Küche"]}"""
                .formatted(person);
    }

    String assessment(String person, String setting, String... areas) {
        return given().header("Authorization", intake).contentType("application/json").body("""
                        {"personId":"%s","date":"%s","assessor":"ikw-mba","reason":"ENTRY_FROM_STATIONARY_HOUSING",
                         "recommendedSetting":"%s","recommendedAreas":%s,"recommendedPensumPercent":100,
                         "summary":"Geeignet für die Tagesstätte"}""".formatted(person, TODAY, setting,
                        EventJson.MAPPER.valueToTree(areas).toString()))
                .post("/api/intake/assessments").then().statusCode(201).extract().path("id");
    }

    String programme(String type, String tariffs) {
        given().header("Authorization", tokens.bearer("admin")).contentType("text/csv").body("""
                        country_code,zipcode,place,state,state_code,province,province_code,community,community_code,latitude,longitude
                        CH,4500,Solothurn,Kanton Solothurn,SO,Bezirk Solothurn,1109,Solothurn,2601,47.2062,7.5295
                        """).post("/api/intake/postal-codes/import").then().statusCode(200);
        String provider = given().header("Authorization", intake).contentType("application/json").body("""
                        {"name":"%s","postalCode":"4500","town":"Solothurn","canton":"SO"}"""
                        .formatted(TestData.uniqueName("Anbieter")))
                .post("/api/intake/providers").then().statusCode(201).extract().path("id");
        return given().header("Authorization", intake).contentType("application/json").body("""
                        {"providerId":"%s","type":"%s","name":"%s","postalCode":"4500","capacity":5%s}"""
                        .formatted(provider, type, TestData.uniqueName("Programm"),
                                tariffs == null ? "" : ",\"tariffs\":" + tariffs))
                .post("/api/intake/programmes").then().statusCode(201).extract().path("id");
    }

    long placementsOf(String person) throws Exception {
        try (Connection c = database.asOwner(); PreparedStatement s = c.prepareStatement(
                "select (select count(*) from placement where person_id = ?::uuid) "
                        + "+ (select count(*) from financing_instrument where person_id = ?::uuid) "
                        + "+ (select count(*) from agreement where person_id = ?::uuid)")) {
            s.setString(1, person);
            s.setString(2, person);
            s.setString(3, person);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    // --- day-center places ---

    @Test
    @DisplayName("DC-09 DC-12 DC-14 an external place: Evidence billing via the AGS, requested instrument on Kafka; "
            + "it starts only after the grant and the signed agreement")
    void externalPlaceLifecycle() throws Exception {
        String person = ivPensioner();
        ValidatableResponse created = place(external(person)).statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("financing.instrument", equalTo("EVIDENCE_DIRECT"))
                .body("financing.debtor", equalTo("AGS"))
                .body("financing.rule", equalTo("DC-09"))
                .body("agreement.noticePeriod", equalTo("1 Monat auf Ende eines Monats"));
        String placement = created.extract().path("id");
        String instrument = created.extract().path("financing.instrumentId");
        String agreement = created.extract().path("agreement.agreementId");

        try (TopicReader reader = kafka.reader(INSTRUMENTS)) {
            ConsumerRecord<String, String> record = reader.await(r -> instrument.equals(r.key()), 1,
                    Duration.ofSeconds(10)).getFirst();
            JsonNode event = EventJson.MAPPER.readTree(record.value());
            assertThat(event.path("type").asText()).isEqualTo("ch.so.integration.intake.financing-instrument-requested.v1");
            assertThat(event.path("data").path("placementId").asText()).isEqualTo(placement);
            assertThat(event.path("data").path("instrument").asText()).isEqualTo("EVIDENCE_DIRECT");
        }

        given().header("Authorization", intake).post("/api/intake/placements/" + placement + "/activation")
                .then().statusCode(409).body("rule", equalTo("DC-14"));

        given().header("Authorization", intake).contentType("application/json").body("""
                        {"number":"EV-2027-1","issuer":"AGS Solothurn","validFrom":"2027-01-01","amountLimit":"30000.00"}""")
                .post("/api/intake/financing-instruments/" + instrument + "/grant")
                .then().statusCode(200).body("status", equalTo("GRANTED"));
        given().header("Authorization", intake).post("/api/intake/placements/" + placement + "/activation")
                .then().statusCode(409).body("rule", equalTo("DC-12"));

        byte[] pdf = given().header("Authorization", intake).accept("application/pdf")
                .get("/api/intake/agreements/" + agreement + "/document")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        given().header("Authorization", intake).contentType("application/json").body("""
                        {"signedOn":"%s","signedBy":"Fia Flow","institutionSignatory":"M. Leitung","scanReference":"DMS-1"}"""
                        .formatted(TODAY))
                .post("/api/intake/agreements/" + agreement + "/signature")
                .then().statusCode(200).body("status", equalTo("SIGNED"));
        given().header("Authorization", intake).post("/api/intake/placements/" + placement + "/activation")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));

        try (TopicReader reader = kafka.reader(PLACEMENTS)) {
            var records = reader.await(r -> placement.equals(r.key()), 2, Duration.ofSeconds(10));
            assertThat(records).extracting(r -> EventJson.MAPPER.readTree(r.value()).path("type").asText())
                    .containsExactly("ch.so.integration.intake.placement-created.v1",
                            "ch.so.integration.intake.placement-activated.v1");
        }
    }

    @Test
    @DisplayName("DC-09 an external place in the canton without IV pension or social assistance is refused; nothing is written")
    void externalWithoutIvPension() throws Exception {
        String person = person("1985-01-01", "SO", """
                {"residencePermit":"SWISS","benefits":["UNEMPLOYMENT_INSURANCE"]}""");
        place(external(person)).statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("DC-09")).body("detail", containsString("IV pension"));
        assertThat(placementsOf(person)).isZero();
    }

    @Test
    @DisplayName("DC-09 from another canton with an IV pension: a KÜG of the home canton's IVSE liaison office")
    void externalOutOfCanton() {
        String person = person("1985-01-01", "BE", """
                {"residencePermit":"SWISS","benefits":["IV_PENSION"]}""");
        place(external(person)).statusCode(201).body("financing.instrument", equalTo("KUEG"))
                .body("financing.debtor", equalTo("IVSE_LIAISON_OFFICE"));
    }

    @Test
    @DisplayName("DC-07 DC-15 a stationary entry needs the assessment; without an external day place it is billed on 100 %")
    void stationary() throws Exception {
        String person = person("1980-05-05", "SO", """
                {"residencePermit":"C","benefits":["SOCIAL_ASSISTANCE"],"responsibleSocialOffice":"Sozialregion Thal-Gäu"}""");
        String json = """
                {"personId":"%s","type":"IVSE_B_STATIONARY","startDate":"%s","pensumPercent":40,"workAreas":["Holz","Küche"]%s}""";
        place(json.formatted(person, TODAY, "")).statusCode(409).body("rule", equalTo("DC-15"))
                .body("errors.field", hasItem("assessmentId"));
        assertThat(placementsOf(person)).isZero();

        String wrongSetting = assessment(person, "IVSE_B_EXTERNAL", "Holz", "Küche");
        place(json.formatted(person, TODAY, ",\"assessmentId\":\"" + wrongSetting + "\"")).statusCode(409)
                .body("rule", equalTo("DC-15"));

        String assessed = assessment(person, "IVSE_B_STATIONARY", "Holz", "Küche");
        place(json.formatted(person, TODAY, ",\"assessmentId\":\"" + assessed + "\"")).statusCode(201)
                .body("pensumPercent", equalTo(40)).body("billingBasisPensumPercent", equalTo(100))
                .body("financing.instrument", equalTo("KGS")).body("financing.debtor", equalTo("SOCIAL_OFFICE"))
                .body("financing.debtorName", equalTo("Sozialregion Thal-Gäu"));
    }

    @Test
    @DisplayName("DC-08 semi-stationary places only within capacity, without guarantee")
    void semiStationaryCapacity() {
        Object known = given().header("Authorization", intake).get("/api/intake/placements/capacities").then()
                .statusCode(200).extract().path("find { it.type == 'IVSE_B_SEMI_STATIONARY' }?.taken");
        int taken = known instanceof Integer t ? t : 0;
        given().header("Authorization", intake).contentType("application/json").body("{\"places\":" + taken + "}")
                .put("/api/intake/placements/capacities/IVSE_B_SEMI_STATIONARY").then().statusCode(200);
        String json = """
                {"personId":"%s","type":"IVSE_B_SEMI_STATIONARY","startDate":"2027-01-04","pensumPercent":50,"workAreas":["Garten"]}""";
        place(json.formatted(ivPensioner())).statusCode(409).body("rule", equalTo("DC-08"));

        given().header("Authorization", intake).contentType("application/json").body("{\"places\":" + (taken + 1) + "}")
                .put("/api/intake/placements/capacities/IVSE_B_SEMI_STATIONARY").then().statusCode(200);
        place(json.formatted(ivPensioner())).statusCode(201).body("financing.instrument", equalTo("KGS"));
        place(json.formatted(ivPensioner())).statusCode(409).body("rule", equalTo("DC-08"));
    }

    // --- AMI programmes ---

    @Test
    @DisplayName("AM-02 AM-06 Jugendprogramm only for ages 16 to 30 at the start; without benefits the canton pays 50 %")
    void youthProgramme() {
        String programme = programme("JUGENDPROGRAMM", "{\"perDay\":\"90.00\"}");
        String json = """
                {"personId":"%s","type":"AMI_PROGRAMME","startDate":"2027-01-04","programmeId":"%s"}""";
        String old = person("1980-01-01", "SO", "{\"residencePermit\":\"SWISS\",\"benefits\":[]}");
        place(json.formatted(old, programme)).statusCode(409).body("rule", equalTo("AM-02"))
                .body("errors[0].field", equalTo("startDate"));
        String young = person("2005-06-01", "SO", "{\"residencePermit\":\"SWISS\",\"benefits\":[]}");
        place(json.formatted(young, programme)).statusCode(201)
                .body("financing.instrument", equalTo("CANTON_SUBSIDY"))
                .body("financing.debtor", equalTo("CANTON_AND_PARTICIPANT"))
                .body("financing.participantSharePercent", equalTo(50))
                .body("financing.rule", equalTo("AM-06"));
    }

    @Test
    @DisplayName("AM-02 AM-05 Teillohn only with social assistance; then a cost approval of the social office")
    void teillohn() {
        String programme = programme("TEILLOHN", null);
        String json = """
                {"personId":"%s","type":"AMI_PROGRAMME","startDate":"2027-01-04","programmeId":"%s"}""";
        String without = person("1980-01-01", "SO", "{\"residencePermit\":\"SWISS\",\"benefits\":[]}");
        place(json.formatted(without, programme)).statusCode(409).body("rule", equalTo("AM-02"));
        String with = person("1980-01-01", "SO", """
                {"residencePermit":"B","benefits":["SOCIAL_ASSISTANCE"],"responsibleSocialOffice":"Soziale Dienste Olten"}""");
        place(json.formatted(with, programme)).statusCode(201)
                .body("financing.instrument", equalTo("KGS")).body("financing.debtor", equalTo("SOCIAL_OFFICE"))
                .body("financing.rule", equalTo("AM-05")).body("programmeType", equalTo("TEILLOHN"));
    }

    @Test
    @DisplayName("AM-02 Coaching needs enough German")
    void coachingGerman() {
        String programme = programme("COACHING", "{\"perCoachingHour\":\"200.00\"}");
        String json = """
                {"personId":"%s","type":"AMI_PROGRAMME","startDate":"2027-01-04","programmeId":"%s"}""";
        String a2 = person("1980-01-01", "SO", "{\"residencePermit\":\"B\",\"benefits\":[],\"germanLevel\":\"A2\"}");
        place(json.formatted(a2, programme)).statusCode(409).body("rule", equalTo("AM-02"))
                .body("errors[0].field", equalTo("germanLevel"));
        String b2 = person("1980-01-01", "SO", "{\"residencePermit\":\"B\",\"benefits\":[],\"germanLevel\":\"B2\"}");
        place(json.formatted(b2, programme)).statusCode(201);
    }

    @Test
    @DisplayName("AM-01 AM-07 PG-05 PlacementCreated carries the programme's provider, type and tariffs at placement, "
            + "and the pass(t)genau provider, for billing")
    void placementCreatedCarriesBillingTerms() throws Exception {
        String programme = programme("QUALIFIZIERUNG", "{\"perDay\":\"80.00\"}");
        String provider = given().header("Authorization", intake).get("/api/intake/programmes/" + programme)
                .then().statusCode(200).extract().path("providerId");
        String person = person("1981-02-02", "SO", "{\"residencePermit\":\"SWISS\",\"benefits\":[]}");
        String ami = place("""
                {"personId":"%s","type":"AMI_PROGRAMME","startDate":"%s","programmeId":"%s"}"""
                .formatted(person, TODAY, programme)).statusCode(201).extract().path("id");
        String other = person("1995-03-04", "SO", "{\"residencePermit\":\"SWISS\",\"benefits\":[]}");
        String passtGenau = place(passtGenau(other, "AUTISM", ENTRY.formatted(40))).statusCode(201)
                .extract().path("id");

        try (TopicReader reader = kafka.reader(PLACEMENTS)) {
            JsonNode amiData = EventJson.MAPPER.readTree(reader.await(r -> ami.equals(r.key()), 1,
                    Duration.ofSeconds(10)).getFirst().value()).path("data");
            assertThat(amiData.path("programme").path("providerId").asText()).isEqualTo(provider);
            assertThat(amiData.path("programme").path("programmeType").asText()).isEqualTo("QUALIFIZIERUNG");
            assertThat(amiData.path("programme").path("tariffPerDay").asText()).isEqualTo("80.00");
            assertThat(amiData.path("programme").path("tariffPerCoachingHour").isNull()).isTrue();
            assertThat(amiData.path("passtGenauProvider").isNull()).isTrue();
            JsonNode pgData = EventJson.MAPPER.readTree(reader.await(r -> passtGenau.equals(r.key()), 1,
                    Duration.ofSeconds(10)).getFirst().value()).path("data");
            assertThat(pgData.path("passtGenauProvider").asText()).isEqualTo("ST_JOSEFSHAUS");
            assertThat(pgData.path("programme").isNull()).isTrue();
        }
    }

    @Test
    @DisplayName("AM-03 an AMI programme's course is recorded in order and completes with the final talk")
    void programmeCourse() {
        String programme = programme("QUALIFIZIERUNG", "{\"perDay\":\"80.00\"}");
        String person = person("1980-01-01", "SO", "{\"residencePermit\":\"SWISS\",\"benefits\":[]}");
        String placement = place("""
                {"personId":"%s","type":"AMI_PROGRAMME","startDate":"%s","programmeId":"%s"}"""
                .formatted(person, TODAY, programme)).statusCode(201).extract().path("id");
        activate(placement, TODAY);
        String path = "/api/intake/placements/" + placement;
        String step = "{\"stage\":\"%s\",\"date\":\"" + TODAY + "\"%s}";

        given().header("Authorization", intake).contentType("application/json").body(step.formatted("ACTION_PLAN", ""))
                .post(path + "/course").then().statusCode(409).body("rule", equalTo("AM-03"));
        given().header("Authorization", intake).contentType("application/json")
                .body("{\"reason\":\"COMPLETED\",\"endDate\":\"" + TODAY + "\"}").post(path + "/exit")
                .then().statusCode(409).body("rule", equalTo("AM-03"));
        for (String stage : new String[] {"SITUATION_ANALYSIS", "GOAL_AGREEMENT", "ACTION_PLAN", "IMPLEMENTATION",
                "EVALUATION"}) {
            given().header("Authorization", intake).contentType("application/json").body(step.formatted(stage, ""))
                    .post(path + "/course").then().statusCode(200);
        }
        given().header("Authorization", intake).contentType("application/json")
                .body(step.formatted("FINAL_TALK", ",\"reportIssued\":true,\"participationConfirmationIssued\":true,"
                        + "\"workReferenceIssued\":true,\"followUp\":\"Nachbetreuung durch RAV\""))
                .post(path + "/course").then().statusCode(200).body("course.size()", equalTo(6))
                .body("course[5].followUp", equalTo("Nachbetreuung durch RAV"));
        given().header("Authorization", intake).contentType("application/json")
                .body("{\"reason\":\"COMPLETED\",\"endDate\":\"" + TODAY + "\"}").post(path + "/exit")
                .then().statusCode(200).body("status", equalTo("ENDED"));
    }

    // --- pass(t)genau ---

    static final String ENTRY = """
            {"module":"ENTRY_PHASE","plannedStart":"2027-01-04","plannedEnd":"2027-01-24","plannedHours":%d}""";

    static String passtGenau(String person, String group, String modules) {
        return """
                {"personId":"%s","type":"PASST_GENAU","startDate":"2027-01-04","targetGroup":"%s",
                 "passtGenauProvider":"ST_JOSEFSHAUS","modules":[%s]}""".formatted(person, group, modules);
    }

    @Test
    @DisplayName("PG-01 PG-02 PG-05 pass(t)genau: target group, entry phase, module limits; financed by a personal budget")
    void passtGenauModules() throws Exception {
        String person = person("1995-03-03", "SO", "{\"residencePermit\":\"SWISS\",\"benefits\":[]}");
        place(passtGenau(person, "NONE_OF_THESE", ENTRY.formatted(40))).statusCode(409).body("rule", equalTo("PG-01"));
        place(passtGenau(person, "AUTISM", ENTRY.formatted(49))).statusCode(409).body("rule", equalTo("PG-02"))
                .body("errors[0].field", equalTo("modules[0]"));
        place(passtGenau(person, "AUTISM", """
                {"module":"QUALIFICATION_PHASE","plannedStart":"2027-02-01","plannedEnd":"2027-09-30","plannedHours":400}"""))
                .statusCode(409).body("rule", equalTo("PG-02")).body("detail", containsString("entry phase"));
        assertThat(placementsOf(person)).isZero();

        place(passtGenau(person, "AUTISM", ENTRY.formatted(48) + """
                ,{"module":"QUALIFICATION_PHASE","plannedStart":"2027-02-01","plannedEnd":"2027-09-30","plannedHours":400}"""))
                .statusCode(201).body("modules.size()", equalTo(2)).body("pensumPercent", nullValue())
                .body("financing.instrument", equalTo("PERSONAL_BUDGET"))
                .body("financing.debtor", equalTo("BUDGET_HOLDER")).body("financing.rule", equalTo("PG-05"));
    }

    // --- mutations and exits ---

    @Test
    @DisplayName("DC-13 DC-14 DC-15 mutations are kept with effective dates and published; the exit keeps the notice period")
    void mutationsAndExit() throws Exception {
        String person = ivPensioner();
        String placement = place(external(person)).statusCode(201).extract().path("id");
        String path = "/api/intake/placements/" + placement;

        given().header("Authorization", intake).contentType("application/json")
                .body("{\"effectiveDate\":\"2027-02-01\",\"workAreas\":[\"Garten\"]}").post(path + "/mutations")
                .then().statusCode(409).body("rule", equalTo("DC-15"));
        given().header("Authorization", intake).contentType("application/json")
                .body("{\"effectiveDate\":\"2027-02-01\",\"pensumPercent\":80}").post(path + "/mutations")
                .then().statusCode(200).body("pensumPercent", equalTo(80))
                .body("mutations[0].kind", equalTo("PENSUM")).body("mutations[0].from", equalTo("60"))
                .body("mutations[0].effectiveDate", equalTo("2027-02-01"));

        try (TopicReader reader = kafka.reader(PLACEMENTS)) {
            var changed = reader.await(r -> placement.equals(r.key()) && r.value().contains("placement-changed"), 1,
                    Duration.ofSeconds(10)).getFirst();
            JsonNode data = EventJson.MAPPER.readTree(changed.value()).path("data");
            assertThat(data.path("effectiveDate").asText()).isEqualTo("2027-02-01");
            assertThat(data.path("pensumPercent").asInt()).isEqualTo(80);
        }

        // a pending placement is cancelled; an active one keeps the notice period
        activate(placement);
        given().header("Authorization", intake).contentType("application/json").body("""
                        {"reason":"NOTICE_BY_PARTICIPANT","noticeGivenOn":"2027-03-10","endDate":"2027-03-31"}""")
                .post(path + "/exit").then().statusCode(409).body("rule", equalTo("DC-13"))
                .body("detail", containsString("2027-04-30"));
        given().header("Authorization", intake).contentType("application/json").body("""
                        {"reason":"NOTICE_BY_PARTICIPANT","noticeGivenOn":"2027-03-10","endDate":"2027-04-30"}""")
                .post(path + "/exit").then().statusCode(200).body("status", equalTo("ENDED"))
                .body("endDate", equalTo("2027-04-30"));
        try (TopicReader reader = kafka.reader(PLACEMENTS)) {
            var ended = reader.await(r -> placement.equals(r.key()) && r.value().contains("placement-ended"), 1,
                    Duration.ofSeconds(10)).getFirst();
            assertThat(EventJson.MAPPER.readTree(ended.value()).path("data").path("cancelledBeforeStart").asBoolean())
                    .isFalse();
        }
    }

    @Test
    @DisplayName("DC-14 a financing change (social assistance began) supersedes the instrument and requests a new one")
    void financingChange() {
        String person = ivPensioner();
        String placement = place(external(person)).statusCode(201).extract().path("id");
        given().header("Authorization", intake).contentType("application/json").body("""
                        {"residencePermit":"SWISS","benefits":["IV_PENSION","SOCIAL_ASSISTANCE"],"responsibleSocialOffice":"Sozialregion Solothurn"}""")
                .put("/api/intake/persons/" + person + "/circumstances").then().statusCode(200);
        given().header("Authorization", intake).contentType("application/json")
                .body("{\"effectiveDate\":\"2027-03-01\",\"redetermineFinancing\":true}")
                .post("/api/intake/placements/" + placement + "/mutations")
                .then().statusCode(200).body("financing.instrument", equalTo("KGS"))
                .body("financing.debtor", equalTo("SOCIAL_OFFICE")).body("mutations[0].kind", equalTo("FINANCING"));
        String superseded = given().header("Authorization", intake).queryParam("placementId", placement)
                .get("/api/intake/financing-instruments").then().statusCode(200)
                .body("size()", equalTo(2)).body("status", hasItem("SUPERSEDED"))
                .extract().path("find { it.status == 'SUPERSEDED' }.id");
        try (TopicReader reader = kafka.reader(INSTRUMENTS)) {
            var record = reader.await(r -> superseded.equals(r.key()) && r.value().contains("superseded"), 1,
                    Duration.ofSeconds(10)).getFirst();
            try {
                assertThat(EventJson.MAPPER.readTree(record.value()).path("data").path("effectiveDate").asText())
                        .isEqualTo("2027-03-01");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    @DisplayName("DC-08 an exit with notice keeps the semi-stationary place until the last day; the capacity cannot "
            + "drop below the places taken")
    void exitKeepsPlaceUntilLastDay() {
        Object known = given().header("Authorization", intake).get("/api/intake/placements/capacities").then()
                .statusCode(200).extract().path("find { it.type == 'IVSE_B_SEMI_STATIONARY' }?.taken");
        int taken = known instanceof Integer t ? t : 0;
        given().header("Authorization", intake).contentType("application/json").body("{\"places\":" + (taken + 1) + "}")
                .put("/api/intake/placements/capacities/IVSE_B_SEMI_STATIONARY").then().statusCode(200);
        String json = """
                {"personId":"%s","type":"IVSE_B_SEMI_STATIONARY","startDate":"%s","pensumPercent":50,"workAreas":["Garten"]}""";
        String first = place(json.formatted(ivPensioner(), TODAY)).statusCode(201).extract().path("id");
        given().header("Authorization", intake).contentType("application/json").body("{\"places\":" + taken + "}")
                .put("/api/intake/placements/capacities/IVSE_B_SEMI_STATIONARY").then().statusCode(409)
                .body("rule", equalTo("DC-08")).body("errors[0].field", equalTo("places"));
        activate(first, TODAY);
        String lastDay = LocalDate.now(ZoneId.of("Europe/Zurich")).plusMonths(2).withDayOfMonth(1).minusDays(1).toString();
        given().header("Authorization", intake).contentType("application/json").body("""
                        {"reason":"NOTICE_BY_PARTICIPANT","noticeGivenOn":"%s","endDate":"%s"}""".formatted(TODAY, lastDay))
                .post("/api/intake/placements/" + first + "/exit").then().statusCode(200).body("status", equalTo("ENDED"));
        place(json.formatted(ivPensioner(), TODAY)).statusCode(409).body("rule", equalTo("DC-08"));
    }

    @Test
    @DisplayName("DC-14 day-center staff see the terms, not the financing (it reveals benefits)")
    void staffViewHidesFinancing() {
        String placement = place(external(ivPensioner())).statusCode(201).extract().path("id");
        given().header("Authorization", tokens.bearer("day-center-staff")).get("/api/intake/placements/" + placement)
                .then().statusCode(200).body("workAreas[0]", equalTo("Küche")).body("financing", nullValue());
        given().header("Authorization", tokens.bearer("billing")).get("/api/intake/placements/" + placement)
                .then().statusCode(200).body("financing.instrument", equalTo("EVIDENCE_DIRECT"));
    }

    @Test
    @DisplayName("DC-12 the signed agreement is kept as signed: later mutations do not change its document")
    void signedDocumentIsKept() {
        String person = ivPensioner();
        var created = place(external(person)).statusCode(201).extract();
        String placement = created.path("id");
        String agreement = created.path("agreement.agreementId");
        activate(placement);
        String sha = given().header("Authorization", intake).get("/api/intake/agreements/" + agreement).then()
                .statusCode(200).extract().path("signedDocumentSha256");
        assertThat(sha).hasSize(64);
        byte[] before = given().header("Authorization", intake).get("/api/intake/agreements/" + agreement + "/document")
                .then().statusCode(200).extract().asByteArray();
        given().header("Authorization", intake).contentType("application/json")
                .body("{\"effectiveDate\":\"2027-02-01\",\"pensumPercent\":90}")
                .post("/api/intake/placements/" + placement + "/mutations").then().statusCode(200);
        byte[] after = given().header("Authorization", intake).get("/api/intake/agreements/" + agreement + "/document")
                .then().statusCode(200).extract().asByteArray();
        assertThat(after).isEqualTo(before);
    }

    @Test
    @DisplayName("a repeated placement with the same Idempotency-Key returns the first result and writes once")
    void idempotent() throws Exception {
        String person = ivPensioner();
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", intake).header("Idempotency-Key", key)
                .contentType("application/json").body(external(person)).post("/api/intake/placements")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", intake).header("Idempotency-Key", key)
                .contentType("application/json").body(external(person)).post("/api/intake/placements")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertThat(placementsOf(person)).isEqualTo(3);
    }

    @Test
    @DisplayName("AM-04 concurrent placements into a programme's last place: exactly one gets it")
    void lastPlaceRace() throws Exception {
        String programme = programme("BESCHAEFTIGUNG_II", "{\"perDay\":\"50.00\"}");
        given().header("Authorization", intake).contentType("application/json").body("{\"capacity\":1}")
                .put("/api/intake/programmes/" + programme + "/capacity").then().statusCode(200);
        java.util.List<String> persons = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            persons.add(person("1980-01-01", "SO", "{\"residencePermit\":\"SWISS\",\"benefits\":[]}"));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (String person : persons) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().header("Authorization", intake).contentType("application/json").body("""
                                    {"personId":"%s","type":"AMI_PROGRAMME","startDate":"2027-01-04","programmeId":"%s"}"""
                                    .formatted(person, programme))
                            .post("/api/intake/placements").then().extract().statusCode();
                }));
            }
            start.countDown();
            java.util.List<Integer> codes = new java.util.ArrayList<>();
            for (var answer : answers) {
                codes.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(codes).containsOnly(201, 409);
            assertThat(codes).filteredOn(c -> c == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        given().header("Authorization", intake).get("/api/intake/programmes/" + programme).then().statusCode(200)
                .body("freePlaces", equalTo(0));
    }

    @Test
    @DisplayName("a query or path parameter that does not convert is a 400 naming it, not a 404")
    void badParameters() {
        given().header("Authorization", intake).queryParam("personId", "not-a-uuid").get("/api/intake/placements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("personId")).body("errors[0].message", equalTo("must be a UUID"));
        given().header("Authorization", intake).contentType("application/json").body("{\"places\":3}")
                .put("/api/intake/placements/capacities/NO_SUCH_TYPE").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        given().header("Authorization", intake).get("/api/intake/placements/12345").then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    @DisplayName("a partner may not place persons or grant financing")
    void roles() {
        String partner = tokens.bearerForPartner("rav-solothurn");
        given().header("Authorization", partner).contentType("application/json").body(external(UUID.randomUUID().toString()))
                .post("/api/intake/placements").then().statusCode(403);
        given().header("Authorization", partner).contentType("application/json").body("{}")
                .post("/api/intake/financing-instruments/" + UUID.randomUUID() + "/grant").then().statusCode(403);
    }

    private void activate(String placement) {
        activate(placement, "2027-01-01");
    }

    private void activate(String placement, String validFrom) {
        var view = given().header("Authorization", intake).get("/api/intake/placements/" + placement).then()
                .statusCode(200).extract();
        String instrument = view.path("financing.instrumentId");
        String agreement = view.path("agreement.agreementId");
        given().header("Authorization", intake).contentType("application/json").body("""
                        {"number":"EV-1","issuer":"AGS","validFrom":"%s","amountLimit":"20000.00"}""".formatted(validFrom))
                .post("/api/intake/financing-instruments/" + instrument + "/grant").then().statusCode(200);
        given().header("Authorization", intake).contentType("application/json").body("""
                        {"signedOn":"%s","signedBy":"Fia Flow","institutionSignatory":"M. Leitung","scanReference":"DMS-2"}"""
                        .formatted(TODAY))
                .post("/api/intake/agreements/" + agreement + "/signature").then().statusCode(200);
        given().header("Authorization", intake).post("/api/intake/placements/" + placement + "/activation")
                .then().statusCode(200);
    }
}
