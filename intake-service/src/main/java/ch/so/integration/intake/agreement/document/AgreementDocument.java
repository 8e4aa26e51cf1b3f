package ch.so.integration.intake.agreement.document;

import static ch.so.integration.platform.documents.PageLayout.ACCENT;
import static ch.so.integration.platform.documents.PageLayout.LEFT;
import static ch.so.integration.platform.documents.PageLayout.MUTED;
import static ch.so.integration.platform.documents.PageLayout.RIGHT;
import static ch.so.integration.platform.documents.PageLayout.RULE;
import static ch.so.integration.platform.documents.PageLayout.TEXT;
import static ch.so.integration.platform.documents.PageLayout.WIDTH;
import static ch.so.integration.platform.documents.PdfText.clean;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
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
import ch.so.integration.intake.agreement.document.AgreementContent.Financing;
import ch.so.integration.intake.agreement.document.AgreementContent.Line;
import ch.so.integration.intake.agreement.document.AgreementContent.NoticePeriod;
import ch.so.integration.intake.agreement.document.AgreementContent.Placement;

/**
 * Renders the participation agreement (Teilnahmevereinbarung, DC-12) as an A4 PDF in German: parties, placement,
 * work areas, Pensum, financing, notice period (DC-13), the collaboration rules as annex and the signature block, with
 * the agreement id and "Seite x von y" on every page. A pure function: the same content gives the same bytes.
 *
 * <p>Text is set in the standard 14 Helvetica (WinAnsiEncoding, not embedded); see {@link PdfText} for characters
 * outside it.
 */
public final class AgreementDocument {

    /** The PDF's creator entry. */
    public static final String CREATOR = "integration suite intake-service";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final ZoneId ZONE = ZoneId.of("Europe/Zurich");

    private static final float BODY = 9.5f;
    private static final float SMALL = 8f;
    private static final float LABEL_WIDTH = 150f;

    private AgreementDocument() {
    }

