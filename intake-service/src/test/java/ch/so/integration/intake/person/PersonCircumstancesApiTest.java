package ch.so.integration.intake.person;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ch.so.integration.intake.IntakeTestResource;
import ch.so.integration.intake.TestData;
import ch.so.integration.platform.events.EventJson;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestTokens;
import ch.so.integration.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Address and circumstances: collected only where a rule needs them, shown only to intake, never in events. */
@QuarkusTest
@IntakeTestResource
class PersonCircumstancesApiTest {

    @Suite
    TestTokens tokens;

    @Suite
    KafkaTestCluster kafka;

    ValidatableResponse register(String canton, String circumstances) {
        return given().header("Authorization", tokens.bearer("intake")).contentType("application/json")
                .body(TestData.personJson(TestData.ahvNumber(), TestData.uniqueName("Lage"), "Lea", "1988-08-08",
                        canton, circumstances))
                .post("/api/intake/persons").then();
    }

    @Test
    @DisplayName("AM-06 household income and assets are refused where no waiver is possible (Swiss, or with benefits)")
    void incomeOnlyForWaiver() {
        register("SO", """
                {"residencePermit":"SWISS","benefits":[],"householdSize":2,"monthlyHouseholdIncome":"4200.00","householdAssets":"1000.00"}""")
                .statusCode(400).body("errors.field", hasItem("circumstances.monthlyHouseholdIncome"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("AM-06"));
        register("SO", """
                {"residencePermit":"B","benefits":["UNEMPLOYMENT_INSURANCE"],"householdSize":2,"monthlyHouseholdIncome":"4200.00","householdAssets":"1000.00"}""")
                .statusCode(400);
        register("BE", """
                {"residencePermit":"B","benefits":[],"householdSize":2,"monthlyHouseholdIncome":"4200.00","householdAssets":"1000.00"}""")
                .statusCode(400);
    }

    @Test
    @DisplayName("AM-06 a foreigner resident in SO with permit B and no benefits gives household data for a waiver")
    void waiverData() {
        String id = register("SO", """
                {"residencePermit":"B","benefits":[],"householdSize":2,"monthlyHouseholdIncome":"4200.00","householdAssets":"1000.00","germanLevel":"A2"}""")
                .statusCode(201).body("circumstances.householdSize", equalTo(2))
                .body("circumstances.monthlyHouseholdIncome", equalTo(4200.00f)).extract().path("id");
        given().header("Authorization", tokens.bearer("caseworker")).get("/api/intake/persons/" + id)
                .then().statusCode(200).body("circumstances", org.hamcrest.Matchers.nullValue());
    }

    @Test
    @DisplayName("AM-05 social assistance names the responsible social office, and only then")
    void socialOffice() {
        register("SO", "{\"residencePermit\":\"SWISS\",\"benefits\":[\"SOCIAL_ASSISTANCE\"]}")
                .statusCode(400).body("errors.field", hasItem("circumstances.responsibleSocialOffice"));
        register("SO", "{\"residencePermit\":\"SWISS\",\"benefits\":[],\"responsibleSocialOffice\":\"Sozialregion\"}")
                .statusCode(400).body("errors.field", hasItem("circumstances.responsibleSocialOffice"));
    }

    @Test
    @DisplayName("a bad address names the fields; a move and changed circumstances are recorded")
    void addressAndChanges() {
        given().header("Authorization", tokens.bearer("intake")).contentType("application/json")
                .body(TestData.personJson(TestData.ahvNumber(), "Adr", "Ada", "1988-08-08", "XX",
                        "{\"residencePermit\":\"SWISS\",\"benefits\":[]}").replace("\"4500\"", "\"45\""))
                .post("/api/intake/persons").then().statusCode(400)
                .body("errors.field", hasItem("address.canton")).body("errors.field", hasItem("address.postalCode"));

        String id = register("SO", "{\"residencePermit\":\"SWISS\",\"benefits\":[]}").statusCode(201)
                .extract().path("id");
        given().header("Authorization", tokens.bearer("intake")).contentType("application/json").body("""
                        {"street":"Bahnhofstrasse","houseNumber":"3","postalCode":"4600","town":"Olten","municipalityBfsNumber":2581,"canton":"SO"}""")
                .put("/api/intake/persons/" + id + "/address").then().statusCode(200).body("address.town", equalTo("Olten"));
        given().header("Authorization", tokens.bearer("intake")).contentType("application/json")
                .body("{\"residencePermit\":\"SWISS\",\"benefits\":[\"IV_PENSION\"]}")
                .put("/api/intake/persons/" + id + "/circumstances").then().statusCode(200)
                .body("circumstances.benefits", hasItem("IV_PENSION"));
    }

    @Test
    @DisplayName("PersonRegistered is published without the AHV number, address or circumstances")
    void personRegisteredEvent() throws Exception {
        String ahv = TestData.ahvNumber();
        String id = given().header("Authorization", tokens.bearer("intake")).contentType("application/json")
                .body(TestData.personJson(ahv, "Ereignis", "Eva", "1988-08-08", "SO", """
                        {"residencePermit":"B","benefits":["SOCIAL_ASSISTANCE"],"responsibleSocialOffice":"Sozialregion Olten"}"""))
                .post("/api/intake/persons").then().statusCode(201).extract().path("id");
        try (TopicReader reader = kafka.reader("intake.person")) {
            ConsumerRecord<String, String> record = reader.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(10))
                    .getFirst();
            JsonNode data = EventJson.MAPPER.readTree(record.value()).path("data");
            assertThat(data.path("officialName").asText()).isEqualTo("Ereignis");
            assertThat(data.path("canton").asText()).isEqualTo("SO");
            assertThat(record.value()).doesNotContain(ahv).doesNotContain(ahv.replace(".", ""))
                    .doesNotContain("Hauptgasse").doesNotContain("SOCIAL_ASSISTANCE").doesNotContain("Sozialregion");
        }
    }
}
