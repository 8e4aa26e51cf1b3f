package ch.so.integration.segmentation.document;

import static ch.so.integration.platform.documents.PageLayout.ACCENT;
import static ch.so.integration.platform.documents.PageLayout.LEFT;
import static ch.so.integration.platform.documents.PageLayout.MUTED;
import static ch.so.integration.platform.documents.PageLayout.RIGHT;
import static ch.so.integration.platform.documents.PageLayout.RULE;
import static ch.so.integration.platform.documents.PageLayout.TEXT;
import static ch.so.integration.platform.documents.PdfText.clean;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import ch.so.integration.platform.documents.PdfText;
import ch.so.integration.platform.documents.PageLayout;

/**
 * A small A4 document in German, drawn with PDFBox 3 in the standard Helvetica (see {@link PdfText}): title, sections
 * of labelled rows, paragraphs and bullets, an optional signature block, and a footer with the document's title, id
 * and "Seite x von y". A pure function of its content: the same content gives the same bytes (fixed metadata dates
 * and document id), so a stored document's SHA-256 identifies it. Used for goal agreements (SG-06) and review file
 * notes (SG-07).
 */
public final class PdfDocument {

    public static final String CREATOR = "integration suite segmentation-service";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
    private static final float BODY = 9.5f;
    private static final float SMALL = 8f;
    private static final float LABEL_WIDTH = 150f;

    /** One section: a heading, then labelled rows, paragraphs and bullets (each may be empty). */
    public record Section(String heading, List<Row> rows, List<String> paragraphs, List<String> bullets) {
        public Section {
            Objects.requireNonNull(heading, "section heading is required");
            rows = List.copyOf(rows);
            paragraphs = List.copyOf(paragraphs);
            bullets = List.copyOf(bullets);
        }

        public static Section rows(String heading, Row... rows) {
            return new Section(heading, List.of(rows), List.of(), List.of());
        }
    }

    public record Row(String label, String value) {
        public Row {
            value = value == null ? "–" : value;
        }
    }

    /**
     * @param signatories the signature lines (e.g. "Klientin / Klient", "Sozialarbeiterin / Sozialarbeiter"); none
     *                    for a document without signatures
     */
    public record Content(UUID documentId, String title, String author, LocalDate documentDate,
                          List<Section> sections, List<String> signatories) {
        public Content {
            Objects.requireNonNull(documentId, "documentId is required");
            Objects.requireNonNull(title, "title is required");
            Objects.requireNonNull(author, "author is required");
            Objects.requireNonNull(documentDate, "documentDate is required");
            sections = List.copyOf(sections);
            signatories = List.copyOf(signatories);
        }
    }

    private PdfDocument() {
    }

    public static String date(LocalDate date) {
        return date == null ? "–" : DATE.format(date);
    }

    /** The hex SHA-256 of a document's bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] render(Content content) {
        Objects.requireNonNull(content, "content is required");
        try (PDDocument document = new PDDocument()) {
            PageLayout layout = new PageLayout(document);
            write(layout, content);
            layout.finish();
            decorate(layout, content);
            describe(document, content);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(PageLayout layout, Content content) throws IOException {
        layout.line(clean(content.author()), layout.regular, SMALL, MUTED, LEFT);
        layout.line(clean(date(content.documentDate())), layout.regular, SMALL, MUTED, LEFT);
        layout.space(10f);
        layout.paragraph(clean(content.title()), layout.bold, 15f, ACCENT, LEFT);
        layout.line(clean("Nr. " + content.documentId()), layout.regular, SMALL, MUTED, LEFT);
        layout.space(8f);
        int number = 1;
        for (Section section : content.sections()) {
            layout.ensure(40f);
            layout.space(6f);
            layout.line(clean(number++ + "  " + section.heading()), layout.bold, 11f, ACCENT, LEFT);
            layout.space(2f);
            for (Row row : section.rows()) {
                layout.row(row.label(), PdfText.paragraphs(row.value()).isEmpty() ? List.of("–")
                        : PdfText.paragraphs(row.value()), LABEL_WIDTH, BODY);
            }
            for (String paragraph : section.paragraphs()) {
                for (String cleaned : PdfText.paragraphs(paragraph)) {
                    layout.paragraph(cleaned, layout.regular, BODY, TEXT, LEFT);
                }
                layout.space(3f);
            }
            for (String bullet : section.bullets()) {
                layout.bullet(clean(bullet), BODY);
            }
        }
        if (!content.signatories().isEmpty()) {
            float height = 30f + content.signatories().size() * 48f;
            layout.ensure(height);
            layout.space(10f);
            layout.line(clean(number + "  Unterschriften"), layout.bold, 11f, ACCENT, LEFT);
            for (String signatory : content.signatories()) {
                layout.space(30f);
                float y = layout.y();
                layout.rule(LEFT, LEFT + 180f, y, TEXT, 0.6f);
                layout.rule(LEFT + 220f, RIGHT, y, TEXT, 0.6f);
                layout.text("Ort, Datum", layout.regular, SMALL, MUTED, LEFT, y - 10f);
                layout.text(clean(signatory), layout.regular, SMALL, MUTED, LEFT + 220f, y - 10f);
                layout.space(14f);
            }
        }
    }

    private static void decorate(PageLayout layout, Content content) throws IOException {
        List<PDPage> pages = layout.pages();
        String id = clean(content.title() + " Nr. " + content.documentId());
        for (int i = 0; i < pages.size(); i++) {
            layout.onPage(pages.get(i));
            layout.rule(LEFT, RIGHT, 54f, RULE, 0.5f);
            layout.text(id, layout.regular, SMALL, MUTED, LEFT, 42f);
            layout.textRight("Seite " + (i + 1) + " von " + pages.size(), layout.regular, SMALL, MUTED, RIGHT, 42f);
        }
        layout.finish();
    }

    private static void describe(PDDocument document, Content content) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(content.title());
        info.setSubject(content.title() + " " + content.documentId());
        info.setAuthor(content.author());
        info.setCreator(CREATOR);
        info.setProducer("Apache PDFBox");
        Calendar created = GregorianCalendar.from(content.documentDate().atStartOfDay(ZONE));
        info.setCreationDate(created);
        info.setModificationDate(created);
        document.getDocumentCatalog().setLanguage("de-CH");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
        byte[] id = ByteBuffer.allocate(16).putLong(content.documentId().getMostSignificantBits())
                .putLong(content.documentId().getLeastSignificantBits()).array();
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
}
