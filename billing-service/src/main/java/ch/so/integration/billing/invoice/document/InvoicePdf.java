package ch.so.integration.billing.invoice.document;

import static ch.so.integration.platform.documents.PdfText.clean;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import net.codecrete.qrbill.canvas.PDFCanvas;
import net.codecrete.qrbill.generator.Bill;
import net.codecrete.qrbill.generator.QRBill;

import ch.so.integration.platform.documents.PdfText;
import ch.so.integration.billing.creditor.CreditorAccount;

/**
 * Renders an {@link InvoiceDocument} as an A4 PDF in German: the creditor's letterhead, the debtor's address block
 * (right, for a window envelope), the title (Rechnung / Korrekturrechnung / Gutschrift, with "bezieht sich auf
 * Rechnung Nr. …"), number, issue date and month, the lines table (participant, reference, rule, text with its
 * arithmetic, amount; long texts wrap, rows never split across pages, the table header repeats on every page), the
 * subtotal, the rounding line and the total. When the document has a QR-bill ({@code qrBill} and not a credit note),
 * the Swiss QR-bill payment part and receipt fill the bottom 105 mm of the last page (a new page when the totals
 * leave no room). Every page carries "Rechnung Nr. … · Seite x von y" at its top.
 *
 * <p>A pure function: the same document gives the same bytes (the PDF's dates are the issue date, its id a hash of
 * the number). Text is set in the standard Helvetica (WinAnsi, not embedded), like the suite's other documents.
 */
public final class InvoicePdf {

    public static final String MEDIA_TYPE = "application/pdf";
    public static final String CREATOR = "integration suite billing-service";

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final ZoneId ZONE = ZoneId.of("Europe/Zurich");

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MM = 72f / 25.4f;
    private static final float LEFT = 20 * MM;
    private static final float RIGHT = PAGE.getWidth() - 18 * MM;
    private static final float TOP = PAGE.getHeight() - 20 * MM;
    private static final float BOTTOM = 18 * MM;
    /** The QR-bill (payment part and receipt, 105 mm) and the scissors line above it. */
    private static final float QR_BILL_HEIGHT = 112 * MM;

    private static final float[] TEXT = {0.10f, 0.10f, 0.10f};
    private static final float[] MUTED = {0.40f, 0.40f, 0.40f};
    private static final float[] RULE = {0.70f, 0.70f, 0.70f};
    private static final float[] ACCENT = {0.09f, 0.24f, 0.40f};

    private static final float TABLE = 8f;
    private static final float BODY = 9.5f;
    private static final float GAP = 6f;
    /** Column widths: participant, reference, rule, text (the rest), amount. */
    private static final float COL_PARTICIPANT = 92f;
    private static final float COL_REFERENCE = 72f;
    private static final float COL_RULE = 46f;
    private static final float COL_AMOUNT = 66f;

    private InvoicePdf() {
    }

