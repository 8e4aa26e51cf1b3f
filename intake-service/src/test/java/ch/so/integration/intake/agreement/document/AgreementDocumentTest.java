package ch.so.integration.intake.agreement.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ch.so.integration.platform.documents.PageLayout;
import ch.so.integration.intake.agreement.document.AgreementContent.Annex;
import ch.so.integration.intake.agreement.document.AgreementContent.Financing;
import ch.so.integration.intake.agreement.document.AgreementContent.Institution;
import ch.so.integration.intake.agreement.document.AgreementContent.Line;
import ch.so.integration.intake.agreement.document.AgreementContent.NoticePeriod;
import ch.so.integration.intake.agreement.document.AgreementContent.Participant;
import ch.so.integration.intake.agreement.document.AgreementContent.Placement;
import ch.so.integration.intake.agreement.document.AgreementContent.Signatures;

class AgreementDocumentTest {

    static final UUID ID = UUID.fromString("3f6c1d2e-8a4b-4c7d-9e10-5a2b3c4d5e6f");

    static AgreementContent sample() {
        return new AgreementContent(ID, LocalDate.of(2026, 11, 20),
                new Institution("Stiftung Wohngemeinschaft Treffpunkt", List.of("Zürichstrasse 12", "4500 Solothurn")),
                new Participant("Müller", "Anna", LocalDate.of(1990, 3, 12)),
                placement(List.of("Küche", "Wäscherei", "Garten und Unterhalt"), 60),
                new Financing("Kostengutsprache (KGS)", "Sozialregion Zürich-Oberland", "KGS-2026-0142", null),
                new NoticePeriod("1 Monat auf Ende eines Monats", 30),
                new Annex("Zusammenarbeiten WG Treffpunkt", "Version 3 vom 01.01.2026"),
                new Signatures("Solothurn", null, "Petra Schäfer, Intake Arbeit"),
                null);
    }

    static Placement placement(List<String> areas, Integer pensum) {
        return new Placement("IVSE B stationär (intern)", LocalDate.of(2026, 12, 1), null, pensum, areas, List.of());
    }

    static AgreementContent with(Placement placement, String remarks) {
        AgreementContent s = sample();
        return new AgreementContent(s.agreementId(), s.documentDate(), s.institution(), s.participant(), placement,
                s.financing(), s.noticePeriod(), s.collaborationRules(), s.signatures(), remarks);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    @DisplayName("DC-12: the agreement shows parties, placement, areas, Pensum, financing, notice period, annex, "
            + "signatures and its id")
    void showsEveryPart() throws IOException {
        byte[] pdf = AgreementDocument.render(sample());

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pages(pdf)).isEqualTo(1);
        assertThat(text(pdf)).contains(
                "Teilnahmevereinbarung", "Datum: 20.11.2026",
                "Parteien", "Stiftung Wohngemeinschaft Treffpunkt", "Zürichstrasse 12", "4500 Solothurn",
                "Teilnehmerin / Teilnehmer", "Anna Müller", "geboren am 12.03.1990",
                "Platzierung", "IVSE B stationär (intern)", "Beginn", "01.12.2026", "Geplantes Ende", "offen",
                "Pensum", "60 %",
                "Arbeitsbereiche", "Küche", "Wäscherei", "Garten und Unterhalt",
                "Finanzierung", "Kostengutsprache (KGS)", "Kostenträger", "Sozialregion Zürich-Oberland",
                "KGS-2026-0142",
                "Kündigungsfrist", "1 Monat auf Ende eines Monats (30 Tage)", "Betreuungsvertrag", "Taxordnung",
                "Beilage", "«Zusammenarbeiten WG Treffpunkt», Version 3 vom 01.01.2026",
                "Unterschriften", "Für die Institution", "Ort, Datum", "Unterschrift", "Solothurn,",
                "Petra Schäfer, Intake Arbeit",
                "Vereinbarung Nr. " + ID, "Teilnahmevereinbarung Nr. " + ID, "Seite 1 von 1");
        assertThat(text(pdf)).doesNotContain("Weitere Vereinbarungen", "Anteil Teilnehmende");
    }

    @Test
    @DisplayName("DC-12: umlauts, ß, accents and guillemets survive")
    void keepsGermanAndFrenchLetters() throws IOException {
        AgreementContent s = sample();
        AgreementContent content = new AgreementContent(ID, s.documentDate(), s.institution(),
                new Participant("Müller-Größer", "Zoë Élodie", LocalDate.of(1985, 1, 2)), s.placement(),
                new Financing("Kostenübernahmegarantie (KÜG)", "IVSE-Verbindungsstelle Genève", null,
                        "Selbstbehalt CHF 120.– pro Monat"),
                s.noticePeriod(), s.collaborationRules(), s.signatures(), "Ärztliche Abklärung «Belastbarkeit» läuft.");

        String text = text(AgreementDocument.render(content));

        assertThat(text).contains("Zoë Élodie Müller-Größer", "Kostenübernahmegarantie (KÜG)",
                "IVSE-Verbindungsstelle Genève", "Anteil Teilnehmende", "Selbstbehalt CHF 120.– pro Monat",
                "Weitere Vereinbarungen", "Ärztliche Abklärung «Belastbarkeit» läuft.", "Zürichstrasse");
    }

