package ch.so.integration.intake.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.web.ProblemException;

class AssessmentTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Zurich"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final UUID PERSON = UUID.randomUUID();

    private static Assessment assessedOn(LocalDate date, List<String> areas, int pensum) {
        return Assessment.record(PERSON, date, "ikw-mba", AssessmentReason.ENTRY_FROM_STATIONARY_HOUSING,
                RecommendedSetting.IVSE_B_STATIONARY, areas, pensum, "Assessed in the wood workshop.", CLOCK);
    }

    private static Assessment assessedOn(LocalDate date) {
        return assessedOn(date, List.of("Holzwerkstatt", "Küche"), 60);
    }

    private static List<FieldError> errorsOf(Runnable action) {
        try {
            action.run();
        } catch (ProblemException e) {
            assertThat(e.problem().status()).isEqualTo(400);
            return e.problem().errors();
        }
        throw new AssertionError("expected a ProblemException");
    }

    @Test
    @DisplayName("DC-15 a recorded assessment is completed and keeps its recommendation")
    void record() {
        Assessment assessment = assessedOn(TODAY.minusDays(3), List.of(" Holzwerkstatt ", "Küche"), 60);

        assertThat(assessment.status()).isEqualTo(AssessmentStatus.COMPLETED);
        assertThat(assessment.personId()).isEqualTo(PERSON);
        assertThat(assessment.date()).isEqualTo(TODAY.minusDays(3));
        assertThat(assessment.reason()).isEqualTo(AssessmentReason.ENTRY_FROM_STATIONARY_HOUSING);
        assertThat(assessment.recommendedSetting()).isEqualTo("IVSE_B_STATIONARY");
        assertThat(assessment.recommendedAreas()).containsExactly("Holzwerkstatt", "Küche");
        assertThat(assessment.recommendedPensumPercent()).isEqualTo(60);
        assertThat(assessment.validUntil()).isEqualTo(LocalDate.of(2027, 5, 19));
    }

    @Test
    @DisplayName("DC-15 an assessment covers a placement change of the same person into the recommended setting")
    void coversSamePersonAndSetting() {
        Assessment assessment = assessedOn(TODAY);

        assertThat(assessment.coversPlacementOf(PERSON, "IVSE_B_STATIONARY", TODAY)).isTrue();
        assertThat(assessment.coversPlacementOf(UUID.randomUUID(), "IVSE_B_STATIONARY", TODAY))
                .as("another person").isFalse();
        assertThat(assessment.coversPlacementOf(PERSON, "IVSE_B_EXTERNAL", TODAY)).as("another setting").isFalse();
        assertThat(assessment.coversPlacementOf(PERSON, null, TODAY)).as("no setting").isFalse();
    }

    @Test
    @DisplayName("DC-15 an assessment covers changes effective from its date up to six months later, not before and not after")
    void validity() {
        LocalDate assessed = LocalDate.of(2026, 5, 31);
        Assessment assessment = assessedOn(assessed);

        assertThat(assessment.coversPlacementOf(PERSON, "IVSE_B_STATIONARY", assessed.minusDays(1)))
                .as("a change effective before the assessment").isFalse();
        assertThat(assessment.coversPlacementOf(PERSON, "IVSE_B_STATIONARY", assessed)).isTrue();
        assertThat(assessment.coversPlacementOf(PERSON, "IVSE_B_STATIONARY", LocalDate.of(2026, 11, 30)))
                .as("the last day of the six months").isTrue();
        assertThat(assessment.coversPlacementOf(PERSON, "IVSE_B_STATIONARY", LocalDate.of(2026, 12, 1)))
                .as("older than six months").isFalse();
        assertThat(assessment.validUntil()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThatThrownBy(() -> assessment.coversPlacementOf(PERSON, "IVSE_B_STATIONARY", null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("DC-15 an assessment date in the future is an invalid field")
    void futureDate() {
        assertThat(errorsOf(() -> assessedOn(TODAY.plusDays(1))))
                .containsExactly(new FieldError("date", "must not lie in the future"));
    }

    @Test
    @DisplayName("DC-15 one to five distinct, named work areas")
    void areas() {
        assertThat(errorsOf(() -> assessedOn(TODAY, List.of(), 60))).extracting(FieldError::field)
                .containsExactly("recommendedAreas");
        assertThat(errorsOf(() -> assessedOn(TODAY, List.of("a", "b", "c", "d", "e", "f"), 60)))
                .extracting(FieldError::field).containsExactly("recommendedAreas");
        assertThat(errorsOf(() -> assessedOn(TODAY, List.of("Küche", " "), 60))).extracting(FieldError::field)
                .containsExactly("recommendedAreas[1]");
        assertThat(errorsOf(() -> assessedOn(TODAY, List.of("Küche", "Garten", "küche "), 60)))
                .containsExactly(new FieldError("recommendedAreas[2]", "names an area twice"));
        assertThat(errorsOf(() -> assessedOn(TODAY, List.of("x".repeat(61)), 60))).extracting(FieldError::field)
                .containsExactly("recommendedAreas[0]");
        assertThat(assessedOn(TODAY, List.of("a", "b", "c", "d", "e"), 60).recommendedAreas()).hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 55, 110, -10})
    @DisplayName("DC-05 a recommended Pensum outside 10 % steps from 10 to 100 is an invalid field")
    void pensum(int pensum) {
        assertThat(errorsOf(() -> assessedOn(TODAY, List.of("Küche"), pensum))).singleElement()
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("recommendedPensumPercent");
                    assertThat(e.message()).contains("DC-05");
                });
    }
}
