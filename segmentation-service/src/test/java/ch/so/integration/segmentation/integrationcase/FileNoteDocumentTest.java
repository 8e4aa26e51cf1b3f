package ch.so.integration.segmentation.integrationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FileNoteDocumentTest {

    @Test
    @DisplayName("SG-07 the file note documents the evaluation per goal, the weighing and the decision, also when "
            + "the segment is kept")
    void documentsTheDecision() throws Exception {
        IntegrationCase c = IntegrationCaseTest.segmented(Segment.O);
        UUID goal = UUID.randomUUID();
        var facts = new IntegrationCase.AgreementFacts(UUID.randomUUID(), false,
                c.currentDecision().orElseThrow().id(), c.currentDecision().orElseThrow().decidedOn(), true,
                List.of(goal));
        byte[][] pdf = new byte[1][];
        c.review(IntegrationCaseTest.START.plusDays(100), facts,
                List.of(new IntegrationCase.EvaluationInput(goal, Achievement.NOT, "Arzttermin verschoben")),
                "Gesundheit weiterhin unklar", "Arbeitsmarkt angespannt",
                IntegrationCaseTest.input(Segment.O, NeedCategory.HEALTH), "sa-1", (ic, review, decision, toEnd) -> {
                    pdf[0] = FileNoteDocument.render(ic, review, decision, toEnd,
                            Map.of(goal, "Gesundheitliche Situation klären"));
                    return new IntegrationCase.FileNoteRef(review.fileNoteId(), "x");
                }, IntegrationCaseTest.CLOCK);
        try (var doc = Loader.loadPDF(pdf[0])) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Aktennotiz Standortbestimmung",
                    "Gesundheitliche Situation klären", "nicht", "Arzttermin verschoben",
                    "Gesundheit weiterhin unklar", "Arbeitsmarkt angespannt", "Segment O (Orientieren) bleibt",
                    "HEALTH", "Begründung");
        }
    }
}
