package ch.so.integration.iiz.iizcase;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.iiz.IizTestResource;
import ch.so.integration.iiz.situation.SituationTopic;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IZ-04, IZ-10: "informed" = a notification the social office's case manager reads through the API (besides the event
 * on iiz.case / iiz.situation for a later consumer): when a situation report is issued and before the closure.
 */
@QuarkusTest
@IizTestResource
class NotificationApiTest {

    @Suite
    TestTokens tokens;

    @Suite
    TestDatabase database;

    @Test
    @DisplayName("IZ-04 IZ-10 the case manager reads the notifications of the issued report and of the announced "
            + "closure (newest first, paged); the iiz office too; partners and other caseworkers do not")
    void caseManagerReadsTheNotifications() throws Exception {
        CaseFixture f = new CaseFixture(tokens);
        CaseFixture.Case c = f.activeCase("RAV");
        String base = CaseFixture.BASE + "/" + c.id();
        f.caseworker(c.caseManager()).get(base + "/notifications").then().statusCode(200)
                .body("totalItems", equalTo(0));

        List<Map<String, Object>> answers = new ArrayList<>();
        for (SituationTopic topic : SituationTopic.values()) {
            Map<String, Object> answer = new HashMap<>(Map.of("topic", topic.name(), "text", "Antwort"));
            if (topic.needsSince()) {
                answer.put("since", "2025-01-01");
            }
            answers.add(answer);
        }
        f.caseworker(c.caseManager()).body(Map.of("answers", answers)).put(base + "/situation/questionnaire").then()
                .statusCode(200);
        f.partner(c.institution()).body(Map.of("text", "Fakten")).post(base + "/situation/facts").then()
                .statusCode(201);
        String reportId = f.coordinator().post(base + "/situation/reports").then().statusCode(201).extract().path("id");

        f.caseworker(c.caseManager()).get(base + "/notifications").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].kind", equalTo("SITUATION_REPORT_ISSUED"))
                .body("items[0].itemId", equalTo(reportId)).body("items[0].recipient", equalTo(c.socialOffice()))
                .body("items[0].caseId", equalTo(c.id()));
        // the item is the report the case manager can read
        f.caseworker(c.caseManager()).get(base + "/situation/reports/" + reportId).then().statusCode(200);

        f.coordinator().post(base + "/closure-announcement").then().statusCode(200);
        f.coordinator().post(base + "/closure-announcement").then().statusCode(409).body("rule", equalTo("IZ-10"));
        f.caseworker(c.caseManager()).get(base + "/notifications?size=1").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.size()", equalTo(1))
                .body("items[0].kind", equalTo("CLOSURE_ANNOUNCED")).body("items[0].itemId", nullValue());
        f.coordinator().get(base + "/notifications").then().statusCode(200).body("totalItems", equalTo(2));

        f.partner(c.institution()).get(base + "/notifications").then().statusCode(403);
        f.caseworker(CaseFixture.unique("cm").toLowerCase()).get(base + "/notifications").then().statusCode(404);
        assertThat(ch.so.integration.iiz.casework.CaseWork.count(database,
                "select count(*) from audit_log where resource_type = 'iiz-case-notification' and subject_ref = ?",
                c.personId())).isEqualTo(4);
    }
}
