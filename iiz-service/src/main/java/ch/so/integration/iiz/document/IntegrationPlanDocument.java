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
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;

import ch.so.integration.platform.documents.PdfText;
import ch.so.integration.platform.documents.PageLayout;

/**
 * Renders a version of the integration plan (Integrationsplan, IZ-08) as an A4 PDF in German: the measures with
 * deadline and responsibility, the team's approvals, and the signature block of coordinator and client for the
 * kickoff (blank lines for a draft, the names and date once signed). Case id, version and "Seite x von y" on every
 * page. A pure function of its content.
 */
public final class IntegrationPlanDocument {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
    private static final float BODY = 9.5f;
    private static final float SMALL = 8f;
    private static final float LABEL_WIDTH = 120f;

    private IntegrationPlanDocument() {
    }

    public static byte[] render(PlanContent content) {
        if (content == null) {
            throw new IllegalArgumentException("content is required");
        }
        try (PDDocument document = new PDDocument()) {
            PageLayout layout = new PageLayout(document);
            write(layout, content);
            layout.finish();
            decorate(layout, content);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Integrationsplan Fall " + content.caseId() + " Version " + content.version());
            info.setCreator(SituationReportDocument.CREATOR);
            info.setProducer("Apache PDFBox");
            GregorianCalendar created = GregorianCalendar.from(content.documentDate().atStartOfDay(ZONE));
            info.setCreationDate(created);
            info.setModificationDate(created);
            document.getDocumentCatalog().setLanguage("de-CH");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render integration plan of case " + content.caseId(), e);
        }
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static void write(PageLayout layout, PlanContent content) throws IOException {
        layout.line("iiz-Netzwerk Kanton Solothurn", layout.bold, 10.5f, TEXT, LEFT);
        layout.space(14f);
        layout.line("Integrationsplan", layout.bold, 19f, ACCENT, LEFT);
        String state = switch (content.status()) {
            case "SIGNED" -> "unterzeichnet, in Kraft";
            case "SUPERSEDED" -> "abgelöst durch eine spätere Version";
            default -> "Entwurf (Revision " + content.revision() + ")";
        };
        layout.line(clean("Fall " + content.caseId() + " – Version " + content.version() + ", " + state),
                layout.regular, 9f, MUTED, LEFT);
        layout.space(6f);
        layout.paragraph("Die am Runden Tisch vereinbarten verbindlichen Integrationsmassnahmen mit Fristen und "
                + "Zuständigkeiten. Der Plan wird vom Fallteam gegengelesen und im Kickoff-Gespräch von "
                + "Koordinationsperson und Klientin / Klient unterzeichnet.", layout.regular, BODY, TEXT, LEFT);

        heading(layout, "Massnahmen");
        int number = 1;
        for (PlanContent.Measure measure : content.measures()) {
            layout.ensure(50f);
            layout.paragraph(clean(number++ + ". " + measure.title()), layout.bold, BODY, TEXT, LEFT);
            List<String> description = PdfText.paragraphs(measure.description());
            if (!description.isEmpty()) {
                layout.row("Beschreibung", description, LABEL_WIDTH, BODY);
            }
            layout.row("Frist", List.of(clean(date(measure.deadline()))), LABEL_WIDTH, BODY);
            layout.row("Zuständig", List.of(clean(measure.responsible())), LABEL_WIDTH, BODY);
            layout.space(4f);
        }

        heading(layout, "Gegengelesen");
        layout.paragraph(content.approvedBy().isEmpty() ? "Noch keine Zustimmung des Fallteams."
                : clean("Zugestimmt: " + String.join(", ", content.approvedBy())), layout.regular, BODY, TEXT, LEFT);

        heading(layout, "Unterschriften (Kickoff-Gespräch)");
        PlanContent.Signatures signatures = content.signatures();
        layout.ensure(90f);
        layout.row("Datum", List.of(signatures == null ? "" : clean(date(signatures.kickoffOn()))), LABEL_WIDTH, BODY);
        layout.space(28f);
        float lineY = layout.y();
        float middle = LEFT + (RIGHT - LEFT) / 2f;
        layout.rule(LEFT, middle - 15f, lineY, TEXT, 0.6f);
        layout.rule(middle + 15f, RIGHT, lineY, TEXT, 0.6f);
        layout.space(4f);
        float labelY = layout.y() - SMALL;
        layout.text(clean("Koordinationsperson" + (signatures == null ? "" : ": " + signatures.coordinator())),
                layout.regular, SMALL, MUTED, LEFT, labelY);
        layout.text(clean("Klientin / Klient" + (signatures == null ? "" : ": " + signatures.client())),
                layout.regular, SMALL, MUTED, middle + 15f, labelY);
        layout.space(PageLayout.leading(SMALL));
    }

    private static void heading(PageLayout layout, String title) throws IOException {
        layout.space(10f);
        layout.ensure(50f);
        layout.line(clean(title), layout.bold, 12f, ACCENT, LEFT);
        layout.space(3f);
    }

    private static void decorate(PageLayout layout, PlanContent content) throws IOException {
        List<PDPage> pages = new ArrayList<>(layout.pages());
        String id = clean("Integrationsplan Fall " + content.caseId() + ", Version " + content.version());
        for (int i = 0; i < pages.size(); i++) {
            layout.onPage(pages.get(i));
            layout.rule(LEFT, RIGHT, 54f, RULE, 0.5f);
            layout.text(id, layout.regular, SMALL, MUTED, LEFT, 42f);
            layout.textRight("Seite " + (i + 1) + " von " + pages.size(), layout.regular, SMALL, MUTED, RIGHT, 42f);
        }
        layout.finish();
    }
}
