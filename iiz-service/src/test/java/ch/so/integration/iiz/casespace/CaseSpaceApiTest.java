package ch.so.integration.iiz.casespace;

import static ch.so.integration.iiz.casework.CaseWork.PDF;
import static ch.so.integration.iiz.casework.CaseWork.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.iiz.IizTestResource;
import ch.so.integration.iiz.casework.CaseWork;
import ch.so.integration.iiz.iizcase.CaseFixture;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@IizTestResource
class CaseSpaceApiTest {

    @Suite
    TestTokens tokens;

    @Suite
    TestDatabase database;

    @Test
    @DisplayName("IZ-06 a team partner uploads a document (bytes, media type, name, SHA-256, stored in PostgreSQL); "
            + "the case manager downloads the same bytes; every read and write is audited for the person")
    void documents() throws Exception {
        CaseFixture fixture = new CaseFixture(tokens);
        CaseFixture.Case c = fixture.activeCase("RAV", "IV");
        String sha = Sha256.of(PDF);
        String id = fixture.partner(c.institution()).contentType("application/pdf").body(PDF)
                .queryParam("name", "Bericht RAV (Stand Nov).pdf")
                .post(path(c, "/documents"))
                .then().statusCode(201).header("Location", containsString("/cases/" + c.id() + "/documents/"))
                .body("name", equalTo("Bericht RAV (Stand Nov).pdf"))
                .body("mediaType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(PDF.length))
                .body("sha256", equalTo(sha))
                .body("institution", equalTo(c.institution()))
                .body("member", equalTo("INSTITUTION"))
                .extract().path("id");

        byte[] downloaded = fixture.caseworker(c.caseManager()).get(path(c, "/documents/" + id + "/content"))
                .then().statusCode(200).contentType(startsWith("application/pdf"))
                .header("Content-Disposition", containsString("filename=\"Bericht RAV _Stand Nov_.pdf\""))
                .header("X-Content-Type-Options", "nosniff")
                .header("Repr-Digest", "sha-256=:" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(sha)) + ":")
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(PDF);
        assertThat(CaseWork.count(database, "select count(*) from iiz_case_document_content x join iiz_case_document d "
                + "on d.id = x.document_id where d.case_id = ? and octet_length(x.content) = ?", UUID.fromString(c.id()),
                PDF.length)).isEqualTo(1);

        fixture.coordinator().get(path(c, "/documents/" + id)).then().statusCode(200).body("sha256", equalTo(sha));
        fixture.partner(c.institution()).get(path(c, "/documents")).then().statusCode(200)
                .body("items.id", equalTo(List.of(id))).body("totalItems", equalTo(1))
                .body("items[0].contentUrl", endsWith("/documents/" + id + "/content"));
        fixture.coordinator().get(path(c, "/documents/" + UUID.randomUUID())).then().statusCode(404);
        assertThat(CaseWork.auditActions(database, c.personId(), "case-document"))
                .containsExactly("CREATE", "READ", "READ", "READ");
    }

    @Test
    @DisplayName("IZ-06 a retried upload with the same Idempotency-Key stores the document once")
    void idempotentUpload() throws Exception {
        CaseFixture fixture = new CaseFixture(tokens);
        CaseFixture.Case c = fixture.activeCase("BIZ");
        String key = UUID.randomUUID().toString();
        String first = null;
        for (String replayed : List.of("false", "true")) {
            String id = fixture.coordinator().header("Idempotency-Key", key).contentType("application/pdf").body(PDF)
                    .queryParam("name", "a.pdf").post(path(c, "/documents"))
                    .then().statusCode(201).header("Idempotent-Replayed", replayed).extract().path("id");
            first = first == null ? id : first;
            assertThat(id).isEqualTo(first);
        }
        assertThat(CaseWork.count(database, "select count(*) from iiz_case_document where case_id = ?",
                UUID.fromString(c.id()))).isEqualTo(1);
    }

