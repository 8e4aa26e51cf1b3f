package ch.so.integration.daycenter.ibb;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.daycenter.DayCenterTestResource;
import ch.so.integration.daycenter.attendance.Participants;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@DayCenterTestResource
class IbbApiTest {

    @Suite
    KafkaTestCluster kafka;

    @Suite
    TestTokens tokens;

    @Inject
    IbbClassifications classifications;

    private RequestSpecification as(String role) {
        return given().header("Authorization", tokens.bearer(role)).contentType(ContentType.JSON);
    }

    @Test
    @DisplayName("DC-16 a classification is kept with its history; a newer one ends the open one the day before")
    void history() throws Exception {
        String id = Participants.place(kafka, tokens, "Einstufung", 60, LocalDate.of(2026, 1, 5));
        as("day-center-lead").body("{\"level\": 2, \"validFrom\": \"2026-01-05\", \"classifiedBy\": \"IBB-Team\"}")
                .post("/api/day-center/ibb/" + id).then().statusCode(201).body("levelToday", equalTo(2));
        as("day-center-lead").body("{\"level\": 3, \"validFrom\": \"2026-07-01\", \"classifiedBy\": \"IBB-Team\"}")
                .post("/api/day-center/ibb/" + id).then().statusCode(201)
                .body("history", hasSize(2))
                .body("history[0].level", equalTo(3))
                .body("history[1].validTo", equalTo("2026-06-30"));
        // overlapping a closed period is refused
        as("day-center-lead").body("{\"level\": 1, \"validFrom\": \"2026-03-01\", \"validTo\": \"2026-03-31\", \"classifiedBy\": \"X\"}")
                .post("/api/day-center/ibb/" + id).then().statusCode(409).body("rule", equalTo("DC-16"));
        as("day-center-lead").body("{\"level\": 5, \"validFrom\": \"2026-03-01\", \"classifiedBy\": \"X\"}")
                .post("/api/day-center/ibb/" + id).then().statusCode(400);
        as("billing").get("/api/day-center/ibb/" + id).then().statusCode(200).body("history", hasSize(2));

        UUID placement = UUID.fromString(id);
        assertThat(QuarkusTransaction.requiringNew().call(() -> classifications.levelOn(placement, LocalDate.of(2026, 3, 1))))
                .contains(2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> classifications.levelOn(placement, LocalDate.of(2026, 7, 1))))
                .contains(3);
        assertThat(QuarkusTransaction.requiringNew().call(() -> classifications.levelOn(placement, LocalDate.of(2025, 12, 31))))
                .isEmpty();
    }

    @Test
    @DisplayName("DC-16 participants holding a place without a valid classification are listed as assessment pending")
    void pending() throws Exception {
        String open = Participants.place(kafka, tokens, "Offen", 40, LocalDate.of(2026, 2, 2));
        String done = Participants.place(kafka, tokens, "Eingestuft", 40, LocalDate.of(2026, 2, 2));
        as("day-center-lead").body("{\"level\": 0, \"validFrom\": \"2026-02-02\", \"classifiedBy\": \"IBB-Team\"}")
                .post("/api/day-center/ibb/" + done).then().statusCode(201);
        as("day-center-staff").get("/api/day-center/ibb/pending?size=100").then().statusCode(200)
                .body("items.placementId", hasItem(open))
                .body("items.placementId", not(hasItem(done)));
        as("day-center-staff").get("/api/day-center/ibb/" + open).then().statusCode(200)
                .body("levelToday", nullValue());
    }
}
