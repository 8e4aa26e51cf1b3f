package ch.so.integration.iiz.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IntegrationPlanDocumentTest {

    static final UUID CASE = UUID.fromString("1d490b0b-5a2e-4a8f-9d0c-6f1b2f3a4c5d");
    static final List<PlanContent.Measure> MEASURES = List.of(
            new PlanContent.Measure("Bewerbungscoaching", "Zwei Termine pro Woche", LocalDate.of(2027, 1, 31), "RAV-SO"),
            new PlanContent.Measure("Arztbericht einholen", null, LocalDate.of(2027, 2, 15), "Klientin"));

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    @DisplayName("IZ-08 the printed draft lists the measures with deadline and responsibility and blank lines for "
            + "coordinator and client to sign at the kickoff")
    void draft() throws Exception {
        String text = text(IntegrationPlanDocument.render(new PlanContent(CASE, 1, 2, "DRAFT", LocalDate.of(2026, 11, 22),
                MEASURES, List.of(), null)));
        assertThat(text).contains("Integrationsplan", "Version 1", "Entwurf (Revision 2)", "1. Bewerbungscoaching",
                "31.01.2027", "RAV-SO", "2. Arztbericht einholen", "15.02.2027", "Noch keine Zustimmung",
                "Koordinationsperson", "Klientin / Klient", "Seite 1 von 1");
    }

    @Test
    @DisplayName("IZ-08 the signed plan shows the kickoff, who signed and who approved")
    void signed() throws Exception {
        String text = text(IntegrationPlanDocument.render(new PlanContent(CASE, 2, 1, "SIGNED", LocalDate.of(2026, 11, 22),
                MEASURES, List.of("rav-spec", "cm-1"), new PlanContent.Signatures(LocalDate.of(2026, 11, 20),
                "coord-1", "Carla Muster"))));
        assertThat(text).contains("unterzeichnet, in Kraft", "20.11.2026", "Koordinationsperson: coord-1",
                "Klientin / Klient: Carla Muster", "Zugestimmt: rav-spec, cm-1");
    }
}