    /**
     * @return the PDF's bytes
     * @throws IllegalArgumentException when the document is null, or its QR-bill does not validate (e.g. an invalid
     *                                  IBAN, a QR-IBAN with a creditor reference, an amount of 0 or less)
     */
    public static byte[] render(InvoiceDocument document) {
        if (document == null) {
            throw new IllegalArgumentException("document is required");
        }
        Bill bill = QrBills.attached(document) ? QrBills.bill(document) : null;
        try (PDDocument pdf = new PDDocument()) {
            Writer writer = new Writer(pdf, document);
            writer.write();
            if (bill != null) {
                writer.reserveBottom(QR_BILL_HEIGHT);
            }
            writer.close();
            writer.pageNumbers();
            if (bill != null) {
                try (PDFCanvas canvas = new PDFCanvas(pdf, PDFCanvas.LAST_PAGE)) {
                    QRBill.draw(bill, canvas);
                }
            }
            describe(pdf, document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render invoice " + document.number(), e);
        }
    }

    /** "Rechnung", "Korrekturrechnung" or "Gutschrift". */
    static String title(String kind) {
        return switch (kind) {
            case "CORRECTION" -> "Korrekturrechnung";
            case "CREDIT_NOTE" -> "Gutschrift";
            default -> "Rechnung";
        };
    }

    /** Swiss amount format with apostrophes, e.g. {@code 1'736.00}, {@code -12.50}. */
    static String amount(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal scaled = value.setScale(2, java.math.RoundingMode.HALF_UP);
        String plain = scaled.abs().toPlainString();
        int dot = plain.indexOf('.');
        StringBuilder integer = new StringBuilder(plain.substring(0, dot));
        for (int i = integer.length() - 3; i > 0; i -= 3) {
            integer.insert(i, '\'');
        }
        return (scaled.signum() < 0 ? "-" : "") + integer + plain.substring(dot);
    }

    private static void describe(PDDocument pdf, InvoiceDocument document) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title(document.kind()) + " " + document.number());
        info.setSubject(title(document.kind()) + " " + document.number()
                + (document.month() == null ? "" : ", Leistungsmonat " + QrBills.MONTH.format(document.month())));
        info.setAuthor(document.creditor().name());
        info.setKeywords(title(document.kind()) + ", " + document.number());
        info.setCreator(CREATOR);
        info.setProducer("Apache PDFBox");
        LocalDate day = document.issueDate() == null ? LocalDate.of(2000, 1, 1) : document.issueDate();
        Calendar created = GregorianCalendar.from(day.atStartOfDay(ZONE));
        info.setCreationDate(created);
        info.setModificationDate(created);

        pdf.getDocumentCatalog().setLanguage("de-CH");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(preferences);

