package ch.so.integration.segmentation.goalagreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.platform.web.ProblemException;
import ch.so.integration.segmentation.document.PdfDocument;
import ch.so.integration.segmentation.integrationcase.AssistanceType;
import ch.so.integration.segmentation.integrationcase.DetachmentReason;
import ch.so.integration.segmentation.integrationcase.IntakeStep;
import ch.so.integration.segmentation.integrationcase.IntegrationCase;
import ch.so.integration.segmentation.integrationcase.NeedCategory;
import ch.so.integration.segmentation.integrationcase.Segment;
import ch.so.integration.segmentation.measure.MeasureType;

class GoalAgreementTest {

    static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    static final LocalDate TODAY = LocalDate.of(2027, 6, 1);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZURICH).toInstant(), ZURICH);
    static final LocalDate START = LocalDate.of(2027, 1, 4);

    static IntegrationCase inIntake() {
        IntegrationCase c = IntegrationCase.open(UUID.randomUUID(), AssistanceType.REGULAR, "Untergäu", "sa-1",
                START, CLOCK);
        c.recordIntakeStep(IntakeStep.FIRST_COUNSELLING, START, null, null, CLOCK);
        c.recordIntakeStep(IntakeStep.NEED_AND_ENTITLEMENT_CHECK, START, true, null, CLOCK);
        c.recordIntakeStep(IntakeStep.SUBSIDIARITY_CHECK, START, null, null, CLOCK);
        c.recordIntakeStep(IntakeStep.SHORT_ASSESSMENT, START, null, "Befund", CLOCK);
        return c;
    }

    static IntegrationCase segmented() {
        IntegrationCase c = inIntake();
        c.segmentInitially(START.plusDays(1), new IntegrationCase.DecisionInput(Segment.V,
                Set.of(NeedCategory.QUALIFICATION), "Lehrabschluss fehlt", null, null), "sa-1", CLOCK);
        return c;
    }

    static List<GoalAgreement.GoalInput> goals() {
        return List.of(new GoalAgreement.GoalInput("Lehrstelle Detailhandel finden", "Lehrvertrag unterschrieben",
                        START.plusMonths(4)),
                new GoalAgreement.GoalInput("Deutsch B1 – Prüfung bestehen", "Zertifikat liegt vor",
                        START.plusMonths(5)));
    }

    static String rule(Runnable r) {
        try {
            r.run();
        } catch (ProblemException e) {
            return e.problem().rule() != null ? e.problem().rule() : e.problem().errors().getFirst().field();
        }
        return "accepted";
    }

    @Test
    @DisplayName("SG-06 a goal agreement follows the segmentation and belongs to the current period")
    void followsTheSegmentation() {
        assertThat(rule(() -> GoalAgreement.agree(inIntake(), START, goals(), CLOCK))).isEqualTo("SG-06");
        IntegrationCase c = segmented();
        assertThat(rule(() -> GoalAgreement.agree(c, START, goals(), CLOCK))).isEqualTo("SG-06");
        assertThat(rule(() -> GoalAgreement.agree(c, START.plusDays(2), List.of(), CLOCK))).isEqualTo("goals");
        GoalAgreement a = GoalAgreement.agree(c, START.plusDays(2), goals(), CLOCK);
        assertThat(a.occasion()).isEqualTo(Occasion.SEGMENTATION);
        assertThat(a.segment()).contains(Segment.V);
        assertThat(a.goals()).extracting(Goal::indicator).containsExactly("Lehrvertrag unterschrieben",
                "Zertifikat liegt vor");
        assertThat(a.facts().signed()).isFalse();
    }

    @Test
    @DisplayName("SG-09 aftercare starts with a goal agreement of its own")
    void aftercareAgreement() {
        IntegrationCase c = segmented();
        c.detach(DetachmentReason.PROFESSIONAL_INTEGRATION, START.plusDays(40), CLOCK);
        assertThat(rule(() -> GoalAgreement.agree(c, START.plusDays(39), goals().subList(1, 2), CLOCK)))
                .isEqualTo("SG-06");
        GoalAgreement a = GoalAgreement.agree(c, START.plusDays(40), List.of(new GoalAgreement.GoalInput(
                "Probezeit bestehen", "Arbeitsvertrag ungekündigt", START.plusDays(130))), CLOCK);
        assertThat(a.occasion()).isEqualTo(Occasion.AFTERCARE);
        assertThat(a.facts().aftercare()).isTrue();
    }

    @Test
    @DisplayName("SG-06 the scan is filed only after the person signed, as a PDF with its SHA-256 and the filing "
            + "plan's document type")
    void signAndFile() {
        IntegrationCase c = segmented();
        GoalAgreement a = GoalAgreement.agree(c, START.plusDays(2), goals(), CLOCK);
        byte[] scan = "%PDF-1.4 signed scan".getBytes();
        assertThat(rule(() -> a.fileScan(c, scan, "ZV", CLOCK))).isEqualTo("SG-06");
        assertThat(rule(() -> a.sign(c, START.plusDays(1), "sa-1", CLOCK))).isEqualTo("signedOn");
        a.sign(c, START.plusDays(3), "sa-1", CLOCK);
        assertThat(a.facts().signed()).isTrue();
        assertThat(rule(() -> a.fileScan(c, "GIF89a".getBytes(), "ZV", CLOCK))).isEqualTo("body");
        a.fileScan(c, scan, "ZV", CLOCK);
        assertThat(a.status()).isEqualTo(GoalAgreementStatus.FILED);
        assertThat(a.scanDocumentType()).contains("ZV");
        assertThat(a.scanSha256()).contains(PdfDocument.sha256(scan));
        assertThatThrownBy(() -> a.sign(c, START.plusDays(4), "sa-1", CLOCK)).isInstanceOf(ProblemException.class);
    }

    @Test
    @DisplayName("SG-06 a filed scan is not replaced silently: a second scan is a 409 and the first stays filed")
    void sg06FiledScanIsNotReplaced() {
        IntegrationCase c = segmented();
        GoalAgreement a = GoalAgreement.agree(c, START.plusDays(2), goals(), CLOCK);
        a.sign(c, START.plusDays(3), "sa-1", CLOCK);
        byte[] first = "%PDF-1.4 first scan".getBytes();
        a.fileScan(c, first, "ZV", CLOCK);
        assertThatThrownBy(() -> a.fileScan(c, "%PDF-1.4 second scan".getBytes(), "ZV", CLOCK))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(409));
        assertThat(a.scanSha256()).contains(PdfDocument.sha256(first));
        assertThat(a.scanContent()).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(first));
    }

    @Test
    @DisplayName("SG-06 a goal agreement is neither signed nor filed once its case has left assistance or closed (409)")
    void sg06NoSignatureOnDetachedOrClosedCases() {
        IntegrationCase c = segmented();
        GoalAgreement unsigned = GoalAgreement.agree(c, START.plusDays(2), goals(), CLOCK);
        GoalAgreement signed = GoalAgreement.agree(c, START.plusDays(2), goals(), CLOCK);
        signed.sign(c, START.plusDays(3), "sa-1", CLOCK);
        c.detach(DetachmentReason.SUBSIDIARITY, START.plusDays(10), CLOCK);
        byte[] scan = "%PDF-1.4 signed scan".getBytes();
        assertThatThrownBy(() -> unsigned.sign(c, START.plusDays(11), "sa-1", CLOCK))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(409));
        assertThatThrownBy(() -> signed.fileScan(c, scan, "ZV", CLOCK))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(409));
        c.close(START.plusDays(12), CLOCK);
        assertThatThrownBy(() -> signed.fileScan(c, scan, "ZV", CLOCK))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(409));
        assertThat(unsigned.status()).isEqualTo(GoalAgreementStatus.DRAFT);
        assertThat(signed.status()).isEqualTo(GoalAgreementStatus.SIGNED);
    }

    @Test
    @DisplayName("SG-06 the goal agreement PDF carries the template's minimum content and is the same for the same "
            + "content")
    void document() throws Exception {
        IntegrationCase c = segmented();
        c.assignMeasure(MeasureType.QUALIFICATION, START.plusDays(2), null, CLOCK);
        GoalAgreement a = GoalAgreement.agree(c, START.plusDays(2), goals(), CLOCK);
        byte[] pdf = GoalAgreementDocument.render(a, c);
        assertThat(GoalAgreementDocument.render(a, c)).isEqualTo(pdf);
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Zielvereinbarung", "Parteien", c.personId().toString(), "Untergäu", "sa-1",
                    "Erstsegmentierung", "V – Verändern", "Lehrstelle Detailhandel finden",
                    "Lehrvertrag unterschrieben", "04.05.2027", "Deutsch B1 – Prüfung bestehen",
                    "Qualifizierungsmassnahme", "Unterschriften", "Klientin / Klient", "Seite 1 von");
            assertThat(doc.getDocumentInformation().getCreator()).isEqualTo(PdfDocument.CREATOR);
        }
    }
}