    @Test
    @DisplayName("DC-12: many areas and long text break onto a second page, with running header and page numbers")
    void breaksLongContentOntoMorePages() throws IOException {
        List<String> areas = IntStream.rangeClosed(1, 30).mapToObj(i -> "Arbeitsbereich " + i + " Hauswirtschaft")
                .toList();
        String remarks = "Die Teilnehmerin arbeitet nach Absprache auch in weiteren Bereichen mit. ".repeat(12);

        byte[] pdf = AgreementDocument.render(with(placement(areas, 60), remarks));
        String text = text(pdf);

        assertThat(pages(pdf)).isEqualTo(2);
        assertThat(text).contains("Seite 1 von 2", "Seite 2 von 2", "Teilnahmevereinbarung – Anna Müller",
                "Arbeitsbereich 1 Hauswirtschaft", "Arbeitsbereich 30 Hauswirtschaft", "Unterschriften");
        assertThat(text.replaceAll("\\s+", " ")).contains(remarks.strip());
    }

    @Test
    @DisplayName("DC-12: long lines wrap inside the margins and the signatures stay together")
    void wrapsInsideTheMargins() throws IOException {
        String longArea = "Unterhalt der Aussenanlagen, Reinigung der Gemeinschaftsräume, Mithilfe in der "
                + "Grossküche und bei der Vorbereitung von Anlässen der Wohngemeinschaft sowie Botengänge";
        String longWord = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellungsbetriebsaufsicht"
                .repeat(2);
        byte[] pdf = AgreementDocument.render(with(placement(List.of(longArea, longWord), 60),
                "x ".repeat(600)));

        List<TextPosition> positions = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
                    positions.addAll(textPositions);
                    super.writeString(text, textPositions);
                }
            };
            String text = stripper.getText(document);
            assertThat(text.replaceAll("\\s+", " ")).contains(longArea);
        }

        assertThat(positions).isNotEmpty().allSatisfy(p -> {
            assertThat(p.getXDirAdj()).isGreaterThanOrEqualTo(PageLayout.LEFT - 0.5f);
            assertThat(p.getXDirAdj() + p.getWidthDirAdj()).isLessThanOrEqualTo(PageLayout.RIGHT + 0.5f);
        });
    }

    @Test
    @DisplayName("DC-12: characters outside the font are replaced, not fatal")
    void replacesCharactersOutsideTheFont() throws IOException {
        AgreementContent s = sample();
        AgreementContent content = new AgreementContent(ID, s.documentDate(), s.institution(),
                new Participant("Petrović", "Đorđe", LocalDate.of(1979, 5, 6)),
                placement(List.of("Küche 🍳", "日本語 Kurs", "Garten\tund\u00a0Unterhalt\u200b"), 60),
                s.financing(), s.noticePeriod(), s.collaborationRules(), s.signatures(),
                "Notiz 👍🏽 Ende\n\nZweite Zeile");

        byte[] pdf = AgreementDocument.render(content);
        String text = text(pdf);

        assertThat(text).contains("Dorde Petrovic", "Küche ?", "??? Kurs", "Garten und Unterhalt", "Notiz ? Ende",
                "Zweite Zeile");
    }

    @Test
    @DisplayName("DC-12: a programme without work areas or Pensum shows its programme lines instead")
    void programmeWithoutAreasOrPensum() throws IOException {
        Placement programme = new Placement("Arbeitsmarktliche Integration (AMI)", LocalDate.of(2027, 1, 11),
                LocalDate.of(2027, 6, 30), null, List.of(),
                List.of(new Line("Programm", "Deutsch im Alltag A2"), new Line("Anbieter", "Kursanbieter Olten")));

        String text = text(AgreementDocument.render(with(programme, null)));

        assertThat(text).contains("Arbeitsmarktliche Integration (AMI)", "11.01.2027", "30.06.2027",
                "Programm", "Deutsch im Alltag A2", "Anbieter", "Kursanbieter Olten");
        assertThat(text).doesNotContain("Arbeitsbereiche", "Pensum", "offen");
    }

    @Test
    @DisplayName("DC-12: metadata names the document, the creator and the document date; output is deterministic")
    void metadataAndDeterminism() throws IOException {
        byte[] pdf = AgreementDocument.render(sample());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Teilnahmevereinbarung Anna Müller");
            assertThat(info.getSubject()).contains(ID.toString(), "IVSE B stationär (intern)");
            assertThat(info.getCreator()).isEqualTo("integration suite intake-service");
            assertThat(info.getCreationDate().toInstant())
                    .isEqualTo(LocalDate.of(2026, 11, 20).atStartOfDay(ZoneId.of("Europe/Zurich")).toInstant());
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.28f, offset(0.1f));
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de-CH");
        }
        assertThat(AgreementDocument.render(sample())).isEqualTo(pdf);
    }

    static Stream<Arguments> missingFields() {
        AgreementContent s = sample();
        Placement p = s.placement();
        return Stream.of(
                Arguments.of("agreementId", (Supplier<Object>) () -> new AgreementContent(null, s.documentDate(),
                        s.institution(), s.participant(), p, s.financing(), s.noticePeriod(), s.collaborationRules(),
                        s.signatures(), null)),
                Arguments.of("documentDate", (Supplier<Object>) () -> new AgreementContent(ID, null, s.institution(),
                        s.participant(), p, s.financing(), s.noticePeriod(), s.collaborationRules(), null, null)),
                Arguments.of("financing", (Supplier<Object>) () -> new AgreementContent(ID, s.documentDate(),
                        s.institution(), s.participant(), p, null, s.noticePeriod(), s.collaborationRules(), null,
                        null)),
                Arguments.of("collaborationRules", (Supplier<Object>) () -> new AgreementContent(ID,
                        s.documentDate(), s.institution(), s.participant(), p, s.financing(), s.noticePeriod(), null,
                        null, null)),
                Arguments.of("institution.name", (Supplier<Object>) () -> new Institution(" ", List.of())),
                Arguments.of("participant.officialName",
                        (Supplier<Object>) () -> new Participant(null, "Anna", LocalDate.of(1990, 1, 1))),
                Arguments.of("participant.dateOfBirth", (Supplier<Object>) () -> new Participant("Müller", "Anna",
                        null)),
                Arguments.of("placement.typeLabel", (Supplier<Object>) () -> new Placement(null, p.startDate(), null,
                        60, List.of(), List.of())),
                Arguments.of("placement.startDate", (Supplier<Object>) () -> new Placement("IVSE B", null, null, 60,
                        List.of(), List.of())),
                Arguments.of("placement.plannedEndDate", (Supplier<Object>) () -> new Placement("IVSE B",
                        p.startDate(), p.startDate().minusDays(1), 60, List.of(), List.of())),
                Arguments.of("placement.pensumPercent", (Supplier<Object>) () -> new Placement("IVSE B",
                        p.startDate(), null, 120, List.of(), List.of())),
                Arguments.of("placement.workAreas", (Supplier<Object>) () -> new Placement("IVSE B", p.startDate(),
                        null, 60, Arrays.asList("Küche", null), List.of())),
                Arguments.of("financing.debtorLabel",
                        (Supplier<Object>) () -> new Financing("KGS", "", null, null)),
                Arguments.of("noticePeriod.text or noticePeriod.days",
                        (Supplier<Object>) () -> new NoticePeriod(null, null)),
                Arguments.of("collaborationRules.version",
                        (Supplier<Object>) () -> new Annex("Zusammenarbeiten WG Treffpunkt", null)),
                Arguments.of("line.value", (Supplier<Object>) () -> new Line("Programm", null)));
    }

    @ParameterizedTest(name = "DC-12: missing or invalid {0} is refused")
    @MethodSource("missingFields")
    void refusesMissingInput(String field, Supplier<Object> build) {
        assertThatThrownBy(build::get).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(field);
    }

    @Test
    @DisplayName("DC-12: rendering nothing is refused")
    void refusesNull() {
        assertThatThrownBy(() -> AgreementDocument.render(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("content is required");
    }

    @Test
    @DisplayName("DC-12: a sample agreement is written to target/sample-agreement.pdf for a visual check")
    void writesSample() throws IOException {
        Path target = Path.of("target");
        Files.createDirectories(target);
        Path sample = target.resolve("sample-agreement.pdf");
        Files.write(sample, AgreementDocument.render(sample()));

        List<String> areas = IntStream.rangeClosed(1, 28).mapToObj(i -> "Arbeitsbereich " + i).toList();
        Files.write(target.resolve("sample-agreement-long.pdf"), AgreementDocument.render(with(placement(areas, 60),
                "Die Teilnehmerin arbeitet nach Absprache auch in weiteren Bereichen mit. ".repeat(12))));

        assertThat(sample).isNotEmptyFile();
    }
}
