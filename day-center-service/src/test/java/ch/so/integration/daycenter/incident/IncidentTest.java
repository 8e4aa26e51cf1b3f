package ch.so.integration.daycenter.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.platform.web.ProblemException;

class IncidentTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), ZoneId.of("Europe/Zurich"));
    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-20T10:15:00+01:00");

    static Incident incident() {
        return Incident.record(UUID.randomUUID(), UUID.randomUUID(), AT, "Küche", List.of("agg-1"),
                "another participant", "pushed", "separated", "staff-1", CLOCK);
    }

    static String rule(Throwable e) {
        return ((ProblemException) e).problem().rule();
    }

    @Test
    @DisplayName("DC-17: the recording grid keeps when, where, who by role, what happened and the immediate measures")
    void dc17RecordingGrid() {
        Incident incident = incident();
        assertThat(incident.location()).isEqualTo("Küche");
        assertThat(incident.staffInvolved()).containsExactly("agg-1");
        assertThat(incident.othersInvolved()).isEqualTo("another participant");
        assertThat(incident.recordedBy()).isEqualTo("staff-1");
        assertThat(incident.currentGrading()).isNull();
    }

    @Test
    @DisplayName("DC-17: an incident cannot be recorded for a time in the future")
    void dc17NotInTheFuture() {
        assertThatThrownBy(() -> Incident.record(UUID.randomUUID(), UUID.randomUUID(), AT.plusDays(1), "Küche",
                List.of(), null, "x", "y", "s", CLOCK)).isInstanceOf(ProblemException.class);
    }

    @Test
    @DisplayName("DC-17: the classification grid grades type and severity level 1 to 4; a regrading counts, the first stays")
    void dc17GradingAndRegrading() {
        Incident incident = incident();
        incident.grade(ViolenceType.PHYSICAL, 1, "slight", null, "lead", CLOCK);
        incident.grade(ViolenceType.PSYCHOLOGICAL, 3, "on reflection severe", null, "lead", CLOCK);
        assertThat(incident.gradings()).hasSize(2);
        assertThat(incident.currentGrading().type()).isEqualTo(ViolenceType.PSYCHOLOGICAL);
        assertThat(incident.currentGrading().severity()).isEqualTo(SeverityLevel.SEVERELY_ABUSIVE);
        assertThat(incident.gradings().getFirst().severity()).isEqualTo(SeverityLevel.BOUNDARY_VIOLATING);
    }

    @Test
    @DisplayName("DC-17: severity levels outside 1 to 4, a missing type or rationale are refused")
    void dc17GradingNeedsTypeLevelAndRationale() {
        Incident incident = incident();
        assertThatThrownBy(() -> incident.grade(ViolenceType.SEXUAL, 0, "r", null, "lead", CLOCK))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("DC-17"));
        assertThatThrownBy(() -> incident.grade(ViolenceType.SEXUAL, 5, "r", null, "lead", CLOCK))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("DC-17"));
        assertThatThrownBy(() -> incident.grade(null, 2, "r", null, "lead", CLOCK))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("DC-17"));
        assertThatThrownBy(() -> incident.grade(ViolenceType.SEXUAL, 2, " ", null, "lead", CLOCK))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("DC-17"));
        assertThat(incident.gradings()).isEmpty();
        assertThat(SeverityLevel.of(4)).isEqualTo(SeverityLevel.CRIMINALLY_RELEVANT);
    }

    @Test
    @DisplayName("DC-17: level 4 (criminally relevant) needs the decision whether the authorities are notified")
    void dc17Level4NeedsAuthoritiesDecision() {
        Incident incident = incident();
        assertThatThrownBy(() -> incident.grade(ViolenceType.SEXUAL, 4, "r", null, "lead", CLOCK))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("DC-17"));
        Grading grading = incident.grade(ViolenceType.SEXUAL, 4, "reported", true, "lead", CLOCK);
        assertThat(grading.rationale()).isEqualTo("reported [authorities notified]");
        assertThat(incident.grade(ViolenceType.PHYSICAL, 3, "r", false, "lead", CLOCK).rationale()).isEqualTo("r");
    }

    @Test
    @DisplayName("DC-17: crisis interventions are logged in time order, not before the incident, not in the future")
    void dc17CrisisInterventions() {
        Incident incident = incident();
        incident.logCrisisIntervention(AT.plusMinutes(30), "area lead", "calmed down", "lead", CLOCK);
        incident.logCrisisIntervention(AT.plusMinutes(5), "agg-1", "took aside", "lead", CLOCK);
        assertThat(incident.crisisInterventions()).extracting(CrisisIntervention::what)
                .containsExactly("took aside", "calmed down");
        assertThatThrownBy(() -> incident.logCrisisIntervention(AT.minusMinutes(1), "a", "b", "lead", CLOCK))
                .satisfies(e -> assertThat(rule(e)).isEqualTo("DC-17"));
        assertThatThrownBy(() -> incident.logCrisisIntervention(AT.plusDays(2), "a", "b", "lead", CLOCK))
                .isInstanceOf(ProblemException.class);
    }
}
