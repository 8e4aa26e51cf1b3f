package ch.so.integration.intake.programme;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.intake.IntakeTestResource;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
@IntakeTestResource
class PostalCodeApiTest {

    static final String SHARED_FILE = "shared/data/postal-codes-ch.csv";

    @Suite
    TestTokens tokens;

    @Suite
    TestDatabase database;

    @Inject
    PostalCodeImport postalCodeImport;

    /**
     * The shared GeoNames file (not part of this repository): the system property {@code postal-codes.file}, or
     * {@code shared/data/postal-codes-ch.csv} in the working directory or one of its parents.
     */
    static Optional<Path> sharedFile() {
        String property = System.getProperty("postal-codes.file");
        if (property != null && !property.isBlank()) {
            return Optional.of(Path.of(property)).filter(Files::isRegularFile);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(SHARED_FILE);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private ExtractableResponse<Response> importCsv(byte[] csv) {
        return given().header("Authorization", tokens.bearer("admin")).contentType("text/csv").body(csv)
                .post("/api/intake/postal-codes/import").then().extract();
    }

    @Test
    @DisplayName("AM-04 the shared GeoNames file imports in well under a few seconds, and a re-import updates without duplicating")
    void importsTheSharedFile() throws Exception {
        Optional<Path> file = sharedFile();
        Assumptions.assumeTrue(file.isPresent(), "The GeoNames postal-code file is not here: looked for "
                + SHARED_FILE + " in " + Path.of("").toAbsolutePath() + " and its parents; set -Dpostal-codes.file=...");
        byte[] csv = Files.readAllBytes(file.get());
        long dataLines = new String(csv, StandardCharsets.UTF_8).lines().skip(1).filter(line -> !line.isBlank()).count();

        long start = System.nanoTime();
        ExtractableResponse<Response> first = importCsv(csv);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(first.statusCode()).isEqualTo(200);
        int imported = first.path("imported");
        assertThat((int) first.path("rowsRead")).isEqualTo((int) dataLines);
        assertThat(imported + (int) first.path("duplicates") + (int) first.path("skipped")).isEqualTo((int) dataLines);
        assertThat(imported).as("nearly every row has coordinates").isGreaterThan(4_000);
        System.out.printf("Imported %d postal-code rows over HTTP in %d ms%n", dataLines, took.toMillis());
        assertThat(took).as("import of " + dataLines + " rows").isLessThan(Duration.ofSeconds(10));
        long rows = postalCodeRows();
        assertThat(rows).isGreaterThanOrEqualTo(imported);

        start = System.nanoTime();
        ExtractableResponse<Response> again = importCsv(csv);
        System.out.printf("Re-imported them in %d ms%n", Duration.ofNanos(System.nanoTime() - start).toMillis());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat((int) again.path("imported")).isEqualTo(imported);
        assertThat((int) again.path("written")).as("nothing changed, nothing written").isZero();
        assertThat(postalCodeRows()).as("a re-import adds no rows").isEqualTo(rows);

        given().header("Authorization", tokens.bearer("caseworker")).get("/api/intake/postal-codes/4500")
                .then().statusCode(200)
                .body("zipcode", equalTo("4500"))
                .body("places[0].place", equalTo("Solothurn"))
                .body("places[0].canton", equalTo("SO"))
                .body("places[0].municipalityNumber", equalTo(2601))
                .body("places[0].latitude", equalTo(47.2062f))
                .body("attribution", equalTo("Postal code data © GeoNames, CC BY 4.0"));
        // one zip code, several places; one place in two municipalities
        given().header("Authorization", tokens.bearer("partner")).get("/api/intake/postal-codes/3421")
                .then().statusCode(200).body("places.size()", equalTo(3))
                .body("places.findAll { it.place == 'Lyssach' }.municipalityNumber", containsInAnyOrder(415, 418));
    }

    @Test
    @DisplayName("AM-04 the import answers a summary with the skipped rows and their reasons; UTF-8 names stay intact")
    void summary() {
        String csv = PostalCodeImportTest.HEADER + "\n"
                + "CH,1201,Genève,Genève,GE,Geneva,2500,Genève,6621,46.2107,6.1469\n"
                + "CH,1202,Genève,Genève,GE,Geneva,2500,Genève,6621,,\n";
        ExtractableResponse<Response> summary = importCsv(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat((int) summary.path("rowsRead")).isEqualTo(2);
        assertThat((int) summary.path("imported")).isEqualTo(1);
        assertThat((int) summary.path("skipped")).isEqualTo(1);
        assertThat((int) summary.path("skippedRows[0].line")).isEqualTo(3);
        assertThat((String) summary.path("skippedRows[0].reason")).isEqualTo("no coordinates");

        given().header("Authorization", tokens.bearer("intake")).get("/api/intake/postal-codes/1201")
                .then().statusCode(200).body("places[0].place", equalTo("Genève"))
                .body("places[0].canton", equalTo("GE"));
    }

    @Test
    @DisplayName("only admins import; a file without the GeoNames header or another media type is refused as a problem")
    void refusals() {
        byte[] csv = (PostalCodeImportTest.HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        given().header("Authorization", tokens.bearer("intake")).contentType("text/csv").body(csv)
                .post("/api/intake/postal-codes/import").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", tokens.bearer("admin")).contentType("text/csv").body("zip;place\n4500;Solothurn\n")
                .post("/api/intake/postal-codes/import").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("country_code"));
        given().header("Authorization", tokens.bearer("admin")).contentType("text/csv").body(new byte[0])
                .post("/api/intake/postal-codes/import").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("body"));
        given().header("Authorization", tokens.bearer("admin")).contentType("application/json").body("{}")
                .post("/api/intake/postal-codes/import").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    @DisplayName("an unknown postal code answers 404, a malformed one 400, as problems")
    void lookups() {
        given().header("Authorization", tokens.bearer("intake")).get("/api/intake/postal-codes/9999")
                .then().statusCode(404).contentType("application/problem+json").body("type", endsWith("/not-found"));
        given().header("Authorization", tokens.bearer("intake")).get("/api/intake/postal-codes/45x0")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("zipcode"));
        given().header("Authorization", tokens.bearer("day-center-staff")).get("/api/intake/postal-codes/4500")
                .then().statusCode(403);
    }

    @Test
    @DisplayName("the import at start reads a configured file when it exists; a missing or broken file only warns")
    void importAtStart() throws Exception {
        Path dir = Files.createTempDirectory("postal-codes");
        Path file = dir.resolve("postal-codes.csv");
        Files.writeString(file, PostalCodeImportTest.HEADER + "\n"
                + "CH,4710,Balsthal Startimport,Kanton Solothurn,SO,Bezirk Thal,1102,Balsthal,2422,47.3143,7.7003\n");

        assertThat(postalCodeImport.importFile(file)).hasValueSatisfying(summary -> {
            assertThat(summary.imported()).isEqualTo(1);
            assertThat(summary.skipped()).isZero();
        });
        given().header("Authorization", tokens.bearer("intake")).get("/api/intake/postal-codes/4710")
                .then().statusCode(200).body("places.place", hasItem("Balsthal Startimport"));

        assertThat(postalCodeImport.importFile(dir.resolve("absent.csv"))).isEmpty();
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "not,a,postal,code,file\n");
        assertThat(postalCodeImport.importFile(broken)).isEmpty();
        for (Path written : new Path[]{file, broken, dir}) {
            Files.delete(written);
        }
    }

    private long postalCodeRows() throws Exception {
        try (Connection c = database.asOwner(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from postal_code")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
