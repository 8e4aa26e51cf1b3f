package ch.so.integration.segmentation.goalagreement;

import java.util.ArrayList;
import java.util.List;

import ch.so.integration.segmentation.document.PdfDocument;
import ch.so.integration.segmentation.document.PdfDocument.Row;
import ch.so.integration.segmentation.document.PdfDocument.Section;
import ch.so.integration.segmentation.integrationcase.CaseMeasure;
import ch.so.integration.segmentation.integrationcase.IntegrationCase;

/**
 * SG-06: the goal agreement from the template with its minimum content: parties (the case and the person by id,
 * social region and caseworker), occasion and segment, period until the next review, the goals with indicator and
 * due date, the measures in force, and the signature lines of person and caseworker.
 */
public final class GoalAgreementDocument {

    private GoalAgreementDocument() {
    }

    public static byte[] render(GoalAgreement agreement, IntegrationCase integrationCase) {
        List<Section> sections = new ArrayList<>();
        sections.add(Section.rows("Parteien",
                new Row("Fall", integrationCase.id().toString()),
                new Row("Person (Intake-Nr.)", integrationCase.personId().toString()),
                new Row("Sozialregion", integrationCase.socialRegion()),
                new Row("Fallführung", integrationCase.caseworker())));
        sections.add(Section.rows("Anlass und Segment",
                new Row("Anlass", switch (agreement.occasion()) {
                    case SEGMENTATION -> "Erstsegmentierung";
                    case REVIEW -> "Standortbestimmung";
                    case AFTERCARE -> "Beginn der Nachbegleitung nach beruflicher Integration";
                }),
                new Row("Segment", agreement.segment().map(s -> s.name() + " – " + s.label()).orElse("–")),
                new Row("Vereinbart am", PdfDocument.date(agreement.agreedOn())),
                new Row("Nächste Standortbestimmung", PdfDocument.date(
                        integrationCase.reviewDueOn().orElse(null)))));
        List<Row> goalRows = new ArrayList<>();
        for (Goal goal : agreement.goals()) {
            goalRows.add(new Row("Ziel " + (goal.position() + 1), goal.description()));
            goalRows.add(new Row("Indikator", goal.indicator()));
            goalRows.add(new Row("Fällig am", PdfDocument.date(goal.dueOn())));
        }
        sections.add(new Section("Ziele", goalRows, List.of(), List.of()));
        List<String> measures = integrationCase.measures().stream().filter(CaseMeasure::isActive)
                .map(m -> m.type().label() + " (seit " + PdfDocument.date(m.startedOn()) + ")").toList();
        sections.add(new Section("Massnahmen", List.of(),
                measures.isEmpty() ? List.of("Keine laufenden Massnahmen.") : List.of(), measures));
        sections.add(new Section("Hinweise", List.of(), List.of("Die Zielvereinbarung gilt bis zur nächsten "
                + "Standortbestimmung. Dort wird jedes Ziel ausgewertet: ob und wie weit es erreicht wurde und warum. "
                + "Die unterschriebene Zielvereinbarung wird eingescannt und gemäss Registraturplan abgelegt."),
                List.of()));
        return PdfDocument.render(new PdfDocument.Content(agreement.id(), "Zielvereinbarung",
                "Sozialregion " + integrationCase.socialRegion(), agreement.agreedOn(), sections,
                List.of("Klientin / Klient", "Fallführende Sozialarbeiterin / Fallführender Sozialarbeiter")));
    }
}
