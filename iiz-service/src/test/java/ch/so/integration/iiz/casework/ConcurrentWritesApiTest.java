package ch.so.integration.iiz.casework;

import static ch.so.integration.iiz.casework.CaseWork.path;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.iiz.IizTestResource;
import ch.so.integration.iiz.iizcase.CaseFixture;
import ch.so.integration.iiz.situation.SituationTopic;
import ch.so.integration.platform.config.Clocks;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Writes that would race on their first row or next number (report version, first client view, first monitoring
 * schedule, plan reviews) lock the case row FOR UPDATE: issued at the same moment, both succeed, one after the other.
 */
@QuarkusTest
@IizTestResource
class ConcurrentWritesApiTest {

    @Suite
    TestTokens tokens;

    private static List<Response> together(Callable<Response> first, Callable<Response> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> futures = pool.invokeAll(List.of(first, second), 60, TimeUnit.SECONDS);
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("IZ-04 IZ-08 IZ-09 concurrent reports, first client views, first schedules and plan reviews all "
            + "succeed (no generic 409); the reports get versions 1 and 2")
    void concurrentFirstWrites() throws Exception {
        CaseFixture f = new CaseFixture(tokens);
        CaseFixture.Case c = f.roundTableCase("RAV");
        String today = LocalDate.now(Clocks.ZURICH).toString();
        List<Map<String, Object>> answers = new ArrayList<>();
        for (SituationTopic topic : SituationTopic.values()) {
            Map<String, Object> answer = new HashMap<>(Map.of("topic", topic.name(), "text", "Antwort"));
            if (topic.needsSince()) {
                answer.put("since", "2025-01-01");
            }
            answers.add(answer);
        }
        f.caseworker(c.caseManager()).body(Map.of("answers", answers)).put(path(c, "/situation/questionnaire")).then()
                .statusCode(200);
        f.partner(c.institution()).body(Map.of("text", "Fakten")).post(path(c, "/situation/facts")).then()
                .statusCode(201);

        List<Response> views = together(
                () -> f.coordinator().body(Map.of("talkOn", today, "text", "Sicht A")).put(path(c, "/situation/client-view")),
                () -> f.coordinator().body(Map.of("talkOn", today, "text", "Sicht B")).put(path(c, "/situation/client-view")));
        assertThat(views).extracting(Response::statusCode).containsExactly(200, 200);

        List<Response> reports = together(() -> f.coordinator().post(path(c, "/situation/reports")),
                () -> f.coordinator().post(path(c, "/situation/reports")));
        assertThat(reports).extracting(Response::statusCode).containsExactly(201, 201);
        assertThat(reports).extracting(r -> r.jsonPath().getInt("version")).containsExactlyInAnyOrder(1, 2);

        List<Response> schedules = together(
                () -> f.coordinator().body(Map.of("intervalWeeks", 4, "nextReviewOn", today)).put(path(c, "/monitoring")),
                () -> f.coordinator().body(Map.of("intervalWeeks", 6, "nextReviewOn", today)).put(path(c, "/monitoring")));
        assertThat(schedules).extracting(Response::statusCode).containsExactly(200, 200);

        f.coordinator().body(Map.of("measures", List.of(Map.of("title", "Coaching", "deadline",
                LocalDate.now(Clocks.ZURICH).plusMonths(1).toString(), "responsiblePerson", "Klientin"))))
                .post(path(c, "/plan/versions")).then().statusCode(201);
        List<Response> reviews = together(
                () -> f.partner(c.institution()).body(Map.of("verdict", "APPROVED")).post(path(c, "/plan/draft/reviews")),
                () -> f.caseworker(c.caseManager()).body(Map.of("verdict", "APPROVED"))
                        .post(path(c, "/plan/draft/reviews")));
        assertThat(reviews).extracting(Response::statusCode).containsExactly(200, 200);
        f.coordinator().get(path(c, "/plan")).then().statusCode(200)
                .body("approvedBy.size()", org.hamcrest.Matchers.equalTo(2));
    }
}
