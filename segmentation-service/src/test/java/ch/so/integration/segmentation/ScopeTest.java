package ch.so.integration.segmentation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ch.so.integration.platform.events.EventJson;
import io.quarkus.test.junit.QuarkusTest;

/** What the segmentation deliberately does not do. */
@QuarkusTest
@SegmentationTestResource
class ScopeTest {

    /** Money and subsistence words a financial-support field would carry (German and English). */
    static final Pattern FINANCIAL = Pattern.compile(
            "(?i).*(amount|chf|money|income|budget|skos|existenz|grundbedarf|payment|zahlung|betrag|wirtschaftlich).*");

    @Test
    @DisplayName("SG-13 financial support is out of scope: no request or response of the segmentation API carries money")
    void noFinancialFields() throws Exception {
        JsonNode openApi = EventJson.MAPPER.readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<String> offending = new ArrayList<>();
        JsonNode schemas = openApi.path("components").path("schemas");
        assertThat(schemas.size()).as("the document describes the API's schemas").isGreaterThan(10);
        for (Iterator<String> names = schemas.fieldNames(); names.hasNext(); ) {
            String schema = names.next();
            if (FINANCIAL.matcher(schema).matches()) {
                offending.add(schema);
            }
            for (Iterator<String> properties = schemas.path(schema).path("properties").fieldNames();
                 properties.hasNext(); ) {
                String property = properties.next();
                if (FINANCIAL.matcher(property).matches()) {
                    offending.add(schema + "." + property);
                }
            }
        }
        assertThat(offending).isEmpty();
    }
}
