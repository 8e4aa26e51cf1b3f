package ch.so.integration.iiz.casespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.web.ProblemException;

class DocumentRulesTest {

    static final byte[] PDF = "%PDF-1.7\n%äöü\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

    private static ProblemException refused(Runnable check) {
        return (ProblemException) org.assertj.core.api.Assertions.catchThrowable(check::run);
    }

    @Test
    @DisplayName("IZ-06 a PDF within the size limit is accepted; its name is stripped")
    void accepts() {
        assertThat(DocumentRules.check("  Bericht RAV.pdf ", "application/pdf", PDF, 100)).isEqualTo("Bericht RAV.pdf");
        assertThat(DocumentRules.check("notiz.txt", "text/plain", "x".getBytes(), 1)).isEqualTo("notiz.txt");
    }

    @Test
    @DisplayName("IZ-06 a document over the size limit is refused with 413 naming the limit")
    void tooLarge() {
        ProblemException e = refused(() -> DocumentRules.check("a.pdf", "application/pdf", PDF, PDF.length - 1));
        assertThat(e.problem().status()).isEqualTo(413);
        assertThat(e.problem().detail()).contains(String.valueOf(PDF.length - 1)).contains("IZ-06");
        DocumentRules.check("a.pdf", "application/pdf", PDF, PDF.length);
    }

    @Test
    @DisplayName("IZ-06 a media type the case space does not accept, or content not of the declared type, is a 415")
    void mediaTypes() {
        assertThat(refused(() -> DocumentRules.check("a.exe", "application/x-msdownload", PDF, 100)).problem().status())
                .isEqualTo(415);
        assertThat(refused(() -> DocumentRules.check("a.pdf", null, PDF, 100)).problem().status()).isEqualTo(415);
        ProblemException fake = refused(() -> DocumentRules.check("a.pdf", "application/pdf", "MZ....".getBytes(), 100));
        assertThat(fake.problem().status()).isEqualTo(415);
        assertThat(fake.problem().detail()).contains("not a application/pdf");
        assertThat(refused(() -> DocumentRules.check("a.png", "image/png", PDF, 100)).problem().status()).isEqualTo(415);
        assertThat(DocumentRules.baseMediaType("Application/PDF; charset=binary")).isEqualTo("application/pdf");
    }

    @Test
    @DisplayName("IZ-06 a missing or unsafe file name and an empty body are 400s naming name and body")
    void badInput() {
        ProblemException e = refused(() -> DocumentRules.check(" ", "application/pdf", new byte[0], 100));
        assertThat(e.problem().status()).isEqualTo(400);
        assertThat(e.problem().errors()).extracting(FieldError::field).containsExactly("name", "body");
        for (String name : new String[]{"../etc/passwd", "a\\b.pdf", "a\nb.pdf", "..", "x".repeat(201)}) {
            assertThatThrownBy(() -> DocumentRules.check(name, "application/pdf", PDF, 100))
                    .isInstanceOf(ProblemException.class)
                    .satisfies(t -> assertThat(((ProblemException) t).problem().errors().getFirst().field())
                            .isEqualTo("name"));
        }
    }

    @Test
    @DisplayName("IZ-06 a stored document keeps the SHA-256 of its bytes")
    void sha256() {
        assertThat(Sha256.of("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Sha256.of(PDF)).hasSize(64).isEqualTo(Sha256.of(PDF.clone()));
    }
}
