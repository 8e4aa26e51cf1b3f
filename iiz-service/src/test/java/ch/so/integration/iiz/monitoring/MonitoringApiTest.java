package ch.so.integration.iiz.monitoring;

import static ch.so.integration.iiz.casework.CaseWork.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.iiz.IizTestResource;
import ch.so.integration.iiz.casework.CaseWork;
import ch.so.integration.iiz.iizcase.CaseFixture;
import ch.so.integration.platform.config.Clocks;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@IizTestResource
class MonitoringApiTest {

    @Suite
    TestTokens tokens;

    @Suite
    TestDatabase database;

    static LocalDate today() {
        return LocalDate.now(Clocks.ZURICH);
    }

    @Test
    @DisplayName("IZ-09 the coordinator agrees the review interval, holds reviews (scheduled and on demand) which set "
            + "the next one; overdue reviews appear on the coordinator's overdue list until reviewed")
    void reviewsAndOverdue() throws Exception {
        CaseFixture fixture = new CaseFixture(tokens);
        CaseFixture.Case c = fixture.roundTableCase("RAV");
        fixture.coordinator().body(Map.of("heldOn", today().toString(), "kind", "SCHEDULED", "outcome", "x"))
                .post(path(c, "/monitoring/reviews")).then().statusCode(409).body("rule", equalTo("IZ-09"));
        fixture.coordinator().body(Map.of("intervalWeeks", 6, "nextReviewOn", today().toString()))
                .put(path(c, "/monitoring")).then().statusCode(200)
                .body("intervalWeeks", equalTo(6)).body("overdue", equalTo(false));
        fixture.partner(c.institution()).body(Map.of("intervalWeeks", 6, "nextReviewOn", today().toString()))
                .put(path(c, "/monitoring")).then().statusCode(403);

        // time passes: the review was due three days ago
        CaseWork.execute(database, "update iiz_monitoring set next_review_on = current_date - 3 where case_id = ?",
                UUID.fromString(c.id()));
        fixture.caseworker(c.caseManager()).get(path(c, "/monitoring")).then().statusCode(200)
                .body("overdue", equalTo(true));
        fixture.coordinator().queryParam("size", 100).get("/api/iiz/monitoring/overdue").then().statusCode(200)
                .body("items.caseId", hasItem(c.id()));
        fixture.partner(c.institution()).get("/api/iiz/monitoring/overdue").then().statusCode(403);
        fixture.coordinator().queryParam("coordinator", "someone-else").get("/api/iiz/monitoring/overdue").then()
                .statusCode(200).body("items.caseId", not(hasItem(c.id())));

        fixture.coordinator().body(Map.of("heldOn", today().toString(), "kind", "SCHEDULED",
                        "outcome", "Bewerbungen laufen", "adjustments", "Coaching verlängern"))
                .post(path(c, "/monitoring/reviews")).then().statusCode(201).body("kind", equalTo("SCHEDULED"));
        fixture.coordinator().get(path(c, "/monitoring")).then().statusCode(200)
                .body("nextReviewOn", equalTo(today().plusWeeks(6).toString())).body("overdue", equalTo(false))
                .body("lastReview.outcome", equalTo("Bewerbungen laufen"));
        fixture.coordinator().queryParam("size", 100).get("/api/iiz/monitoring/overdue").then().statusCode(200)
                .body("items.caseId", not(hasItem(c.id())));
        fixture.coordinator().body(Map.of("heldOn", today().toString(), "kind", "ON_DEMAND", "outcome", "Krise"))
                .post(path(c, "/monitoring/reviews")).then().statusCode(201);
        fixture.partner(c.institution()).get(path(c, "/monitoring/reviews")).then().statusCode(200)
                .body("items", hasSize(2));
    }

    @Test
    @DisplayName("IZ-09 the client can reach the team at any time: any member logs a contact, all members see them")
    void clientContacts() {
        CaseFixture fixture = new CaseFixture(tokens);
        CaseFixture.Case c = fixture.roundTableCase("RAV", "IV");
        fixture.partner(c.institution()).body(Map.of("contactOn", today().toString(), "channel", "PHONE",
                        "initiatedBy", "CLIENT", "note", "Fragt nach dem Coaching-Termin."))
                .post(path(c, "/client-contacts")).then().statusCode(201).body("institution", equalTo(c.institution()));
        fixture.caseworker(c.caseManager()).body(Map.of("contactOn", today().minusDays(1).toString(),
                        "channel", "MEETING", "initiatedBy", "TEAM", "note", "Standortgespräch"))
                .post(path(c, "/client-contacts")).then().statusCode(201);
        fixture.coordinator().body(Map.of("contactOn", today().plusDays(1).toString(), "channel", "FAX",
                        "initiatedBy", "CLIENT", "note", "x"))
                .post(path(c, "/client-contacts")).then().statusCode(400).body("errors[0].field", equalTo("channel"));
        fixture.partner(c.institutions().get(1)).get(path(c, "/client-contacts")).then().statusCode(200)
                .body("items.channel", equalTo(List.of("PHONE", "MEETING")));
        assertThat(c.id()).isNotBlank();
    }
}