        byte[] id = Arrays.copyOf(sha256(document.kind() + ":" + document.number()), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lays the document out top to bottom, page by page. */
    private static final class Writer {

        private final PDDocument pdf;
        private final InvoiceDocument document;
        private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument pdf, InvoiceDocument document) {
            this.pdf = pdf;
            this.document = document;
        }

        void write() throws IOException {
            newPage();
            letterhead();
            addresses();
            heading();
            table();
            totals();
        }

        private void letterhead() throws IOException {
            CreditorAccount creditor = document.creditor();
            line(clean(creditor.name()), bold, 11f, ACCENT, LEFT);
            String street = join(creditor.street(), creditor.houseNumber());
            if (!street.isEmpty()) {
                line(clean(street), regular, 8.5f, MUTED, LEFT);
            }
            line(clean(join(creditor.postalCode(), creditor.town())), regular, 8.5f, MUTED, LEFT);
            line(clean("IBAN " + formatIban(creditor.iban())), regular, 8.5f, MUTED, LEFT);
        }

        /** The debtor's address block at the right, where a Swiss window envelope shows it. */
        private void addresses() throws IOException {
            float x = 118 * MM;
            float top = PAGE.getHeight() - 50 * MM;
            float lineY = top;
            List<String> lines = new ArrayList<>();
            lines.add(clean(document.debtorName()));
            document.debtorAddress().forEach(l -> lines.add(clean(l)));
            boolean first = true;
            for (String address : lines) {
                for (String wrapped : PdfText.wrap(address, regular, 10f, RIGHT - x)) {
                    text(wrapped, first ? bold : regular, 10f, TEXT, x, lineY);
                    lineY -= leading(10f);
                }
                first = false;
            }
            y = Math.min(y, Math.min(lineY, PAGE.getHeight() - 90 * MM));
        }

        private void heading() throws IOException {
            space(10f);
            line(clean(title(document.kind()) + " Nr. " + document.number()), bold, 16f, ACCENT, LEFT);
            if (document.corrects() != null) {
                line(clean("bezieht sich auf Rechnung Nr. " + document.corrects()), regular, BODY, TEXT, LEFT);
            }
            space(4f);
            meta("Rechnungsdatum", document.issueDate() == null ? "" : DATE.format(document.issueDate()));
            meta("Leistungsmonat", document.month() == null ? "" : QrBills.MONTH.format(document.month()));
            meta("Währung", document.currency());
            if (QrBills.attached(document) && QrBills.reference(document) != null) {
                meta("Referenz", formatReference(QrBills.reference(document)));
            }
            space(10f);
        }

        private void meta(String label, String value) throws IOException {
            ensure(leading(BODY));
            text(clean(label), regular, BODY, MUTED, LEFT, y - BODY);
            text(clean(value), regular, BODY, TEXT, LEFT + 95f, y - BODY);
            y -= leading(BODY);
        }

        private float textX() {
            return LEFT + COL_PARTICIPANT + COL_REFERENCE + COL_RULE;
        }

        private float textWidth() {
            return RIGHT - COL_AMOUNT - textX() - GAP;
        }

        private void tableHeader() throws IOException {
            float size = TABLE;
            text("Teilnehmer/in", bold, size, TEXT, LEFT, y - size);
            text("Referenz", bold, size, TEXT, LEFT + COL_PARTICIPANT, y - size);
            text("Regel", bold, size, TEXT, LEFT + COL_PARTICIPANT + COL_REFERENCE, y - size);
            text("Leistung und Berechnung", bold, size, TEXT, textX(), y - size);
            textRight("Betrag " + document.currency(), bold, size, TEXT, RIGHT, y - size);
            y -= leading(size) + 2f;
            rule(LEFT, RIGHT, y + 1f, RULE, 0.6f);
            y -= 3f;
        }

        private void table() throws IOException {
            tableHeader();
            String previous = null;
            for (InvoiceDocument.Line line : document.lines()) {
                String participant = line.participant() == null ? "" : clean(line.participant());
                List<String> who = participant.equals(previous) ? List.of("")
                        : PdfText.wrap(participant, regular, TABLE, COL_PARTICIPANT - GAP);
                List<String> reference = PdfText.wrap(clean(line.reference()), regular, TABLE, COL_REFERENCE - GAP);
                List<String> rule = PdfText.wrap(clean(line.rule()), regular, TABLE, COL_RULE - GAP);
                List<String> text = PdfText.wrap(clean(line.text()), regular, TABLE, textWidth());
                int rows = Math.max(Math.max(who.size(), reference.size()), Math.max(rule.size(), text.size()));
                float height = rows * leading(TABLE) + 3f;
                if (y - height < BOTTOM) {
                    newPage();
                    continuation();
                    tableHeader();
                    who = PdfText.wrap(participant, regular, TABLE, COL_PARTICIPANT - GAP);
                    rows = Math.max(rows, who.size());
                }
                for (int i = 0; i < rows; i++) {
                    float baseline = y - TABLE;
                    cell(who, i, LEFT, baseline);
                    cell(reference, i, LEFT + COL_PARTICIPANT, baseline);
                    cell(rule, i, LEFT + COL_PARTICIPANT + COL_REFERENCE, baseline);
                    cell(text, i, textX(), baseline);
                    if (i == 0) {
                        textRight(amount(line.amount()), regular, TABLE, TEXT, RIGHT, baseline);
                    }
                    y -= leading(TABLE);
                }
                y -= 3f;
                previous = participant;
            }
            rule(LEFT, RIGHT, y + 1f, RULE, 0.6f);
            y -= 4f;
        }

        private void cell(List<String> lines, int index, float x, float baseline) throws IOException {
            if (index < lines.size()) {
                text(lines.get(index), regular, TABLE, TEXT, x, baseline);
            }
        }

        private void totals() throws IOException {
            List<String> rounding = document.roundingText() == null || document.roundingText().isBlank()
                    ? List.of() : PdfText.wrap(clean(document.roundingText()), regular, TABLE, textWidth());
            float height = leading(BODY) * 2 + rounding.size() * leading(TABLE) + 12f;
            if (y - height < BOTTOM) {
                newPage();
                continuation();
            }
            total("Zwischentotal", document.subtotal(), regular);
            if (!rounding.isEmpty()) {
                for (int i = 0; i < rounding.size(); i++) {
                    text(rounding.get(i), regular, TABLE, MUTED, textX(), y - TABLE);
                    if (i == 0) {
                        textRight(amount(document.roundingAmount()), regular, TABLE, TEXT, RIGHT, y - TABLE);
                    }
                    y -= leading(TABLE);
                }
                y -= 2f;
            }
            rule(textX(), RIGHT, y + 1f, TEXT, 0.8f);
            y -= 3f;
            String label = "CREDIT_NOTE".equals(document.kind()) ? "Gutschrift total" : "Total";
            total(label + " " + document.currency(), document.total(), bold);
            if ("CREDIT_NOTE".equals(document.kind())) {
                space(6f);
                line("Der Betrag wird Ihnen gutgeschrieben.", regular, BODY, TEXT, LEFT);
            } else if (QrBills.attached(document)) {
                space(6f);
                line("Bitte bezahlen Sie den Betrag mit dem QR-Einzahlungsschein unten.", regular, BODY, TEXT, LEFT);
            }
        }

        private void total(String label, BigDecimal value, PDFont font) throws IOException {
            text(clean(label), font, BODY, TEXT, textX(), y - BODY);
            textRight(amount(value), font, BODY, TEXT, RIGHT, y - BODY);
            y -= leading(BODY);
        }

        private void continuation() throws IOException {
            line(clean(title(document.kind()) + " Nr. " + document.number() + " (Fortsetzung)"), bold, BODY, ACCENT,
                    LEFT);
            space(6f);
        }

        /** Starts a new page unless the content ends {@code height} points or more above the page's bottom edge. */
        void reserveBottom(float height) throws IOException {
            if (y < height + 4f) {
                newPage();
            }
        }

        void close() throws IOException {
            stream.close();
            stream = null;
        }

        /** "Rechnung Nr. … · Seite x von y" at the top right of every page. */
        void pageNumbers() throws IOException {
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream top = new PDPageContentStream(pdf, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    stream = top;
                    textRight(clean(title(document.kind()) + " Nr. " + document.number() + " · Seite " + (i + 1)
                            + " von " + pages.size()), regular, 7.5f, MUTED, RIGHT, PAGE.getHeight() - 12 * MM);
                }
            }
            stream = null;
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PAGE);
            pdf.addPage(page);
            pages.add(page);
            stream = new PDPageContentStream(pdf, page);
            y = TOP;
        }

        private void ensure(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        private void space(float points) {
            y -= points;
        }

        private void line(String cleaned, PDFont font, float size, float[] color, float x) throws IOException {
            for (String wrapped : PdfText.wrap(cleaned, font, size, RIGHT - x)) {
                ensure(leading(size));
                text(wrapped, font, size, color, x, y - size);
                y -= leading(size);
            }
        }

        private void text(String cleaned, PDFont font, float size, float[] color, float x, float baseline)
                throws IOException {
            if (cleaned == null || cleaned.isEmpty()) {
                return;
            }
            stream.beginText();
            stream.setFont(font, size);
            stream.setNonStrokingColor(color[0], color[1], color[2]);
            stream.newLineAtOffset(x, baseline);
            stream.showText(cleaned);
            stream.endText();
        }

        private void textRight(String cleaned, PDFont font, float size, float[] color, float right, float baseline)
                throws IOException {
            text(cleaned, font, size, color, right - PdfText.width(cleaned, font, size), baseline);
        }

        private void rule(float x1, float x2, float atY, float[] color, float width) throws IOException {
            stream.setStrokingColor(color[0], color[1], color[2]);
            stream.setLineWidth(width);
            stream.moveTo(x1, atY);
            stream.lineTo(x2, atY);
            stream.stroke();
        }

        private static float leading(float size) {
            return size * 1.3f;
        }

        private static String join(String a, String b) {
            String left = a == null ? "" : a.strip();
            String right = b == null ? "" : b.strip();
            return (left + " " + right).strip();
        }
    }

    /** An IBAN in groups of four. */
    static String formatIban(String iban) {
        String compact = iban == null ? "" : iban.replace(" ", "");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < compact.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(compact, i, Math.min(compact.length(), i + 4));
        }
        return out.toString();
    }

    /** A QR reference as 2 + 5×5 digits, a creditor reference in groups of four. */
    static String formatReference(String reference) {
        String compact = reference.replace(" ", "");
        if (compact.startsWith("RF")) {
            return formatIban(compact);
        }
        StringBuilder out = new StringBuilder(compact.substring(0, Math.min(2, compact.length())));
        for (int i = 2; i < compact.length(); i += 5) {
            out.append(' ').append(compact, i, Math.min(compact.length(), i + 5));
        }
        return out.toString();
    }
}
