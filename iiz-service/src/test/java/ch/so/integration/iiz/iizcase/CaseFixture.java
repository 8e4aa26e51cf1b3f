package ch.so.integration.iiz.iizcase;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ch.so.integration.devkit.DevIssuer;
import ch.so.integration.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Builds iiz cases through the REST API for tests (also for the case-work packages): a 1b registration by the first
 * institution, the team of all institutions plus a case manager, a Vollmacht covering the institutions and the
 * social office, and the case manager's access requested and granted. Institution and account names are unique per
 * case so tests do not see each other's cases.
 */
public final class CaseFixture {

    public static final String BASE = "/api/iiz/cases";

    /** What a test needs to know about a built case. */
    public record Case(String id, String personId, String socialOffice, String caseManager, List<String> institutions,
                       String powerOfAttorneyId) {

        /** The first institution (the registering one). */
        public String institution() {
            return institutions.getFirst();
        }
    }

    private final TestTokens tokens;

    public CaseFixture(TestTokens tokens) {
        this.tokens = tokens;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public RequestSpecification coordinator() {
        return as(tokens.bearer("iiz-coordinator"));
    }

    public RequestSpecification partner(String institution) {
        return as(tokens.bearerForPartner(institution));
    }

    public RequestSpecification caseworker(String account) {
        return as("Bearer " + tokens.issuer().token(DevIssuer.TokenSpec.forRoles("caseworker").withSubject(account)));
    }

    public RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    /** An ACTIVE case whose team is the given institution types (made unique), with Vollmacht and case manager. */
    public Case activeCase(String... institutionTypes) {
        return activeCaseRegisteredWithKey(null, institutionTypes);
    }

    /** As {@link #activeCase}, the registration sent with the given Idempotency-Key (null for none). */
    public Case activeCaseRegisteredWithKey(String idempotencyKey, String... institutionTypes) {
        List<String> institutions = new ArrayList<>();
        for (String type : institutionTypes) {
            institutions.add(unique(type));
        }
        String socialOffice = unique("SOZIALREGION");
        String caseManager = unique("cm").toLowerCase();
        String personId = UUID.randomUUID().toString();
        RequestSpecification registering = partner(institutions.getFirst());
        if (idempotencyKey != null) {
            registering = registering.header("Idempotency-Key", idempotencyKey);
        }
        String id = registering.body(registration(personId, socialOffice)).post(BASE).then().statusCode(201)
                .extract().path("id");
        List<Map<String, String>> members = institutions.stream()
                .map(i -> Map.of("institution", i, "specialist", "spec-" + i.toLowerCase())).toList();
        coordinator().body(Map.of("members", members, "caseManager", caseManager))
                .put(BASE + "/" + id + "/team").then().statusCode(200);
        List<String> covered = new ArrayList<>(institutions);
        covered.add(socialOffice);
        String poa = recordPowerOfAttorney(id, covered);
        caseworker(caseManager).post(BASE + "/" + id + "/case-manager-access/request").then().statusCode(200);
        coordinator().post(BASE + "/" + id + "/case-manager-access/grant").then().statusCode(200);
        return new Case(id, personId, socialOffice, caseManager, List.copyOf(institutions), poa);
    }

    /** The body of {@link #activeCase}'s 1b registration. */
    public static Map<String, Object> registration(String personId, String socialOffice) {
        return Map.of("personId", personId, "registrationPath", "PARTNER_INSTITUTION",
                "socialOffice", socialOffice, "caseDescription", "Langzeitarbeitslos, Abklärung IV offen",
                "mandate", "Koordination der Integrationsmassnahmen",
                "requiredDocuments", List.of("Lebenslauf", "Arztzeugnis"));
    }

    /**
     * An ACTIVE case ({@link #activeCase}) for which the team decided a round table (IZ-05): round tables, the
     * integration plan and monitoring need that decision.
     */
    public Case roundTableCase(String... institutionTypes) {
        Case c = activeCase(institutionTypes);
        coordinator().body(Map.of("decision", "ROUND_TABLE")).post(BASE + "/" + c.id() + "/decision").then()
                .statusCode(200);
        return c;
    }

    /** The deletion log's hash of a text (IZ-10): HMAC-SHA256 with the configured key, as the service computes it. */
    public static String textHash(String text) {
        return new ch.so.integration.iiz.access.ContentHash(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("iiz-deletion-log.key", String.class)).ofText(text);
    }

    public String recordPowerOfAttorney(String caseId, List<String> institutions) {
        return coordinator().body(Map.of("signedOn", LocalDate.now().minusDays(3).toString(),
                        "validUntil", LocalDate.now().plusYears(1).toString(), "institutions", institutions,
                        "scanReference", "DMS-IIZ-" + caseId.substring(0, 8)))
                .post(BASE + "/" + caseId + "/powers-of-attorney").then().statusCode(201).extract().path("id");
    }
}
