package ch.so.integration.platform.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A top-to-bottom cursor over A4 pages: draws cleaned text (see {@link PdfText}), wraps it and starts a new page when
 * the next block does not fit. All coordinates are PDF points (1/72 inch) from the page's bottom left.
 */
public final class PageLayout {

    public static final PDRectangle PAGE = PDRectangle.A4;
    public static final float LEFT = 68f;          // 24 mm
    public static final float RIGHT = PAGE.getWidth() - 57f;  // 20 mm
    public static final float WIDTH = RIGHT - LEFT;
    public static final float TOP = PAGE.getHeight() - 54f;   // 19 mm
    public static final float BOTTOM = 70f;        // the footer sits below

    public static final float[] TEXT = {0.13f, 0.13f, 0.13f};
    public static final float[] MUTED = {0.42f, 0.42f, 0.42f};
    public static final float[] RULE = {0.75f, 0.75f, 0.75f};
    public static final float[] ACCENT = {0.09f, 0.24f, 0.40f};

    public final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    public final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final PDDocument document;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;

    public PageLayout(PDDocument document) throws IOException {
        this.document = document;
        newPage();
    }

    /** The distance from the cursor down to the bottom margin. */
    public float remaining() {
        return y - BOTTOM;
    }

    public float y() {
        return y;
    }

    /** Moves the cursor down; the next {@link #ensure} decides about a page break. */
    public void space(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code height} points still fit above the bottom margin. */
    public void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    public static float leading(float size) {
        return size * 1.3f;
    }

    /** Draws cleaned text with its baseline at {@code baseline}. */
    public void text(String cleaned, PDFont font, float size, float[] color, float x, float baseline) throws IOException {
        if (cleaned.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.setNonStrokingColor(color[0], color[1], color[2]);
        stream.newLineAtOffset(x, baseline);
        stream.showText(cleaned);
        stream.endText();
    }

    /** Draws cleaned text ending at {@code right}. */
    public void textRight(String cleaned, PDFont font, float size, float[] color, float right, float baseline)
            throws IOException {
        text(cleaned, font, size, color, right - PdfText.width(cleaned, font, size), baseline);
    }

    public void rule(float x1, float x2, float atY, float[] color, float lineWidth) throws IOException {
        stream.setStrokingColor(color[0], color[1], color[2]);
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, atY);
        stream.lineTo(x2, atY);
        stream.stroke();
    }

    /** One line at the cursor, then moves down by its leading. */
    public void line(String cleaned, PDFont font, float size, float[] color, float x) throws IOException {
        ensure(leading(size));
        text(cleaned, font, size, color, x, y - size);
        y -= leading(size);
    }

    /**
     * A wrapped paragraph from {@code x} to the right margin; one of up to four lines is kept on one page, a longer
     * one may break between lines.
     */
    public void paragraph(String cleaned, PDFont font, float size, float[] color, float x) throws IOException {
        List<String> lines = PdfText.wrap(cleaned, font, size, RIGHT - x);
        if (lines.size() <= 4) {
            ensure(lines.size() * leading(size));
        }
        for (String wrapped : lines) {
            line(wrapped, font, size, color, x);
        }
    }

    /**
     * A labelled row: the label in a column of {@code labelWidth}, the values (each a cleaned paragraph) wrapped
     * beside it. Kept on one page when it fits on one.
     */
    public void row(String label, List<String> values, float labelWidth, float size) throws IOException {
        float valueX = LEFT + labelWidth;
        List<String> labelLines = PdfText.wrap(PdfText.clean(label), regular, size, labelWidth - 10f);
        List<String> valueLines = new ArrayList<>();
        for (String value : values) {
            valueLines.addAll(PdfText.wrap(value, regular, size, RIGHT - valueX));
        }
        int count = Math.max(labelLines.size(), valueLines.size());
        float leading = leading(size);
        if (count * leading <= TOP - BOTTOM) {
            ensure(count * leading);
        }
        for (int i = 0; i < count; i++) {
            ensure(leading);
            if (i < labelLines.size()) {
                text(labelLines.get(i), regular, size, MUTED, LEFT, y - size);
            }
            if (i < valueLines.size()) {
                text(valueLines.get(i), regular, size, TEXT, valueX, y - size);
            }
            y -= leading;
        }
        y -= 2f;
    }

    /** A bulleted list item with a hanging indent, kept on one page when it fits on one. */
    public void bullet(String cleaned, float size) throws IOException {
        float indent = 14f;
        List<String> lines = PdfText.wrap(cleaned, regular, size, WIDTH - indent);
        float leading = leading(size);
        if (lines.size() * leading <= TOP - BOTTOM) {
            ensure(lines.size() * leading);
        }
        for (int i = 0; i < lines.size(); i++) {
            ensure(leading);
            if (i == 0) {
                text("\u2022", regular, size, ACCENT, LEFT + 2f, y - size);
            }
            text(lines.get(i), regular, size, TEXT, LEFT + indent, y - size);
            y -= leading;
        }
    }

    /** The pages laid out so far, in order. */
    public List<PDPage> pages() {
        return List.copyOf(pages);
    }

    /** Closes the last page's content stream; call once before saving or decorating. */
    public void finish() throws IOException {
        stream.close();
        stream = null;
    }

    /** Opens a page's content stream again to draw on top (footers, running headers). */
    public PageLayout onPage(PDPage page) throws IOException {
        if (stream != null) {
            stream.close();
        }
        stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true);
        return this;
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(document, page);
        y = TOP;
    }
}
