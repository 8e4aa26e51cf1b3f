package ch.so.integration.iiz.document;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;

import ch.so.integration.platform.documents.PdfText;
import ch.so.integration.platform.documents.PageLayout;
import ch.so.integration.iiz.situation.api.SituationReportContent;
import ch.so.integration.iiz.situation.api.SituationReportContent.Fact;
import ch.so.integration.iiz.situation.api.SituationReportContent.InstitutionFacts;
import ch.so.integration.iiz.situation.api.SituationReportContent.TopicAnswer;

/**
 * Renders the structured situation report (Situationsbeschreibung, IZ-04) as an A4 PDF in German: the questionnaire
 * of the social-assistance body topic by topic, the institutions' facts, the client's view (or that no talk took
 * place), with the case id, version and "Seite x von y" on every page. Helvetica/WinAnsi as intake's agreement
 * (see {@link PdfText}). Ids only: the report names no client.
 */
public final class SituationReportDocument {

    public static final String CREATOR = "integration suite iiz-service";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
    private static final float BODY = 9.5f;
    private static final float SMALL = 8f;

    private SituationReportDocument() {
    }

    public static byte[] render(SituationReportContent content) {
        if (content == null) {
            throw new IllegalArgumentException("content is required");
        }
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
            throw new UncheckedIOException("could not render situation report " + content.reportId(), e);
        }
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static void write(PageLayout layout, SituationReportContent content) throws IOException {
        layout.line("iiz-Netzwerk Kanton Solothurn", layout.bold, 10.5f, TEXT, LEFT);
        layout.space(14f);
        layout.line("Situationsbeschreibung", layout.bold, 19f, ACCENT, LEFT);
        layout.line(clean("Fall " + content.caseId() + " – Version " + content.version() + " vom "
                + date(content.issuedOn())), layout.regular, 9f, MUTED, LEFT);
        layout.space(6f);
        layout.paragraph("Die Informationen und Facheinschätzungen der beteiligten Stellen, ergänzt durch die "
                + "Sichtweise der angemeldeten Person. Der Bericht steht allen Beteiligten des Fallteams zur Verfügung; "
                + "das Sozialhilfeorgan erhält ihn von der Koordinationsperson.", layout.regular, BODY, TEXT, LEFT);

        heading(layout, "1. Angaben des Sozialhilfeorgans");
        for (TopicAnswer answer : content.questionnaire()) {
            layout.ensure(40f);
            layout.paragraph(clean(answer.question()), layout.bold, BODY, TEXT, LEFT);
            if (answer.since() != null) {
                layout.paragraph(clean("Seit " + date(answer.since())), layout.regular, BODY, TEXT, LEFT + 10f);
            }
            for (String paragraph : PdfText.paragraphs(answer.answer())) {
                layout.paragraph(paragraph, layout.regular, BODY, TEXT, LEFT + 10f);
            }
            layout.paragraph(clean("(" + answer.source() + ", " + date(answer.answeredOn()) + ")"), layout.regular,
                    SMALL, MUTED, LEFT + 10f);
            layout.space(4f);
        }

        heading(layout, "2. Facheinschätzungen der Institutionen");
        if (content.facts().isEmpty()) {
            layout.paragraph("Keine.", layout.regular, BODY, TEXT, LEFT);
        }
        for (InstitutionFacts institution : content.facts()) {
            layout.ensure(30f);
            layout.paragraph(clean(institution.source()), layout.bold, BODY, TEXT, LEFT);
            for (Fact fact : institution.facts()) {
                List<String> paragraphs = PdfText.paragraphs(fact.text());
                for (String paragraph : paragraphs) {
                    layout.bullet(paragraph, BODY);
                }
                layout.paragraph(clean("(" + date(fact.addedOn()) + ")"), layout.regular, SMALL, MUTED, LEFT + 14f);
            }
            layout.space(4f);
        }

        heading(layout, "3. Sichtweise der Klientin / des Klienten");
        if (content.clientView() == null) {
            layout.paragraph("Es fand kein Gespräch zwischen Koordinationsperson und Klientin / Klient statt.",
                    layout.regular, BODY, TEXT, LEFT);
        } else {
            layout.paragraph(clean("Gespräch mit der Koordinationsperson vom " + date(content.clientView().talkOn())),
                    layout.regular, SMALL, MUTED, LEFT);
            for (String paragraph : PdfText.paragraphs(content.clientView().text())) {
                layout.paragraph(paragraph, layout.regular, BODY, TEXT, LEFT);
            }
        }
    }

    private static void heading(PageLayout layout, String title) throws IOException {
        layout.space(10f);
        layout.ensure(50f);
        layout.line(clean(title), layout.bold, 12f, ACCENT, LEFT);
        layout.space(3f);
    }

    private static void decorate(PageLayout layout, SituationReportContent content) throws IOException {
        List<PDPage> pages = layout.pages();
        String id = clean("Situationsbeschreibung Fall " + content.caseId() + ", Version " + content.version());
        for (int i = 0; i < pages.size(); i++) {
            layout.onPage(pages.get(i));
            layout.rule(LEFT, RIGHT, 54f, RULE, 0.5f);
            layout.text(id, layout.regular, SMALL, MUTED, LEFT, 42f);
            layout.textRight("Seite " + (i + 1) + " von " + pages.size(), layout.regular, SMALL, MUTED, RIGHT, 42f);
        }
        layout.finish();
    }

    private static void describe(PDDocument document, SituationReportContent content) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Situationsbeschreibung Fall " + content.caseId() + " Version " + content.version());
        info.setCreator(CREATOR);
        info.setProducer("Apache PDFBox");
        Calendar created = GregorianCalendar.from(content.issuedOn().atStartOfDay(ZONE));
        info.setCreationDate(created);
        info.setModificationDate(created);
        document.getDocumentCatalog().setLanguage("de-CH");
    }
}
