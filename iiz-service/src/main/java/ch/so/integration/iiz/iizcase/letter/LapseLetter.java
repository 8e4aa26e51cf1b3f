package ch.so.integration.iiz.iizcase.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import ch.so.integration.iiz.iizcase.ClosureReason;

/**
 * IZ-10: the coordination person's letter telling the client that the Vollmacht lapsed with the closure of the iiz
 * cooperation and that the documents the institutions provided were deleted. A4, German, Helvetica. The iiz
 * service holds no names or addresses (the person is known by intake's id only): the letter carries the case
 * reference and the coordinator adds the address block when sending it (window envelope).
 */
public record LapseLetter(UUID caseId, LocalDate closedOn, ClosureReason reason, List<LocalDate> signedOn) {

    public static final String TITLE = "Erlöschen Ihrer Vollmacht";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public LapseLetter {
        if (caseId == null || closedOn == null || reason == null) {
            throw new IllegalArgumentException("case, closing date and reason are required");
        }
        signedOn = signedOn == null ? List.of() : List.copyOf(signedOn);
    }

    public static LapseLetter of(UUID caseId, LocalDate closedOn, ClosureReason reason, List<LocalDate> signedOn) {
        return new LapseLetter(caseId, closedOn, reason, signedOn);
    }

    static String reasonText(ClosureReason reason) {
        return switch (reason) {
            case MANDATE_FULFILLED -> "der Auftrag an das iiz-Netzwerk ist erfüllt";
            case GOAL_EMPLOYMENT -> "das geplante Ziel einer Erwerbsarbeit ist erreicht";
            case GOAL_TRAINING_START -> "das geplante Ziel eines Ausbildungsbeginns ist erreicht";
            case SERVICES_DELIVERED -> "die gewünschten Dienstleistungen sind erbracht";
            case NO_FURTHER_NEED -> "es besteht kein Bedarf an weiterer Koordination oder Unterstützung";
        };
    }

    /** The letter's paragraphs, in order (also what a test reads back). */
    public List<String> paragraphs() {
        List<String> lines = new ArrayList<>();
        lines.add("Kanton Solothurn - iiz-Geschäftsstelle");
        lines.add("Solothurn, " + DATE.format(closedOn));
        lines.add("Fall-Referenz: " + caseId);
        lines.add(TITLE);
        lines.add("Sehr geehrte Dame, sehr geehrter Herr");
        lines.add("Die interinstitutionelle Zusammenarbeit (iiz) in Ihrem Fall wurde am " + DATE.format(closedOn)
                + " abgeschlossen: " + reasonText(reason) + ".");
        String vollmacht = signedOn.isEmpty() ? "Die Vollmacht, die Sie bei der iiz-Anmeldung unterzeichnet haben,"
                : "Die Vollmacht, die Sie am " + String.join(", ", signedOn.stream().map(DATE::format).toList())
                + " unterzeichnet haben,";
        lines.add(vollmacht + " ist mit dem Fallabschluss erloschen. Die Partnerinstitutionen des iiz-Netzwerks "
                + "tauschen ab heute keine Daten mehr über Sie aus.");
        lines.add("Die von sämtlichen Institutionen zur Verfügung gestellten Dokumente wurden im iiz-Netzwerk gelöscht.");
        lines.add("Für Fragen steht Ihnen die zuständige Koordinationsperson gerne zur Verfügung.");
        lines.add("Freundliche Grüsse");
        lines.add("iiz-Geschäftsstelle");
        return lines;
    }

    /** @return the PDF's bytes */
    public byte[] render() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            float left = 70;
            float width = PDRectangle.A4.getWidth() - 2 * left;
            float y = PDRectangle.A4.getHeight() - 80;
            List<String> paragraphs = paragraphs();
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                for (int i = 0; i < paragraphs.size(); i++) {
                    boolean title = paragraphs.get(i).equals(TITLE);
                    PDType1Font font = title ? bold : regular;
                    float size = title ? 13 : 10.5f;
                    for (String line : wrap(paragraphs.get(i), font, size, width)) {
                        out.beginText();
                        out.setFont(font, size);
                        out.newLineAtOffset(left, y);
                        out.showText(line);
                        out.endText();
                        y -= size * 1.4f;
                    }
                    y -= (i == 2 || i == 3) ? 18 : 8;
                }
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(TITLE);
            info.setCreator("integration suite iiz-service");
            GregorianCalendar created = GregorianCalendar.from(closedOn.atStartOfDay(ZoneId.of("Europe/Zurich")));
            info.setCreationDate(created);
            info.setModificationDate(created);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the lapse letter", e);
        }
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
