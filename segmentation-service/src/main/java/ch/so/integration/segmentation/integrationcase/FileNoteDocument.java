package ch.so.integration.segmentation.integrationcase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ch.so.integration.segmentation.document.PdfDocument;
import ch.so.integration.segmentation.document.PdfDocument.Row;
import ch.so.integration.segmentation.document.PdfDocument.Section;

/**
 * SG-07: the file note (Aktennotiz) of a review decision for Klib.net: the evaluation of every goal, the person's
 * situation and the labour market, and the decision with its reason, whether the segment changes or not. For the
 * final review (SG-09): whether further support is needed and who takes over.
 */
public final class FileNoteDocument {

    private FileNoteDocument() {
    }

    /** @param goalTexts the goals' descriptions by id, for the evaluation table */
    public static byte[] render(IntegrationCase c, Review review, SegmentDecision decision,
                                List<CaseMeasure> measuresToEnd, Map<UUID, String> goalTexts) {
        List<Section> sections = new ArrayList<>();
        sections.add(Section.rows("Fall",
                new Row("Fall", c.id().toString()),
                new Row("Person (Intake-Nr.)", c.personId().toString()),
                new Row("Sozialregion", c.socialRegion()),
                new Row("Fallführung", c.caseworker()),
                new Row("Standortbestimmung", switch (review.kind()) {
                    case REGULAR -> "periodisch";
                    case PROMPT -> "zeitnah (kein Selbstläufer)";
                    case FINAL -> "abschliessend, Ende der Nachbegleitung";
                }),
                new Row("Durchgeführt am", PdfDocument.date(review.heldOn())),
                new Row("Durch", review.heldBy())));
        List<Row> evaluations = new ArrayList<>();
        int n = 1;
        for (GoalEvaluation e : review.evaluations()) {
            evaluations.add(new Row("Ziel " + n++, goalTexts.getOrDefault(e.goalId(), e.goalId().toString())));
            evaluations.add(new Row("Erreicht", switch (e.achievement()) {
                case FULLY -> "vollständig";
                case PARTLY -> "teilweise";
                case NOT -> "nicht";
            }));
            evaluations.add(new Row("Begründung", e.reason()));
        }
        sections.add(new Section("Auswertung der Zielvereinbarung", evaluations, List.of(), List.of()));
        List<Row> weighing = new ArrayList<>();
        weighing.add(new Row("Situation der Person", review.situation()));
        review.labourMarket().ifPresent(m -> weighing.add(new Row("Arbeitsmarktlage", m)));
        sections.add(new Section("Beurteilung", weighing, List.of(), List.of()));
        if (decision != null) {
            String outcome = decision.kind() == DecisionKind.CHANGED
                    ? "Wechsel von " + decision.previousSegment() + " (" + decision.previousSegment().label()
                    + ") zu " + decision.segment() + " (" + decision.segment().label() + ")"
                    : "Segment " + decision.segment() + " (" + decision.segment().label() + ") bleibt";
            sections.add(new Section("Segmententscheid", List.of(
                    new Row("Entscheid", outcome),
                    new Row("Handlungsbedarf", String.join(", ", decision.needs().stream().sorted()
                            .map(Enum::name).toList())),
                    new Row("Begründung", decision.reason()),
                    new Row("Gültig bis", PdfDocument.date(decision.validUntil())),
                    new Row("Nächste Standortbestimmung", PdfDocument.date(decision.reviewDueOn()))),
                    List.of(), measuresToEnd.stream().map(m -> "Zu beenden (im neuen Segment ausgeschlossen): "
                            + m.type().label()).toList()));
        } else {
            sections.add(Section.rows("Subsidiaritätsprüfung",
                    new Row("Weitere Unterstützung nötig", review.furtherSupportNeeded().orElse(false) ? "ja"
                            : "nein"),
                    new Row("Übernommen durch", review.takenOverBy().orElse("–"))));
        }
        return PdfDocument.render(new PdfDocument.Content(review.fileNoteId(), "Aktennotiz Standortbestimmung",
                "Sozialregion " + c.socialRegion(), review.heldOn(), sections, List.of()));
    }
}
