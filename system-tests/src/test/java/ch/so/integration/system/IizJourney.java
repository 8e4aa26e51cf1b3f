package ch.so.integration.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import ch.so.integration.devkit.DevIssuer;
import ch.so.integration.testing.TestAhvNumbers;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Issue #7's "done when" for iiz, through the gateway with every process real: a new user registers a person at
 * intake; a partner institution registers the person in the iiz network (1b); the coordinator assembles the team, the
 * Vollmacht is recorded and the social office's case manager gets access; the situation analysis is answered and its
 * report issued (JSON and PDF); the team decides on a round table, which is scheduled, its iCalendar invitation
 * downloaded and its minutes recorded; the integration plan is drafted, reviewed (a comment, a revision, approvals) and
 * signed; a monitoring review is held; the social office is informed of the closure; the case is closed and everything
 * the institutions provided is deleted. A partner institution outside the team gets 404 on the case throughout, and
 * the list of its cases never shows it.
 *
 * <p>Called from {@code SuiteIT} (which sets {@code RestAssured.baseURI} to the gateway).
 */
final class IizJourney {

    private static final String CASES = "/api/iiz/cases";
    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final List<String> TOPICS = List.of("ON_ASSISTANCE_SINCE", "PAST_INTEGRATION_EFFORTS",
            "MEASURE_REPORTS", "PLANNED_INTEGRATION_AND_GOALS", "PERSONAL_ENVIRONMENT", "RESOURCES_AND_OBSTACLES",
            "DAILY_ROUTINE_AND_INTERESTS", "SUPPORT_SYSTEMS", "BEHAVIOUR_MOTIVATION_COOPERATION",
            "CONCERNS_FOR_NETWORK");

    private IizJourney() {
    }

    static void run(RunningSuite suite) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String rav = "RAV-SO-" + run;
        String iv = "IV-SO-" + run;
        String outsider = "BIZ-OLTEN-" + run;
        String socialOffice = "SOZIALREGION-UNTERGAEU-" + run;
        String caseManager = "cm-" + run.toLowerCase();
        LocalDate today = LocalDate.now(ZURICH);
        String description = "Langzeitarbeitslos seit 2024, IV-Abklärung offen " + run;
        String officialName = "Iizweg" + ThreadLocalRandom.current().nextInt(1000, 9999);
        String client = "Iris " + officialName;
        String comment = "Bewerbungsdossier liegt beim RAV vor, " + run;

        Journey j = new Journey(suite, rav, iv, outsider, caseManager);

        // the new user: intake registers the person; iiz keeps only intake's person id
        String personId = given().header("Authorization", suite.bearer("intake")).contentType(ContentType.JSON)
                .body("""
                        {"ahvNumber":"%s","officialName":"%s","firstName":"Iris","sex":"FEMALE","dateOfBirth":"1981-05-06",
                         "address":{"street":"Hauptgasse","postalCode":"4500","town":"Solothurn","municipalityBfsNumber":2601,"canton":"SO"},
                         "circumstances":{"residencePermit":"SWISS","benefits":["SOCIAL_ASSISTANCE"],"responsibleSocialOffice":"Sozialregion Untergäu"}}"""
                        .formatted(TestAhvNumbers.next(), officialName))
                .post("/api/intake/persons").then().statusCode(201).extract().path("id");

