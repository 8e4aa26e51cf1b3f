package ch.so.integration.iiz.iizcase.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.iiz.iizcase.ClosureReason;

class LapseLetterTest {

    static final UUID CASE = UUID.fromString("7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d");

    @Test
    @DisplayName("IZ-10 the client letter says the Vollmacht (with its signing date) lapsed with the closure, why, "
            + "and that the documents were deleted; it is a one-page A4 PDF")
    void iz10Letter() throws Exception {
        byte[] pdf = LapseLetter.of(CASE, LocalDate.of(2026, 11, 22), ClosureReason.GOAL_TRAINING_START,
                List.of(LocalDate.of(2026, 3, 2))).render();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(LapseLetter.TITLE);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Erlöschen Ihrer Vollmacht").contains("22.11.2026")
                    .contains("am 02.03.2026 unterzeichnet").contains("ist mit dem Fallabschluss erloschen")
                    .contains("Ausbildungsbeginns").contains("Dokumente wurden im iiz-Netzwerk gelöscht")
                    .contains(CASE.toString());
        }
    }

    @Test
    @DisplayName("IZ-10 every closure reason has its own wording")
    void reasons() {
        assertThat(java.util.Arrays.stream(ClosureReason.values()).map(LapseLetter::reasonText).distinct())
                .hasSize(ClosureReason.values().length);
        assertThatThrownBy(() -> LapseLetter.of(CASE, null, ClosureReason.NO_FURTHER_NEED, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
