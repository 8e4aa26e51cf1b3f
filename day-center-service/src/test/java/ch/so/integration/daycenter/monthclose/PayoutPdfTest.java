package ch.so.integration.daycenter.monthclose;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PayoutPdfTest {

    @Test
    @DisplayName("DC-06 the payout PDF has a line and a signature field per participant, across pages, with the total")
    void manyRows() throws Exception {
        List<PayoutPdf.Row> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(new PayoutPdf.Row("Müller-" + i, "Zoë 😀 Ćirić", "Küche", new BigDecimal("80.00")));
        }
        try (PDDocument document = Loader.loadPDF(PayoutPdf.render("2026-10", rows))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(document.getDocumentCatalog().getAcroForm().getFields()).hasSize(60);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Müller-59").contains("Zoë ? Ciric").contains("4800.00");
        }
    }

    @Test
    @DisplayName("DC-06 an empty payout list still renders")
    void empty() throws Exception {
        try (PDDocument document = Loader.loadPDF(PayoutPdf.render("2026-10", List.of()))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("Total").contains("0.00");
        }
    }
}