        // IZ-03 1b: the RAV registers the person for its own institution (retries are safe)
        Map<String, Object> registration = Map.of("personId", personId, "registrationPath", "PARTNER_INSTITUTION",
                "socialOffice", socialOffice, "caseDescription", description,
                "mandate", "Koordination der beruflichen Integration",
                "requiredDocuments", List.of("Lebenslauf", "Arztzeugnis"));
        String caseId = j.rav().header("Idempotency-Key", "iiz-journey-" + run).body(registration).post(CASES)
                .then().statusCode(201).body("status", equalTo("REGISTERED"))
                .body("registrationPath", equalTo("PARTNER_INSTITUTION")).body("registeringInstitution", equalTo(rav))
                .body("personId", equalTo(personId)).body("team.institution", equalTo(List.of(rav)))
                .extract().path("id");
        j.rav().header("Idempotency-Key", "iiz-journey-" + run).body(registration).post(CASES)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(caseId));
        String c = CASES + "/" + caseId;
        j.outsiderNeverSees(caseId, "after the registration");

        // IZ-03: the coordinator assembles the team and leads the case
        j.coordinator().body(Map.of("members", List.of(Map.of("institution", rav, "specialist", "anna.rav"),
                        Map.of("institution", iv, "specialist", "beat.iv")), "caseManager", caseManager))
                .put(c + "/team").then().statusCode(200).body("status", equalTo("ACTIVE"))
                .body("coordinator", equalTo("dev-iiz-coordinator"))
                .body("team.institution", containsInAnyOrder(rav, iv)).body("caseManager", equalTo(caseManager));

        // IZ-01: without the client's Vollmacht the team sees nothing; with it, it does
        j.iv().get(c).then().statusCode(403).body("rule", equalTo("IZ-01"));
        String poa = j.coordinator().body(Map.of("signedOn", today.toString(),
                        "validUntil", today.plusYears(1).toString(), "institutions", List.of(rav, iv, socialOffice),
                        "scanReference", "DMS-IIZ-" + run))
                .post(c + "/powers-of-attorney").then().statusCode(201).extract().path("id");
        j.iv().get(c).then().statusCode(200).body("caseDescription", equalTo(description));
        j.coordinator().get(c + "/powers-of-attorney").then().statusCode(200)
                .body("find { it.id == '%s' }.state".formatted(poa), equalTo("VALID"));

        // IZ-06: the social office's case manager asks for access and the coordinator grants it
        j.caseManager().get(c).then().statusCode(404);
        j.caseManager().post(c + "/case-manager-access/request").then().statusCode(200)
                .body("caseManagerAccess", equalTo("REQUESTED"));
        j.coordinator().post(c + "/case-manager-access/grant").then().statusCode(200)
                .body("caseManagerAccess", equalTo("GRANTED"));
        j.caseManager().get(c).then().statusCode(200).body("socialOffice", equalTo(socialOffice));
        j.rav().get(CASES).then().statusCode(200).body("items.id", hasItem(caseId));
        j.outsiderNeverSees(caseId, "with the team assembled and the Vollmacht recorded");

        // IZ-06: the case space: an institution shares a document, another comments
        byte[] report = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% Bericht IV-Stelle " + run + "\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        String documentId = j.iv().contentType("application/pdf").queryParam("name", "Bericht-IV.pdf").body(report)
                .post(c + "/documents").then().statusCode(201).body("sha256", equalTo(sha256(report)))
                .extract().path("id");
        byte[] downloaded = j.rav().get(c + "/documents/" + documentId + "/content").then().statusCode(200)
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(report);
        j.rav().body(Map.of("text", comment)).post(c + "/comments").then()
                .statusCode(201);
        j.outsider().contentType("application/pdf").queryParam("name", "x.pdf").body(report)
                .post(c + "/documents").then().statusCode(404);
        j.outsider().get(c + "/documents/" + documentId + "/content").then().statusCode(404);

        // IZ-04: the situation analysis: the social office answers the ten topics, the institutions add their facts,
        // the coordinator records the client's view and issues the report
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String topic : TOPICS) {
            Map<String, Object> answer = new HashMap<>(Map.of("topic", topic, "text", "Antwort der Sozialregion: " + topic));
            if (topic.equals("ON_ASSISTANCE_SINCE")) {
                answer.put("since", "2024-03-01");
            }
            answers.add(answer);
        }
        j.rav().body(Map.of("answers", answers.subList(0, 1))).put(c + "/situation/questionnaire").then()
                .statusCode(403).body("rule", equalTo("IZ-04"));
        j.caseManager().body(Map.of("answers", answers)).put(c + "/situation/questionnaire").then().statusCode(200)
                .body("questionnaire", hasSize(10)).body("missingTopics", hasSize(0))
                .body("readyToIssue", equalTo(false));
        j.coordinator().post(c + "/situation/reports").then().statusCode(409).body("rule", equalTo("IZ-04"));
        j.rav().body(Map.of("text", "Beim RAV seit 2025 gemeldet, 12 Bewerbungen pro Monat.")).post(c + "/situation/facts")
                .then().statusCode(201).body("source", equalTo(rav));
        j.iv().body(Map.of("text", "IV-Anmeldung 2023, Frühintervention abgeschlossen.")).post(c + "/situation/facts")
                .then().statusCode(201).body("source", equalTo(iv));
        j.coordinator().body(Map.of("talkOn", today.toString(), "text", "Ich möchte im Verkauf arbeiten."))
                .put(c + "/situation/client-view").then().statusCode(200);
        j.coordinator().get(c + "/situation").then().statusCode(200).body("factCount", equalTo(2))
                .body("readyToIssue", equalTo(true));
        var issued = j.coordinator().post(c + "/situation/reports").then().statusCode(201)
                .body("version", equalTo(1)).extract();
        String reportId = issued.path("id");
        j.iv().get(c + "/situation/reports/" + reportId).then().statusCode(200)
                .body("caseId", equalTo(caseId)).body("personId", equalTo(personId))
                .body("questionnaire", hasSize(10)).body("facts.source", equalTo(List.of(rav, iv)))
                .body("clientView.text", equalTo("Ich möchte im Verkauf arbeiten."));
        String reportSha = j.caseManager().get(c + "/situation/reports").then().statusCode(200)
                .body("items.id", equalTo(List.of(reportId))).extract().path("items[0].documentSha256");
        byte[] reportPdf = j.rav().get(c + "/situation/reports/" + reportId + "/document").then().statusCode(200)
                .contentType(startsWith("application/pdf")).extract().asByteArray();
        assertThat(new String(reportPdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(sha256(reportPdf)).as("the PDF as issued").isEqualTo(reportSha);
        j.outsider().get(c + "/situation").then().statusCode(404);
        j.outsider().get(c + "/situation/reports/" + reportId + "/document").then().statusCode(404);

        // IZ-05: on the basis of the analysis the team decides on a round table
        j.coordinator().body(Map.of("decision", "ROUND_TABLE")).post(c + "/decision").then().statusCode(200)
                .body("decision", equalTo("ROUND_TABLE")).body("decidedOn", equalTo(today.toString()));

        // IZ-07: the round table: a 30-minute pre-meeting, then an hour with the client; an iCalendar invitation
        LocalDate meeting = today.plusDays(7);
        String roundTable = j.coordinator().body(Map.of("date", meeting.toString(), "preMeetingStart", "14:00",
                        "location", "Sozialregion Untergäu, Sitzungszimmer 2", "invitees", List.of(
                                Map.of("name", "Anna Rav", "kind", "PROFESSIONAL", "institution", rav),
                                Map.of("name", "Beat Iv", "kind", "PROFESSIONAL", "institution", iv),
                                Map.of("name", client, "kind", "CLIENT"))))
                .post(c + "/round-tables").then().statusCode(201).body("status", equalTo("SCHEDULED"))
                .body("sessionMinutes", equalTo(60)).body("preMeetingEnd", equalTo(meeting + "T14:30:00"))
                .body("sessionEnd", equalTo(meeting + "T15:30:00")).extract().path("id");
        String ics = j.iv().get(c + "/round-tables/" + roundTable + "/invitation").then().statusCode(200)
                .contentType(startsWith("text/calendar")).header("Content-Disposition", containsString(".ics"))
                .extract().asString();
        String compact = meeting.toString().replace("-", "");
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("TZID:Europe/Zurich",
                "DTSTART;TZID=Europe/Zurich:" + compact + "T140000", "DTEND;TZID=Europe/Zurich:" + compact + "T143000",
                "DTSTART;TZID=Europe/Zurich:" + compact + "T143000", "DTEND;TZID=Europe/Zurich:" + compact + "T153000");
        assertThat(ics.split("BEGIN:VEVENT", -1)).as("two events: pre-meeting and session").hasSize(3);
        j.coordinator().body(Map.of("text", "zu früh")).post(c + "/round-tables/" + roundTable + "/minutes").then()
                .statusCode(409).body("rule", equalTo("IZ-07"));
        j.outsider().get(c + "/round-tables/" + roundTable + "/invitation").then().statusCode(404);
        j.outsider().get(c + "/round-tables").then().statusCode(404);
        // the meeting is held: a week cannot pass in a test, so the date moves into the past as time would move it
        try (Connection connection = suite.postgres.superuserConnection(RunningSuite.database("iiz"));
             PreparedStatement s = connection.prepareStatement(
                     "update iiz_round_table set meeting_date = current_date - 1 where id = ?")) {
            s.setObject(1, UUID.fromString(roundTable));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        j.coordinator().body(Map.of("text", "Bewerbungscoaching ab nächstem Monat; Arztbericht für die IV einholen."))
                .post(c + "/round-tables/" + roundTable + "/minutes").then().statusCode(200)
                .body("status", equalTo("HELD")).body("minutes", containsString("Bewerbungscoaching"));

        // IZ-08: the integration plan: drafted, reviewed (a comment holds the signature until revised), signed
        Map<String, Object> plan = Map.of("measures", List.of(
                Map.of("title", "Bewerbungscoaching", "deadline", today.plusMonths(2).toString(),
                        "responsibleInstitution", rav),
                Map.of("title", "Arztbericht einholen", "description", "für die IV-Abklärung",
                        "deadline", today.plusMonths(1).toString(), "responsibleInstitution", iv,
                        "responsiblePerson", client)));
        j.coordinator().body(plan).post(c + "/plan/versions").then().statusCode(201).body("version", equalTo(1))
                .body("status", equalTo("DRAFT")).body("measures", hasSize(2));
        byte[] draftPdf = j.coordinator().get(c + "/plan/versions/1/document").then().statusCode(200)
                .contentType(startsWith("application/pdf")).extract().asByteArray();
        assertThat(new String(draftPdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        j.rav().body(Map.of("verdict", "APPROVED")).post(c + "/plan/draft/reviews").then().statusCode(200);
        j.iv().body(Map.of("verdict", "COMMENTED", "comment", "Arztbericht braucht zwei Monate"))
                .post(c + "/plan/draft/reviews").then().statusCode(200).body("openComments", equalTo(List.of("beat.iv")));
        Map<String, Object> signature = Map.of("kickoffOn", today.toString(), "clientSignatory", client);
        j.coordinator().body(signature).post(c + "/plan/draft/signature").then().statusCode(409)
                .body("rule", equalTo("IZ-08"));
        Map<String, Object> revised = Map.of("measures", List.of(
                Map.of("title", "Bewerbungscoaching", "deadline", today.plusMonths(2).toString(),
                        "responsibleInstitution", rav),
                Map.of("title", "Arztbericht einholen", "description", "für die IV-Abklärung",
                        "deadline", today.plusMonths(2).toString(), "responsibleInstitution", iv)));
        j.coordinator().body(revised).put(c + "/plan/draft").then().statusCode(200).body("revision", equalTo(2))
                .body("approvedBy", hasSize(0)).body("openComments", hasSize(0));
        j.iv().body(Map.of("verdict", "APPROVED")).post(c + "/plan/draft/reviews").then().statusCode(200);
        j.caseManager().body(Map.of("verdict", "APPROVED")).post(c + "/plan/draft/reviews").then().statusCode(200)
                .body("approvedBy", containsInAnyOrder("beat.iv", caseManager));
        j.coordinator().body(signature).post(c + "/plan/draft/signature").then().statusCode(200)
                .body("status", equalTo("SIGNED")).body("kickoffOn", equalTo(today.toString()))
                .body("clientSignatory", equalTo(client)).body("coordinatorSignatory", notNullValue());
        j.rav().get(c + "/plan").then().statusCode(200).body("version", equalTo(1)).body("status", equalTo("SIGNED"))
                .body("measures[1].deadline", equalTo(today.plusMonths(2).toString()));
        byte[] signedPdf = j.iv().get(c + "/plan/versions/1/document").then().statusCode(200)
                .contentType(startsWith("application/pdf")).extract().asByteArray();
        assertThat(new String(signedPdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        j.outsider().get(c + "/plan").then().statusCode(404);
        j.outsiderNeverSees(caseId, "with the plan signed");

        // IZ-09: monitoring: the interval agreed, a review held which sets the next one; a client contact
        j.coordinator().body(Map.of("intervalWeeks", 6, "nextReviewOn", today.toString())).put(c + "/monitoring")
                .then().statusCode(200).body("intervalWeeks", equalTo(6)).body("overdue", equalTo(false));
        j.coordinator().body(Map.of("heldOn", today.toString(), "kind", "SCHEDULED",
                        "outcome", "Coaching läuft, zwei Vorstellungsgespräche", "adjustments", "Coaching verlängern"))
                .post(c + "/monitoring/reviews").then().statusCode(201).body("kind", equalTo("SCHEDULED"));
        j.caseManager().get(c + "/monitoring").then().statusCode(200)
                .body("nextReviewOn", equalTo(today.plusWeeks(6).toString())).body("overdue", equalTo(false))
                .body("lastReview.outcome", equalTo("Coaching läuft, zwei Vorstellungsgespräche"));
        j.rav().body(Map.of("contactOn", today.toString(), "channel", "PHONE", "initiatedBy", "CLIENT",
                "note", "Fragt nach dem nächsten Coaching-Termin.")).post(c + "/client-contacts").then().statusCode(201);
        j.iv().get(c + "/monitoring/reviews").then().statusCode(200).body("items", hasSize(1));
        j.outsider().get(c + "/monitoring").then().statusCode(404);

        // IZ-10: the social office is informed first, then the case is closed and the content deleted for good
        j.coordinator().body(Map.of("reason", "GOAL_EMPLOYMENT")).post(c + "/closure").then().statusCode(409)
                .body("rule", equalTo("IZ-10"));
        j.coordinator().post(c + "/closure-announcement").then().statusCode(200)
                .body("closureAnnouncedOn", equalTo(today.toString()));
        j.coordinator().body(Map.of("reason", "GOAL_EMPLOYMENT")).post(c + "/closure").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closureReason", equalTo("GOAL_EMPLOYMENT"))
                .body("closedOn", equalTo(today.toString()))
                .body("caseDescription", nullValue()).body("mandate", nullValue());

        // the documents are gone: for the team the case no longer exists, and even the iiz office finds nothing
        j.iv().get(c + "/documents/" + documentId + "/content").then().statusCode(anyOf(is(404), is(410)));
        j.rav().get(c + "/documents/" + documentId).then().statusCode(anyOf(is(404), is(410)));
        j.rav().get(c).then().statusCode(404);
        j.caseManager().get(c).then().statusCode(404);
        j.rav().get(CASES).then().statusCode(200).body("items.id", not(hasItem(caseId)));
        j.coordinator().get(c + "/documents/" + documentId + "/content").then().statusCode(anyOf(is(404), is(410)));
        j.coordinator().get(c + "/situation/reports/" + reportId + "/document").then()
                .statusCode(anyOf(is(404), is(410)));
        j.coordinator().get(c).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("caseDescription", nullValue()).body("mandate", nullValue());
        // the deletion log keeps what was deleted (kind, id, SHA-256), never the content
        j.coordinator().queryParam("size", 100).get(c + "/deletion-log").then().statusCode(200)
                .body("items.kind", hasItems("document", "comment", "situation-answer", "situation-fact",
                        "situation-client-view", "situation-report", "round-table", "integration-plan",
                        "monitoring-review", "client-contact", "case-description", "mandate"))
                .body("items.find { it.kind == 'document' }.itemId", equalTo(documentId))
                .body("items.find { it.kind == 'document' }.sha256", equalTo(sha256(report)))
                .body("items.find { it.kind == 'situation-report' }.sha256", equalTo(reportSha))
                .body(not(containsString(comment))).body(not(containsString(description)));
        // the Vollmacht lapsed; the client gets a letter about it
        j.coordinator().get(c + "/powers-of-attorney").then().statusCode(200)
                .body("find { it.id == '%s' }.state".formatted(poa), equalTo("LAPSED"));
        byte[] letter = j.coordinator().get(c + "/lapse-letter").then().statusCode(200)
                .contentType(startsWith("application/pdf")).extract().asByteArray();
        assertThat(new String(letter, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        j.outsiderNeverSees(caseId, "after the closure");

        // every read and write of the person's iiz data is audited
        // (newest first: the closure's DELETE and the reads after it are on the first page)
        given().header("Authorization", suite.bearer("admin")).queryParam("subject", personId)
                .queryParam("size", 100).get("/api/iiz/audit").then().statusCode(200)
                .body("items.action", hasItems("READ", "DELETE")).body("totalItems", greaterThan(50));
        // and no service logged the person or the case's content
        try (Stream<Path> files = Files.list(suite.logs)) {
            for (Path log : files.toList()) {
                assertThat(Files.readString(log)).as("log %s", log.getFileName()).doesNotContain(officialName)
                        .doesNotContain(description).doesNotContain(comment).doesNotContain("Verkauf arbeiten");
            }
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The callers of the journey, each a token of its own. */
    private record Journey(RunningSuite suite, String ravInstitution, String ivInstitution, String outsiderInstitution,
                           String caseManagerAccount) {

        RequestSpecification coordinator() {
            return as(suite.bearer("iiz-coordinator"));
        }

        /** The registering institution's specialist. */
        RequestSpecification rav() {
            return as(partner(ravInstitution, "anna.rav"));
        }

        RequestSpecification iv() {
            return as(partner(ivInstitution, "beat.iv"));
        }

        /** A partner institution of the network that is not in this case's team. */
        RequestSpecification outsider() {
            return as(suite.bearerForPartner(outsiderInstitution));
        }

        RequestSpecification caseManager() {
            return as("Bearer " + suite.issuer.token(DevIssuer.TokenSpec.forRoles("caseworker")
                    .withSubject(caseManagerAccount)));
        }

        private String partner(String institution, String account) {
            return "Bearer " + suite.issuer.token(DevIssuer.TokenSpec.forRoles("partner").withInstitution(institution)
                    .withSubject(account));
        }

        private static RequestSpecification as(String bearer) {
            return given().header("Authorization", bearer).contentType(ContentType.JSON);
        }

        /** The outsider gets 404 on the case (existence not revealed) and its list of cases does not show it. */
        void outsiderNeverSees(String caseId, String when) {
            try {
                outsider().get(CASES + "/" + caseId).then().statusCode(404).body("type", endsWith("/not-found"));
                outsider().queryParam("size", 100).get(CASES).then().statusCode(200)
                        .body("items.id", not(hasItem(caseId))).body("totalItems", equalTo(0));
                outsider().get(CASES + "/" + caseId + "/documents").then().statusCode(404);
            } catch (AssertionError e) {
                throw new AssertionError("a partner outside the team, " + when + ": " + e.getMessage(), e);
            }
        }
    }
}
