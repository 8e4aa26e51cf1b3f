package ch.so.integration.iiz.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.iiz.IizTestResource;
import ch.so.integration.iiz.access.CaseAccess.Operation;
import ch.so.integration.iiz.iizcase.CaseFixture;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * IZ-01, IZ-03, IZ-06: the access matrix. Every case-scoped endpoint ({@link #ENDPOINTS}) is called by every kind of
 * caller ({@link Caller}); the expected status follows from the endpoint's roles and operation:
 * <ul>
 * <li>a role the endpoint does not admit: 403;</li>
 * <li>a partner outside the team, a caseworker who is not the case's case manager with granted access: 404;</li>
 * <li>a team partner whose institution no valid Vollmacht covers: 403 citing IZ-01;</li>
 * <li>a team partner or the case manager: the endpoint's success status for READ/WRITE, 403 for COORDINATE.</li>
 * </ul>
 * To add endpoints (e.g. the case space), append {@link Endpoint} rows to {@link #ENDPOINTS}: a path with
 * {@code {caseId}} (and {@code {poaId}}), the admitted roles, the operation, a valid body and the success status.
 * Endpoints that change state must be safe to call repeatedly by the team partner and the case manager.
 */
@QuarkusTest
@IizTestResource
class AccessMatrixTest {

    static final String COORDINATOR = "iiz-coordinator";
    static final String PARTNER = "partner";
    static final String CASEWORKER = "caseworker";
    static final String ADMIN = "admin";
    static final Set<String> READERS = Set.of(COORDINATOR, PARTNER, CASEWORKER, ADMIN);
    static final Set<String> OFFICE = Set.of(COORDINATOR, ADMIN);

    /** A case-scoped endpoint: method, path template, admitted roles, operation, body, success status. */
    record Endpoint(String method, String path, Set<String> roles, Operation operation,
                    Function<CaseFixture.Case, Object> body, int success) {

        static Endpoint get(String path, Set<String> roles, Operation operation) {
            return new Endpoint("GET", path, roles, operation, c -> null, 200);
        }

        static Endpoint post(String path, Set<String> roles, Operation operation, Function<CaseFixture.Case, Object> body,
                             int success) {
            return new Endpoint("POST", path, roles, operation, body, success);
        }

        String path(CaseFixture.Case c) {
            return CaseFixture.BASE.replace("/cases", "") + path.replace("{caseId}", c.id())
                    .replace("{poaId}", c.powerOfAttorneyId());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Endpoint> ENDPOINTS = new ArrayList<>(List.of(
            // iiz case (IZ-02, IZ-03, IZ-05, IZ-06, IZ-10)
            Endpoint.get("/cases/{caseId}", READERS, Operation.READ),
            new Endpoint("PUT", "/cases/{caseId}/team", OFFICE, Operation.COORDINATE, c -> Map.of(
                    "members", List.of(Map.of("institution", c.institution(), "specialist", "x")),
                    "caseManager", c.caseManager()), 200),
            Endpoint.post("/cases/{caseId}/forwarding", OFFICE, Operation.COORDINATE, c -> null, 200),
            Endpoint.post("/cases/{caseId}/case-manager-access/grant", OFFICE, Operation.COORDINATE, c -> null, 200),
            // IZ-06: only the named case manager asks (granted stays granted: safe to repeat)
            Endpoint.post("/cases/{caseId}/case-manager-access/request", Set.of(CASEWORKER), Operation.WRITE,
                    c -> null, 200),
            // IZ-04, IZ-10: the notifications to the social office, for its case manager and the iiz office
            Endpoint.get("/cases/{caseId}/notifications", Set.of(COORDINATOR, CASEWORKER, ADMIN), Operation.READ),
            Endpoint.post("/cases/{caseId}/decision", OFFICE, Operation.COORDINATE,
                    c -> Map.of("decision", "ROUND_TABLE"), 200),
            Endpoint.post("/cases/{caseId}/closure-announcement", OFFICE, Operation.COORDINATE, c -> null, 200),
            Endpoint.post("/cases/{caseId}/closure", OFFICE, Operation.COORDINATE,
                    c -> Map.of("reason", "NO_FURTHER_NEED"), 200),
            Endpoint.get("/cases/{caseId}/deletion-log", OFFICE, Operation.READ),
            Endpoint.get("/cases/{caseId}/lapse-letter", OFFICE, Operation.READ),
            // power of attorney (IZ-01)
            Endpoint.get("/cases/{caseId}/powers-of-attorney", READERS, Operation.READ),
            Endpoint.post("/cases/{caseId}/powers-of-attorney", OFFICE, Operation.COORDINATE, c -> Map.of(
                    "signedOn", LocalDate.now().toString(), "validUntil", LocalDate.now().plusYears(1).toString(),
                    "institutions", List.of(c.institution()), "scanReference", "DMS-1"), 201),
            Endpoint.post("/cases/{caseId}/powers-of-attorney/{poaId}/revocation", OFFICE, Operation.COORDINATE,
                    c -> null, 200)
            // case work (IZ-04, IZ-06 to IZ-09): append rows here
    ));

    /** Who calls: the role the token carries and what the caller is to the case. */
    enum Caller {
        TEAM_PARTNER(PARTNER),
        /** In the team, but the Vollmacht does not name its institution (IZ-01). */
        UNCOVERED_TEAM_PARTNER(PARTNER),
        OUTSIDE_PARTNER(PARTNER),
        CASE_MANAGER(CASEWORKER),
        OTHER_CASEWORKER(CASEWORKER),
        INTAKE_STAFF("intake");

        final String role;

        Caller(String role) {
            this.role = role;
        }

        int expected(Endpoint endpoint) {
            if (!endpoint.roles().contains(role)) {
                return 403;
            }
            return switch (this) {
                case OUTSIDE_PARTNER, OTHER_CASEWORKER -> 404;
                case UNCOVERED_TEAM_PARTNER -> 403;
                case TEAM_PARTNER, CASE_MANAGER -> endpoint.operation() == Operation.COORDINATE ? 403 : endpoint.success();
                case INTAKE_STAFF -> 403;
            };
        }
    }

    @Suite
    TestTokens tokens;

    private RequestSpecification as(CaseFixture fixture, Caller caller, CaseFixture.Case c) {
        return switch (caller) {
            case TEAM_PARTNER -> fixture.partner(c.institution());
            case UNCOVERED_TEAM_PARTNER -> fixture.partner(c.institutions().get(1));
            case OUTSIDE_PARTNER -> fixture.partner(CaseFixture.unique("RAV"));
            case CASE_MANAGER -> fixture.caseworker(c.caseManager());
            case OTHER_CASEWORKER -> fixture.caseworker(CaseFixture.unique("cm").toLowerCase());
            case INTAKE_STAFF -> fixture.as(tokens.bearer("intake"));
        };
    }

    private static Response call(RequestSpecification request, Endpoint endpoint, CaseFixture.Case c) {
        Object body = endpoint.body().apply(c);
        if (body != null) {
            request = request.body(body);
        }
        return request.request(endpoint.method(), endpoint.path(c));
    }

    @Test
    @DisplayName("IZ-01, IZ-03, IZ-06: every case-scoped endpoint × every caller answers as the matrix says; "
            + "the case stays untouched by whoever may not change it")
    void accessMatrix() {
        CaseFixture fixture = new CaseFixture(tokens);
        // The second institution is in the team but the Vollmacht covers only the first and the social office.
        CaseFixture.Case c = fixture.activeCase("RAV", "IV");
        fixture.coordinator().post(CaseFixture.BASE + "/" + c.id() + "/powers-of-attorney/" + c.powerOfAttorneyId()
                + "/revocation").then().statusCode(200);
        String poa = fixture.recordPowerOfAttorney(c.id(), List.of(c.institution(), c.socialOffice()));
        CaseFixture.Case matrixCase = new CaseFixture.Case(c.id(), c.personId(), c.socialOffice(), c.caseManager(),
                c.institutions(), poa);

        List<String> failures = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            for (Endpoint endpoint : ENDPOINTS) {
                if (endpoint.operation() == Operation.COORDINATE && caller.expected(endpoint) < 300) {
                    continue;
                }
                Response response = call(as(fixture, caller, matrixCase), endpoint, matrixCase);
                int expected = caller.expected(endpoint);
                if (response.statusCode() != expected) {
                    failures.add(caller + " " + endpoint + ": expected " + expected + ", got "
                            + response.statusCode() + " " + response.asString());
                } else if (caller == Caller.UNCOVERED_TEAM_PARTNER && endpoint.roles().contains(PARTNER)
                        && !"IZ-01".equals(response.jsonPath().getString("rule"))) {
                    failures.add(caller + " " + endpoint + ": the 403 must cite IZ-01, got " + response.asString());
                }
            }
        }
        assertThat(failures).isEmpty();

        // IZ-01: the partner in the team without a covering Vollmacht does not find the case in its list either
        fixture.partner(c.institutions().get(1)).get(CaseFixture.BASE + "?size=100").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(c.id())));
        fixture.partner(c.institution()).get(CaseFixture.BASE + "?size=100").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(c.id()));

        // Nobody outside the coordinator changed the case: still active, undecided, Vollmacht valid.
        fixture.coordinator().get(CaseFixture.BASE + "/" + c.id()).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("ACTIVE"))
                .body("decision", org.hamcrest.Matchers.nullValue())
                .body("closureAnnouncedOn", org.hamcrest.Matchers.nullValue());
        fixture.partner(c.institution()).get(CaseFixture.BASE + "/" + c.id()).then().statusCode(200);
    }

    @Test
    @DisplayName("IZ-03: a partner outside the team never sees the case, not in the list either; "
            + "the team partner does")
    void outsiderSeesNothing() {
        CaseFixture fixture = new CaseFixture(tokens);
        CaseFixture.Case c = fixture.activeCase("RAV", "BIZ");
        String outsider = CaseFixture.unique("RAV");
        fixture.partner(outsider).get(CaseFixture.BASE).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(c.id())));
        fixture.partner(outsider).get(CaseFixture.BASE + "/" + c.id()).then().statusCode(404)
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Vollmacht")));
        fixture.partner(c.institutions().get(1)).get(CaseFixture.BASE).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(c.id()));
        fixture.caseworker(c.caseManager()).get(CaseFixture.BASE).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(c.id()));
    }

    @Test
    @DisplayName("IZ-10, IZ-01: once closed, a case is 404 on every endpoint for the team partner and the case manager, "
            + "and for every change by the iiz office, case-work writes included")
    void closedCaseIsGone() {
        CaseFixture fixture = new CaseFixture(tokens);
        CaseFixture.Case c = fixture.activeCase("RAV", "IV");
        fixture.coordinator().post(CaseFixture.BASE + "/" + c.id() + "/closure-announcement").then().statusCode(200);
        fixture.coordinator().body(Map.of("reason", "SERVICES_DELIVERED"))
                .post(CaseFixture.BASE + "/" + c.id() + "/closure").then().statusCode(200);
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (Caller caller : List.of(Caller.TEAM_PARTNER, Caller.CASE_MANAGER)) {
                int expected = endpoint.roles().contains(caller.role) ? 404 : 403;
                int actual = call(as(fixture, caller, c), endpoint, c).statusCode();
                if (actual != expected) {
                    failures.add(caller + " " + endpoint + ": expected " + expected + ", got " + actual);
                }
            }
            if (endpoint.operation() != Operation.READ && endpoint.roles().contains(COORDINATOR)) {
                int actual = call(fixture.coordinator(), endpoint, c).statusCode();
                if (actual != 404) {
                    failures.add("COORDINATOR " + endpoint + ": expected 404, got " + actual);
                }
            }
        }
        // the case work cannot be written to either: 404 for the team, the case manager and the iiz office
        List<Endpoint> caseWorkWrites = List.of(
                Endpoint.post("/cases/{caseId}/comments", READERS, Operation.WRITE, k -> Map.of("text", "Notiz"), 201),
                Endpoint.post("/cases/{caseId}/situation/facts", READERS, Operation.WRITE,
                        k -> Map.of("text", "Fakten"), 201),
                Endpoint.post("/cases/{caseId}/client-contacts", READERS, Operation.WRITE, k -> Map.of(
                        "contactOn", LocalDate.now().toString(), "channel", "PHONE", "initiatedBy", "CLIENT",
                        "note", "Anruf"), 201),
                Endpoint.post("/cases/{caseId}/round-tables", OFFICE, Operation.COORDINATE, k -> Map.of(
                        "date", LocalDate.now().plusDays(5).toString(), "preMeetingStart", "09:00", "location", "Olten",
                        "invitees", List.of(Map.of("name", "A", "kind", "PROFESSIONAL"),
                                Map.of("name", "B", "kind", "CLIENT"))), 201));
        for (Endpoint endpoint : caseWorkWrites) {
            List<RequestSpecification> callers = List.of(as(fixture, Caller.TEAM_PARTNER, c),
                    as(fixture, Caller.CASE_MANAGER, c), fixture.coordinator());
            for (int i = 0; i < callers.size(); i++) {
                int actual = call(callers.get(i), endpoint, c).statusCode();
                if (actual != 404) {
                    failures.add("caller " + i + " " + endpoint + " on a closed case: expected 404, got " + actual);
                }
            }
        }
        assertThat(failures).isEmpty();
        fixture.coordinator().get(CaseFixture.BASE + "/" + c.id()).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("CLOSED"));
        fixture.coordinator().get(CaseFixture.BASE + "?status=CLOSED&size=100").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(c.id()));
        fixture.coordinator().get(CaseFixture.BASE + "?status=ACTIVE&size=100").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(c.id())));
    }
}