    @Test
    @DisplayName("IZ-06 too large is a 413, a media type not accepted or content not of it a 415, no name or no "
            + "bytes a 400; nothing is stored")
    void refusedUploads() throws Exception {
        CaseFixture fixture = new CaseFixture(tokens);
        CaseFixture.Case c = fixture.activeCase("RAV");
        byte[] large = Arrays.copyOf(PDF, 65537);
        fixture.coordinator().contentType("application/pdf").body(large).queryParam("name", "gross.pdf")
                .post(path(c, "/documents")).then().statusCode(413).contentType("application/problem+json")
                .body("rule", equalTo("IZ-06")).body("detail", containsString("65536"));
        fixture.coordinator().contentType("application/x-msdownload").body(PDF).queryParam("name", "a.exe")
                .post(path(c, "/documents")).then().statusCode(415).body("rule", equalTo("IZ-06"));
        fixture.coordinator().contentType("image/png").body(PDF).queryParam("name", "a.png")
                .post(path(c, "/documents")).then().statusCode(415).body("detail", containsString("not a image/png"));
        fixture.coordinator().contentType("application/pdf").body(PDF)
                .post(path(c, "/documents")).then().statusCode(400).body("errors[0].field", equalTo("name"));
        fixture.coordinator().contentType("application/pdf").body(new byte[0]).queryParam("name", "../x.pdf")
                .post(path(c, "/documents")).then().statusCode(400)
                .body("errors.field", equalTo(List.of("name", "body")))
                .body("detail", not(containsString("Exception")));
        assertThat(CaseWork.count(database, "select count(*) from iiz_case_document where case_id = ?",
                UUID.fromString(c.id()))).isZero();
    }

    @Test
    @DisplayName("IZ-06 comments with who added them (user and institution), paged; the activity feed lists "
            + "everything that happened, newest first, without content")
    void commentsAndFeed() throws Exception {
        CaseFixture fixture = new CaseFixture(tokens);
        CaseFixture.Case c = fixture.activeCase("RAV", "IV");
        fixture.partner(c.institution()).contentType("text/plain").body("Notiz".getBytes())
                .queryParam("name", "notiz.txt").post(path(c, "/documents")).then().statusCode(201);
        String first = fixture.caseworker(c.caseManager()).body(Map.of("text", "Die Klientin hat neu eine Wohnung."))
                .post(path(c, "/comments")).then().statusCode(201)
                .body("member", equalTo("CASE_MANAGER")).body("addedBy", equalTo(c.caseManager()))
                .extract().path("id");
        String second = fixture.partner(c.institution()).body(Map.of("text", " Termin RAV am Montag "))
                .post(path(c, "/comments")).then().statusCode(201)
                .body("text", equalTo("Termin RAV am Montag")).body("institution", equalTo(c.institution()))
                .extract().path("id");
        fixture.coordinator().body(Map.of("text", " ")).post(path(c, "/comments")).then().statusCode(400)
                .body("errors[0].field", equalTo("text"));

        fixture.coordinator().queryParam("size", 1).get(path(c, "/comments")).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(second)).body("totalItems", equalTo(2))
                .body("totalPages", equalTo(2));
        fixture.coordinator().queryParam("size", 1).queryParam("page", 1).get(path(c, "/comments")).then()
                .statusCode(200).body("items[0].id", equalTo(first));

        String feed = fixture.partner(c.institutions().get(1)).get(path(c, "/activity")).then().statusCode(200)
                .body("items.kind", equalTo(List.of("COMMENT_ADDED", "COMMENT_ADDED", "DOCUMENT_ADDED")))
                .body("items[0].itemId", equalTo(second))
                .body("items[0].institution", equalTo(c.institution()))
                .body("items[1].member", equalTo("CASE_MANAGER"))
                .extract().asString();
        assertThat(feed).doesNotContain("Wohnung").doesNotContain("Termin");
        fixture.coordinator().queryParam("size", 101).get(path(c, "/activity")).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }
}
