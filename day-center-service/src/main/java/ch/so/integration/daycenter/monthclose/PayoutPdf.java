package ch.so.integration.daycenter.monthclose;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * DC-06 cash payout list as PDF (A4, Helvetica, WinAnsi): one row per participant with name, area, amount and a
 * signature box, which is also an AcroForm signature field ({@code receipt-<n>}) for a digital receipt.
 */
final class PayoutPdf {

    record Row(String officialName, String firstName, String area, BigDecimal amount) {
    }

    private static final float MARGIN = 50;
    private static final float ROW = 30;
    private static final float[] COLUMNS = {MARGIN, 170, 280, 390, 460};
    private static final float RIGHT = PDRectangle.A4.getWidth() - MARGIN;

    private PayoutPdf() {
    }

    static byte[] render(String month, List<Row> rows) {
        PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDAcroForm form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
            BigDecimal total = BigDecimal.ZERO.setScale(2);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDPageContentStream content = new PDPageContentStream(document, page);
            try {
                float y = header(content, regular, bold, month);
                for (int i = 0; i < rows.size(); i++) {
                    if (y - ROW < MARGIN + 20) {
                        content.close();
                        page = new PDPage(PDRectangle.A4);
                        document.addPage(page);
                        content = new PDPageContentStream(document, page);
                        y = header(content, regular, bold, month);
                    }
                    Row row = rows.get(i);
                    float base = y - ROW + 10;
                    text(content, regular, 10, COLUMNS[0], base, fit(regular, row.officialName(), 115));
                    text(content, regular, 10, COLUMNS[1], base, fit(regular, row.firstName(), 105));
                    text(content, regular, 10, COLUMNS[2], base, fit(regular, row.area(), 105));
                    text(content, regular, 10, COLUMNS[3], base, row.amount().setScale(2).toPlainString());
                    PDRectangle box = new PDRectangle(COLUMNS[4], y - ROW + 4, RIGHT - COLUMNS[4], ROW - 6);
                    content.addRect(box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight());
                    content.stroke();
                    signatureField(form, page, box, i + 1);
                    total = total.add(row.amount());
                    y -= ROW;
                }
                y -= 16;
                text(content, bold, 10, COLUMNS[2], y, "Total");
                text(content, bold, 10, COLUMNS[3], y, total.toPlainString());
            } finally {
                content.close();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float header(PDPageContentStream content, PDFont regular, PDFont bold, String month)
            throws IOException {
        float y = PDRectangle.A4.getHeight() - MARGIN;
        text(content, bold, 14, MARGIN, y, "Auszahlung Motivationsentschädigung " + month);
        y -= 18;
        text(content, regular, 9, MARGIN, y, "Barauszahlung Ende Monat (DC-06). Empfang mit Unterschrift bestätigen.");
        y -= 24;
        String[] header = {"Name", "Vorname", "Bereich", "Betrag CHF", "Unterschrift Empfang"};
        for (int c = 0; c < header.length; c++) {
            text(content, bold, 10, COLUMNS[c], y, header[c]);
        }
        return y - 8;
    }

    private static void signatureField(PDAcroForm form, PDPage page, PDRectangle box, int n) throws IOException {
        PDSignatureField field = new PDSignatureField(form);
        field.setPartialName("receipt-" + n);
        PDAnnotationWidget widget = field.getWidgets().getFirst();
        widget.setRectangle(box);
        widget.setPage(page);
        widget.setPrinted(true);
        page.getAnnotations().add(widget);
        form.getFields().add(field);
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String value)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(printable(font, value));
        content.endText();
    }

    /** Cuts a value to a width so columns never overlap. */
    private static String fit(PDFont font, String value, float width) throws IOException {
        String text = printable(font, value);
        while (!text.isEmpty() && font.getStringWidth(text) / 1000 * 10 > width) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    /** What Helvetica/WinAnsi can show: other letters reduced to their base letter, anything else '?'. */
    static String printable(PDFont font, String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Normalizer.normalize(value, Normalizer.Form.NFC).codePoints().forEach(cp -> {
            String ch = Character.isWhitespace(cp) ? " " : new String(Character.toChars(cp));
            if (encodable(font, ch)) {
                out.append(ch);
                return;
            }
            String base = Normalizer.normalize(ch, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            out.append(!base.isEmpty() && encodable(font, base) ? base : "?");
        });
        return out.toString();
    }

    private static boolean encodable(PDFont font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
