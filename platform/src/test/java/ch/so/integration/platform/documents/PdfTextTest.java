package ch.so.integration.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;


class PdfTextTest {

    private final PDFont helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @Test
    @DisplayName("DC-12: text cleaning keeps WinAnsi, reduces other letters to their base letter, replaces the rest")
    void cleans() {
        assertThat(PdfText.clean("Zürich – «Müller» ß é € …")).isEqualTo("Zürich – «Müller» ß é € …");
        assertThat(PdfText.clean("Ćosić Łukasz Đurić")).isEqualTo("Cosic Lukasz Duric");
        assertThat(PdfText.clean("Mu\u0308ller")).isEqualTo("Müller");
        assertThat(PdfText.clean("a\tb\r\nc\u00a0 d\u00ad\u200be")).isEqualTo("a b c de");
        assertThat(PdfText.clean("😀 中文 ❤️")).isEqualTo("? ?? ?");
        assertThat(PdfText.clean(null)).isEmpty();
    }

    @Test
    @DisplayName("DC-12: wrapping fills lines up to the width and breaks words longer than a line")
    void wraps() {
        float width = PdfText.width("Garten und", helvetica, 10f) + 0.1f;

        assertThat(PdfText.wrap("Garten und Unterhalt", helvetica, 10f, width))
                .containsExactly("Garten und", "Unterhalt");
        List<String> broken = PdfText.wrap("Donaudampfschifffahrtsgesellschaft", helvetica, 10f, 40f);
        assertThat(broken).hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(PdfText.width(line, helvetica, 10f)).isLessThanOrEqualTo(40f));
        assertThat(String.join("", broken)).isEqualTo("Donaudampfschifffahrtsgesellschaft");
        assertThat(PdfText.wrap("", helvetica, 10f, 40f)).containsExactly("");
    }
}
