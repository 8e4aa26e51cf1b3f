package ch.so.integration.iiz.roundtable;

import static ch.so.integration.iiz.casework.CaseWork.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
class RoundTableApiTest {

    @Suite
    TestTokens tokens;

    @Suite
    TestDatabase database;

    static Map<String, Object> schedule(LocalDate date, List<Map<String, String>> invitees) {
        return Map.of("date", date.toString(), "preMeetingStart", "14:00", "location", "Sozialregion Olten, Raum 2",
                "invitees", invitees);
    }

    static final List<Map<String, String>> INVITEES = List.of(
            Map.of("name", "Anna Muster", "kind", "PROFESSIONAL", "institution", "RAV-SO"),
            Map.of("name", "Carla Klientin", "kind", "CLIENT"));

    @Test
    @DisplayName("IZ-07 the coordinator schedules the round table (30-minute pre-meeting, then an hour with the client), "
            + "every member gets the iCalendar invitation with two events in Europe/Zurich; minutes only after the session")
    void scheduleAndInvite() throws Exception {
        CaseFixture fixture = new CaseFixture(tokens);
        CaseFixture.Case c = fixture.roundTableCase("RAV");
        LocalDate date = LocalDate.now(Clocks.ZURICH).plusDays(7);
        String id = fixture.coordinator().body(schedule(date, INVITEES)).post(path(c, "/round-tables")).then()
                .statusCode(201).body("sessionMinutes", equalTo(60)).body("status", equalTo("SCHEDULED"))
                .body("preMeetingEnd", equalTo(date + "T14:30:00")).body("sessionEnd", equalTo(date + "T15:30:00"))
                .body("invitees", hasSize(2)).extract().path("id");
        String ics = fixture.caseworker(c.caseManager()).get(path(c, "/round-tables/" + id + "/invitation")).then()
                .statusCode(200).contentType(startsWith("text/calendar"))
                .header("Content-Disposition", containsString(".ics")).extract().asString();
        String compact = date.toString().replace("-", "");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(ics).contains("TZID:Europe/Zurich", "DTSTART;TZID=Europe/Zurich:" + compact + "T140000",
                "DTEND;TZID=Europe/Zurich:" + compact + "T143000", "DTSTART;TZID=Europe/Zurich:" + compact + "T143000",
                "DTEND;TZID=Europe/Zurich:" + compact + "T153000", "\r\n");
        fixture.partner(c.institution()).get(path(c, "/round-tables")).then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        fixture.coordinator().body(Map.of("text", "Massnahmen vereinbart")).post(path(c, "/round-tables/" + id + "/minutes"))
                .then().statusCode(409).body("rule", equalTo("IZ-07"));
        fixture.partner(c.institution()).body(schedule(date, INVITEES)).post(path(c, "/round-tables")).then()
                .statusCode(403);

        // a session held today: move it into the past in the database, as time would
        CaseWork.execute(database, "update iiz_round_table set meeting_date = current_date - 1 where id = ?",
                java.util.UUID.fromString(id));
        fixture.coordinator().body(Map.of("text", "Bewerbungscoaching ab Januar; Arztbericht bis Februar."))
                .post(path(c, "/round-tables/" + id + "/minutes")).then().statusCode(200)
                .body("status", equalTo("HELD")).body("minutes", containsString("Bewerbungscoaching"));
    }

    @Test
    @DisplayName("IZ-07 without the client or without professionals the invitation is refused; a session of two hours too")
    void refused() {
        CaseFixture fixture = new CaseFixture(tokens);
        CaseFixture.Case c = fixture.roundTableCase("IV");
        LocalDate date = LocalDate.now(Clocks.ZURICH).plusDays(3);
        fixture.coordinator().body(schedule(date, INVITEES.subList(0, 1))).post(path(c, "/round-tables")).then()
                .statusCode(409).body("rule", equalTo("IZ-07"));
        fixture.coordinator().body(schedule(date, INVITEES.subList(1, 2))).post(path(c, "/round-tables")).then()
                .statusCode(409).body("rule", equalTo("IZ-07"));
        Map<String, Object> twoHours = new java.util.HashMap<>(schedule(date, INVITEES));
        twoHours.put("sessionMinutes", 120);
        fixture.coordinator().body(twoHours).post(path(c, "/round-tables")).then().statusCode(400)
                .body("errors[0].field", equalTo("sessionMinutes"));
        fixture.coordinator().body(Map.of("date", date.toString())).post(path(c, "/round-tables")).then()
                .statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("preMeetingStart", "location",
                        "invitees"));
    }
}
