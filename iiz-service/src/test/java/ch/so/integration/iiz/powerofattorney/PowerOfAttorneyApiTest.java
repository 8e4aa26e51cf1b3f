package ch.so.integration.iiz.powerofattorney;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.iiz.IizTestResource;
import ch.so.integration.iiz.casework.CaseWork;
import ch.so.integration.iiz.iizcase.CaseFixture;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** IZ-01 through REST: the Vollmacht's create checks access before a replay; a revocation waits for writes in flight. */
@QuarkusTest
@IizTestResource
class PowerOfAttorneyApiTest {

    @Suite
    TestTokens tokens;

    @Suite
    TestDatabase database;

    static Map<String, Object> powerOfAttorney(String... institutions) {
        return Map.of("signedOn", LocalDate.now().minusDays(1).toString(),
                "validUntil", LocalDate.now().plusYears(1).toString(), "institutions", List.of(institutions),
                "scanReference", "DMS-IIZ-1");
    }

    @Test
    @DisplayName("IZ-01 IZ-10 a retried Vollmacht record is checked for access first: replayed (and audited for the "
            + "person) while the case is open, 404 once it is closed")
    void iz01ReplayIsCheckedFirst() throws Exception {
        CaseFixture f = new CaseFixture(tokens);
        CaseFixture.Case c = f.activeCase("RAV");
        String key = "poa-" + UUID.randomUUID();
        String base = CaseFixture.BASE + "/" + c.id() + "/powers-of-attorney";
        String id = f.coordinator().header("Idempotency-Key", key).body(powerOfAttorney(c.institution()))
                .post(base).then().statusCode(201).header("Idempotent-Replayed", "false").extract().path("id");
        f.coordinator().header("Idempotency-Key", key).body(powerOfAttorney(c.institution())).post(base).then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        assertThat(CaseWork.strings(database, "select action from audit_log where resource_type = "
                + "'iiz-power-of-attorney' and resource_id = ? order by id", id)).containsExactly("CREATE", "READ");
        assertThat(CaseWork.strings(database, "select distinct subject_ref from audit_log where resource_type = "
                + "'iiz-power-of-attorney' and resource_id = ?", id)).containsExactly(c.personId());

        f.coordinator().post(CaseFixture.BASE + "/" + c.id() + "/closure-announcement").then().statusCode(200);
        f.coordinator().body(Map.of("reason", "NO_FURTHER_NEED")).post(CaseFixture.BASE + "/" + c.id() + "/closure")
                .then().statusCode(200);
        f.coordinator().header("Idempotency-Key", key).body(powerOfAttorney(c.institution())).post(base).then()
                .statusCode(404);
    }

    @Test
    @DisplayName("IZ-01 a revocation waits for a partner's write in progress (the case row held FOR SHARE) and the "
            + "partner's next request finds the Vollmacht revoked")
    void iz01RevocationWaitsForWritesInProgress() throws Exception {
        CaseFixture f = new CaseFixture(tokens);
        CaseFixture.Case c = f.activeCase("RAV");
        try (Connection connection = database.asOwner()) {
            connection.setAutoCommit(false);
            // what CaseAccess.require(WRITE) takes for a partner's contribution until its transaction ends
            try (PreparedStatement lock = connection.prepareStatement("select id from iiz_case where id = ? for share")) {
                lock.setObject(1, UUID.fromString(c.id()));
                lock.executeQuery().close();
            }
            CompletableFuture<Response> revocation = CompletableFuture.supplyAsync(() -> f.coordinator()
                    .post(CaseFixture.BASE + "/" + c.id() + "/powers-of-attorney/" + c.powerOfAttorneyId()
                            + "/revocation"));
            boolean waited;
            try {
                revocation.get(700, TimeUnit.MILLISECONDS);
                waited = false;
            } catch (TimeoutException expected) {
                waited = true;
            }
            assertThat(waited).as("the revocation waits for the write holding the case row").isTrue();
            connection.commit();
            assertThat(revocation.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        f.partner(c.institution()).body(Map.of("text", "Notiz")).post(CaseFixture.BASE + "/" + c.id() + "/comments")
                .then().statusCode(403).body("rule", equalTo("IZ-01"));
    }
}