    /**
     * @return the PDF's bytes
     * @throws IllegalArgumentException when {@code content} is {@code null} (its own fields are checked when it is
     *                                  built)
     */
    public static byte[] render(AgreementContent content) {
        if (content == null) {
            throw new IllegalArgumentException("content is required");
        }
        try (PDDocument document = new PDDocument()) {
            PageLayout layout = new PageLayout(document);
            new Writer(layout, content).write();
            layout.finish();
            decorate(layout, content);
            describe(document, content);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render participation agreement " + content.agreementId(), e);
        }
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** The body, section by section. */
    private static final class Writer {

        private final PageLayout layout;
        private final AgreementContent content;
        private int section;

        Writer(PageLayout layout, AgreementContent content) {
            this.layout = layout;
            this.content = content;
        }

        void write() throws IOException {
            letterhead();
            parties();
            placement();
            workAreas();
            financing();
            noticePeriod();
            remarks();
            annex();
            signatures();
        }

        private void letterhead() throws IOException {
            float top = layout.y();
            layout.textRight(clean("Datum: " + date(content.documentDate())), layout.regular, 9f, MUTED, RIGHT,
                    top - 10.5f);
            for (String name : PdfText.wrap(clean(content.institution().name()), layout.bold, 10.5f, WIDTH * 0.6f)) {
                layout.line(name, layout.bold, 10.5f, TEXT, LEFT);
            }
            for (String address : content.institution().addressLines()) {
                for (String wrapped : PdfText.wrap(clean(address), layout.regular, 9f, WIDTH * 0.6f)) {
                    layout.line(wrapped, layout.regular, 9f, MUTED, LEFT);
                }
            }
            layout.space(16f);
            layout.line("Teilnahmevereinbarung", layout.bold, 19f, ACCENT, LEFT);
            layout.line(clean("Vereinbarung Nr. " + content.agreementId()), layout.regular, 9f, MUTED, LEFT);
            layout.space(6f);
            layout.paragraph("Diese Vereinbarung hält die wichtigsten Punkte der Teilnahme fest. Sie wird von beiden "
                    + "Parteien unterschrieben und von der Institution aufbewahrt.", layout.regular, BODY, TEXT, LEFT);
        }

        private void parties() throws IOException {
            heading("Parteien");
            List<String> institution = new ArrayList<>();
            institution.add(clean(content.institution().name()));
            if (!content.institution().addressLines().isEmpty()) {
                institution.add(clean(String.join(", ", content.institution().addressLines())));
            }
            layout.row("Institution", institution, LABEL_WIDTH, BODY);
            layout.row("Teilnehmerin / Teilnehmer", List.of(clean(content.participant().fullName()),
                    "geboren am " + date(content.participant().dateOfBirth())), LABEL_WIDTH, BODY);
        }

        private void placement() throws IOException {
            Placement placement = content.placement();
            heading("Platzierung");
            row("Platzierungsart", placement.typeLabel());
            row("Beginn", date(placement.startDate()));
            row("Geplantes Ende", placement.plannedEndDate() == null ? "offen" : date(placement.plannedEndDate()));
            if (placement.pensumPercent() != null) {
                row("Pensum", placement.pensumPercent() + " %");
            }
            for (Line detail : placement.details()) {
                row(detail.label(), detail.value());
            }
        }

        private void workAreas() throws IOException {
            List<String> areas = content.placement().workAreas();
            if (areas.isEmpty()) {
                return;
            }
            heading("Arbeitsbereiche");
            for (String area : areas) {
                layout.bullet(clean(area), BODY);
            }
        }

        private void financing() throws IOException {
            Financing financing = content.financing();
            heading("Finanzierung");
            row("Finanzierungsart", financing.instrumentLabel());
            row("Kostenträger", financing.debtorLabel());
            if (financing.reference() != null) {
                row("Referenz", financing.reference());
            }
            if (financing.participantShare() != null) {
                row("Anteil Teilnehmende", financing.participantShare());
            }
        }

        private void noticePeriod() throws IOException {
            NoticePeriod notice = content.noticePeriod();
            heading("Kündigungsfrist");
            String days = notice.days() == null ? null : notice.days() + (notice.days() == 1 ? " Tag" : " Tage");
            String period = notice.text() == null ? days
                    : days == null ? notice.text() : notice.text() + " (" + days + ")";
            layout.row("Frist", List.of(clean(period), "Austritt und Kündigungsfristen richten sich nach "
                    + "dem Betreuungsvertrag, dieser Vereinbarung und der Taxordnung."), LABEL_WIDTH, BODY);
        }

        private void remarks() throws IOException {
            if (content.remarks() == null) {
                return;
            }
            heading("Weitere Vereinbarungen");
            for (String paragraph : PdfText.paragraphs(content.remarks())) {
                layout.paragraph(paragraph, layout.regular, BODY, TEXT, LEFT);
                layout.space(4f);
            }
        }

        private void annex() throws IOException {
            heading("Beilage");
            layout.row("Regeln der Zusammenarbeit", List.of(clean("«" + content.collaborationRules().title().strip()
                    + "», " + content.collaborationRules().version().strip()), "Das Dokument hält die Regeln der "
                    + "Zusammenarbeit fest. Es wird der Teilnehmerin oder dem Teilnehmer zugestellt und beim Eintritt "
                    + "erklärt."), LABEL_WIDTH, BODY);
        }

        private void signatures() throws IOException {
            float block = 100f;
            heading("Unterschriften", block);
            AgreementContent.Signatures signatures = content.signatures();
            float gap = 34f;
            float column = (WIDTH - gap) / 2f;
            String participant = signatures.participantSignatory() != null
                    ? signatures.participantSignatory() : content.participant().fullName();
            String institution = signatures.institutionSignatory() != null
                    ? signatures.institutionSignatory() : content.institution().name();
            signatureColumn(LEFT, column, "Teilnehmerin / Teilnehmer", participant, signatures.place());
            signatureColumn(LEFT + column + gap, column, "Für die Institution", institution, signatures.place());
            layout.space(block);
        }

        private void signatureColumn(float x, float width, String caption, String name, String place)
                throws IOException {
            float top = layout.y();
            layout.text(clean(caption), layout.bold, BODY, TEXT, x, top - BODY);
            float placeLine = top - 36f;
            if (place != null) {
                layout.text(clean(place) + ",", layout.regular, BODY, TEXT, x, placeLine + 4f);
            }
            layout.rule(x, x + width, placeLine, MUTED, 0.6f);
            layout.text("Ort, Datum", layout.regular, SMALL, MUTED, x, placeLine - 10f);
            float signatureLine = top - 70f;
            layout.rule(x, x + width, signatureLine, MUTED, 0.6f);
            layout.text("Unterschrift", layout.regular, SMALL, MUTED, x, signatureLine - 10f);
            List<String> lines = PdfText.wrap(clean(name), layout.regular, 9f, width);
            for (int i = 0; i < Math.min(2, lines.size()); i++) {
                layout.text(lines.get(i), layout.regular, 9f, TEXT, x, signatureLine - 22f - i * 11f);
            }
        }

        private void row(String label, String value) throws IOException {
            layout.row(label, List.of(clean(value)), LABEL_WIDTH, BODY);
        }

        private void heading(String title) throws IOException {
            heading(title, 3 * PageLayout.leading(BODY));
        }

        /** A numbered section heading, kept on one page with the next {@code keepWith} points. */
        private void heading(String title, float keepWith) throws IOException {
            section++;
            float size = 11f;
            layout.space(9f);
            layout.ensure(size + 11f + keepWith);
            float baseline = layout.y() - size;
            layout.text(section + ".", layout.bold, size, ACCENT, LEFT, baseline);
            layout.text(clean(title), layout.bold, size, ACCENT, LEFT + 20f, baseline);
            layout.rule(LEFT, RIGHT, baseline - 5f, RULE, 0.5f);
            layout.space(size + 11f);
        }
    }

    /** Running header from page 2 on, and the footer with agreement id and "Seite x von y" on every page. */
    private static void decorate(PageLayout layout, AgreementContent content) throws IOException {
        List<PDPage> pages = layout.pages();
        String id = clean("Teilnahmevereinbarung Nr. " + content.agreementId());
        String running = clean("Teilnahmevereinbarung – " + content.participant().fullName());
        float headerBaseline = PageLayout.PAGE.getHeight() - 40f;
        for (int i = 0; i < pages.size(); i++) {
            layout.onPage(pages.get(i));
            if (i > 0) {
                layout.text(running, layout.regular, SMALL, MUTED, LEFT, headerBaseline);
                layout.textRight(clean(content.institution().name()), layout.regular, SMALL, MUTED, RIGHT,
                        headerBaseline);
                layout.rule(LEFT, RIGHT, headerBaseline - 6f, RULE, 0.5f);
            }
            layout.rule(LEFT, RIGHT, 54f, RULE, 0.5f);
            layout.text(id, layout.regular, SMALL, MUTED, LEFT, 42f);
            layout.textRight("Seite " + (i + 1) + " von " + pages.size(), layout.regular, SMALL, MUTED, RIGHT, 42f);
        }
        layout.finish();
    }

    /** Metadata, language and a fixed document id so that the same content gives the same bytes. */
    private static void describe(PDDocument document, AgreementContent content) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Teilnahmevereinbarung " + content.participant().fullName());
        info.setSubject("Teilnahmevereinbarung " + content.agreementId() + ": " + content.placement().typeLabel()
                + ", Beginn " + date(content.placement().startDate()));
        info.setAuthor(content.institution().name());
        info.setKeywords("Teilnahmevereinbarung, " + content.agreementId());
        info.setCreator(CREATOR);
        info.setProducer("Apache PDFBox");
        Calendar created = GregorianCalendar.from(content.documentDate().atStartOfDay(ZONE));
        info.setCreationDate(created);
        info.setModificationDate(created);

        document.getDocumentCatalog().setLanguage("de-CH");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);

        byte[] id = uuidBytes(content.agreementId());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] uuidBytes(UUID uuid) {
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array();
    }
}
