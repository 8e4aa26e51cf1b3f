package ch.so.integration.daycenter.incident.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import ch.so.integration.daycenter.incident.CrisisIntervention;
import ch.so.integration.daycenter.incident.Grading;
import ch.so.integration.daycenter.incident.Incident;
import ch.so.integration.daycenter.incident.ViolenceType;

/** An incident with its gradings (the last counts) and crisis interventions. */
public record IncidentView(UUID id, UUID placementId, UUID personId, OffsetDateTime occurredAt, String location,
                           List<String> staffInvolved, String othersInvolved, String whatHappened,
                           String immediateMeasures, String recordedBy, OffsetDateTime recordedAt,
                           GradingView grading, List<GradingView> gradings,
                           List<CrisisInterventionView> crisisInterventions) {

    public record GradingView(ViolenceType type, int severityLevel, String severity, boolean criminallyRelevant,
                              String rationale, String gradedBy, OffsetDateTime gradedAt) {
        static GradingView of(Grading g) {
            return g == null ? null : new GradingView(g.type(), g.severity().level(), g.severity().name(),
                    g.severity().level() == 4, g.rationale(), g.gradedBy(), g.gradedAt());
        }
    }

    public record CrisisInterventionView(OffsetDateTime occurredAt, String intervenedBy, String what,
                                         String recordedBy, OffsetDateTime recordedAt) {
        static CrisisInterventionView of(CrisisIntervention c) {
            return new CrisisInterventionView(c.occurredAt(), c.intervenedBy(), c.what(), c.recordedBy(),
                    c.recordedAt());
        }
    }

    public static IncidentView of(Incident i) {
        return new IncidentView(i.id(), i.placementId(), i.personId(), i.occurredAt(), i.location(),
                i.staffInvolved(), i.othersInvolved(), i.whatHappened(), i.immediateMeasures(), i.recordedBy(),
                i.recordedAt(), GradingView.of(i.currentGrading()),
                i.gradings().stream().map(GradingView::of).toList(),
                i.crisisInterventions().stream().map(CrisisInterventionView::of).toList());
    }
}
