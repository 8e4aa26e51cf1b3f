package ch.so.integration.iiz.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.iiz.situation.api.SituationReportContent;
import ch.so.integration.iiz.document.SituationReportDocument;

class SituationReportDocumentTest {

    static final UUID REPORT = UUID.fromString("6f1b2f3a-4c5d-4a8f-9d0c-0b0b5a2e1d49");
    static final UUID CASE = UUID.fromString("1d490b0b-5a2e-4a8f-9d0c-6f1b2f3a4c5d");

    static SituationReportContent content(SituationReportContent.ClientViewPart view, String longAnswer) {
        List<SituationReportContent.TopicAnswer> answers = new ArrayList<>();
        for (SituationTopic topic : SituationTopic.values()) {
            answers.add(new SituationReportContent.TopicAnswer(topic.name(), topic.question(),
                    topic == SituationTopic.RESOURCES_AND_OBSTACLES ? longAnswer : "Antwort zu " + topic.name(),
                    topic.needsSince() ? LocalDate.of(2024, 3, 1) : null, "cm-1", "Sozialhilfeorgan",
                    LocalDate.of(2026, 11, 20)));
        }
        return new SituationReportContent(REPORT, CASE, UUID.randomUUID(), 2, LocalDate.of(2026, 11, 22), "coord",
                answers, List.of(new SituationReportContent.InstitutionFacts("RAV-SO", List.of(
                        new SituationReportContent.Fact(UUID.randomUUID(), "Stellensuche seit 2025, Petrović 🙂",
                                "rav-1", LocalDate.of(2026, 11, 18))))), view);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    @DisplayName("IZ-04 the situation report PDF holds the ten questions with their answers, the institutions' facts "
            + "and the client's view")
    void rendersTheStructure() throws Exception {
        byte[] pdf = SituationReportDocument.render(content(
                new SituationReportContent.ClientViewPart(LocalDate.of(2026, 11, 19), "Ich möchte wieder arbeiten."), "kurz"));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Situationsbeschreibung", "Version 2", "22.11.2026", CASE.toString(),
                "Seit 01.03.2024", "Antwort zu CONCERNS_FOR_NETWORK", "RAV-SO", "Stellensuche seit 2025, Petrovic",
                "Ich möchte wieder arbeiten.", "19.11.2026", "Seite 1 von");
        for (SituationTopic topic : SituationTopic.values()) {
            assertThat(text.replaceAll("\\s+", " ")).contains(topic.question().substring(0, 25));
        }
    }

    @Test
    @DisplayName("IZ-04 without a talk the report says so; long answers run over several numbered pages")
    void noTalkAndPaging() throws Exception {
        byte[] pdf = SituationReportDocument.render(content(null, "Ressourcen und Hindernisse. ".repeat(400)));
        String text = text(pdf);
        assertThat(text).contains("Es fand kein Gespräch");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            assertThat(text).contains("Seite " + pages + " von " + pages);
        }
    }
}
