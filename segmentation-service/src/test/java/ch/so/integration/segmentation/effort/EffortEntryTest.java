package ch.so.integration.segmentation.effort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.platform.web.ProblemException;

class EffortEntryTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneId.of("Europe/Zurich"));
    static final UUID CASE = UUID.randomUUID();

    static EffortEntry entry(LocalDate opened, String day, int minutes) {
        return EffortEntry.record(CASE, opened, LocalDate.parse(day), minutes, EffortKind.CASE_WORK, "sw-test", CLOCK);
    }

    static String field(ProblemException e) {
        return e.problem().errors().getFirst().field();
    }

    @Test
    @DisplayName("SG-12 an effort entry records day, minutes and kind of one case")
    void sg12Records() {
        EffortEntry entry = entry(LocalDate.parse("2026-01-05"), "2026-11-20", 45);
        assertThat(entry.caseId()).isEqualTo(CASE);
        assertThat(entry.workedOn()).isEqualTo(LocalDate.parse("2026-11-20"));
        assertThat(entry.minutes()).isEqualTo(45);
        assertThat(entry.kind()).isEqualTo(EffortKind.CASE_WORK);
        assertThat(entry.recordedBy()).isEqualTo("sw-test");
        assertThat(entry.id()).isNotNull();
    }

    @Test
    @DisplayName("SG-12 effort cannot lie in the future or before the case was opened")
    void sg12Dates() {
        assertThatThrownBy(() -> entry(null, "2026-11-21", 30)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(field(e)).isEqualTo("workedOn"));
        assertThatThrownBy(() -> entry(LocalDate.parse("2026-02-01"), "2026-01-31", 30))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(field(e)).isEqualTo("workedOn"));
        assertThat(entry(LocalDate.parse("2026-02-01"), "2026-02-01", 30).workedOn())
                .isEqualTo(LocalDate.parse("2026-02-01"));
    }

    @Test
    @DisplayName("SG-12 effort is 1 to 720 minutes per entry")
    void sg12Minutes() {
        assertThat(entry(null, "2026-11-20", 1).minutes()).isEqualTo(1);
        assertThat(entry(null, "2026-11-20", 720).minutes()).isEqualTo(720);
        for (int minutes : new int[] {0, -5, 721}) {
            assertThatThrownBy(() -> entry(null, "2026-11-20", minutes)).isInstanceOfSatisfying(
                    ProblemException.class, e -> assertThat(field(e)).isEqualTo("minutes"));
        }
    }

    @Test
    @DisplayName("SG-12 intake and short assessment are process 2010; the other kinds are effort in a segment")
    void sg12IntakeProcessKinds() {
        assertThat(EffortKind.INTAKE.isIntakeProcess()).isTrue();
        assertThat(EffortKind.SHORT_ASSESSMENT.isIntakeProcess()).isTrue();
        for (EffortKind kind : EffortKind.values()) {
            if (kind != EffortKind.INTAKE && kind != EffortKind.SHORT_ASSESSMENT) {
                assertThat(kind.isIntakeProcess()).as(kind.name()).isFalse();
            }
        }
    }
}
