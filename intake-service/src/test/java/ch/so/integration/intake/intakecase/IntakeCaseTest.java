package ch.so.integration.intake.intakecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.web.ProblemException;

class IntakeCaseTest {

    /** 2026-11-22 in Zurich. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Zurich"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final UUID PERSON = UUID.randomUUID();

    private static IntakeCase withSteps(int recorded) {
        IntakeCase intakeCase = IntakeCase.open(PERSON, IntakeUnit.INTAKE_WORK, CLOCK);
        for (int i = 0; i < recorded; i++) {
            intakeCase.recordStep(IntakeStep.values()[i], TODAY.minusDays(10 - i), "ikw-mba", null, CLOCK);
        }
        intakeCase.releaseEvents();
        return intakeCase;
    }

    private static Problem problemOf(Runnable action) {
        try {
            action.run();
        } catch (ProblemException e) {
            return e.problem();
        }
        throw new AssertionError("expected a ProblemException");
    }

    @ParameterizedTest
    @EnumSource(IntakeUnit.class)
    @DisplayName("DC-10 any intake unit may open a case; Intake Work coordinates every one; IntakeCaseOpened is registered")
    void open(IntakeUnit unit) {
        IntakeCase intakeCase = IntakeCase.open(PERSON, unit, CLOCK);

        assertThat(intakeCase.openedBy()).isEqualTo(unit);
        assertThat(intakeCase.coordinatingUnit()).isEqualTo(IntakeUnit.INTAKE_WORK);
        assertThat(intakeCase.status()).isEqualTo(IntakeCaseStatus.OPEN);
        assertThat(intakeCase.openedOn()).isEqualTo(TODAY);
        assertThat(intakeCase.nextStep()).contains(IntakeStep.REQUEST);
        assertThat(intakeCase.releaseEvents()).singleElement().isEqualTo(
                new IntakeCaseOpened(intakeCase.id(), PERSON, unit, IntakeUnit.INTAKE_WORK, TODAY));
        assertThat(intakeCase.releaseEvents()).as("events are handed out once").isEmpty();
    }

    @Test
    @DisplayName("DC-11 the five steps in order complete the case with the last one and register IntakeCaseCompleted")
    void walkAllSteps() {
        IntakeCase intakeCase = IntakeCase.open(PERSON, IntakeUnit.INTAKE_HOUSING, CLOCK);
        intakeCase.releaseEvents();
        List<LocalDate> dates = List.of(TODAY.minusDays(9), TODAY.minusDays(5), TODAY.minusDays(5), TODAY.minusDays(2),
                TODAY);
        for (IntakeStep step : IntakeStep.values()) {
            assertThat(intakeCase.status()).isEqualTo(IntakeCaseStatus.OPEN);
            assertThat(intakeCase.nextStep()).contains(step);
            intakeCase.recordStep(step, dates.get(step.ordinal()), " ikw-mba ", step == IntakeStep.REQUEST ? "by phone" : " ",
                    CLOCK);
            if (!step.isLast()) {
                assertThat(intakeCase.releaseEvents()).as("only the last step registers an event").isEmpty();
            }
        }

        assertThat(intakeCase.status()).isEqualTo(IntakeCaseStatus.COMPLETED);
        assertThat(intakeCase.completedOn()).contains(TODAY);
        assertThat(intakeCase.nextStep()).isEmpty();
        assertThat(intakeCase.steps()).extracting(RecordedStep::step).containsExactly(IntakeStep.values());
        assertThat(intakeCase.steps().getFirst().responsible()).isEqualTo("ikw-mba");
        assertThat(intakeCase.steps().getFirst().note()).isEqualTo("by phone");
        assertThat(intakeCase.steps().get(1).note()).as("a blank note is no note").isNull();
        assertThat(intakeCase.releaseEvents()).singleElement().isInstanceOfSatisfying(IntakeCaseCompleted.class, e -> {
            assertThat(e.aggregateId()).isEqualTo(intakeCase.id().toString());
            assertThat(e.personId()).isEqualTo(PERSON);
            assertThat(e.openedBy()).isEqualTo(IntakeUnit.INTAKE_HOUSING);
            assertThat(e.coordinatingUnit()).isEqualTo(IntakeUnit.INTAKE_WORK);
            assertThat(e.completedOn()).isEqualTo(TODAY);
            assertThat(e.steps()).extracting(IntakeCaseCompleted.StepDate::date).containsExactlyElementsOf(dates);
            assertThat(e.toString()).doesNotContain("ikw-mba").doesNotContain("phone");
        });
    }

    /** Every (steps recorded so far, requested step) pair where the requested step is not the next one. */
    static Stream<Arguments> outOfOrder() {
        List<Arguments> pairs = new ArrayList<>();
        for (int recorded = 0; recorded < IntakeStep.values().length; recorded++) {
            for (IntakeStep requested : IntakeStep.values()) {
                if (requested.ordinal() != recorded) {
                    pairs.add(Arguments.of(recorded, requested));
                }
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "after {0} step(s), {1} is refused")
    @MethodSource("outOfOrder")
    @DisplayName("DC-11 a step out of order or repeated is refused, naming the expected step; nothing changes")
    void outOfOrderIsRefused(int recorded, IntakeStep requested) {
        IntakeCase intakeCase = withSteps(recorded);
        IntakeStep expected = IntakeStep.values()[recorded];

        Problem problem = problemOf(() -> intakeCase.recordStep(requested, TODAY, "ikw-mba", null, CLOCK));

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo(ProblemType.RULE_VIOLATION.uri());
        assertThat(problem.rule()).isEqualTo("DC-11");
        assertThat(problem.detail()).startsWith("DC-11").contains("The next step of this case is " + expected);
        assertThat(problem.extensionMembers()).containsEntry("expectedStep", expected.name())
                .containsEntry("requestedStep", requested.name());
        if (requested.ordinal() < recorded) {
            assertThat(problem.detail()).contains(requested + " is already recorded");
        }
        assertThat(intakeCase.steps()).hasSize(recorded);
        assertThat(intakeCase.status()).isEqualTo(IntakeCaseStatus.OPEN);
        assertThat(intakeCase.releaseEvents()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(IntakeStep.class)
    @DisplayName("DC-11 a completed case takes no further step")
    void completedTakesNoStep(IntakeStep step) {
        IntakeCase intakeCase = withSteps(IntakeStep.values().length);
        assertThat(intakeCase.status()).isEqualTo(IntakeCaseStatus.COMPLETED);

        Problem problem = problemOf(() -> intakeCase.recordStep(step, TODAY, "ikw-mba", null, CLOCK));

        assertThat(problem.rule()).isEqualTo("DC-11");
        assertThat(problem.detail()).contains("completed");
        assertThat(problem.extensionMembers()).doesNotContainKey("expectedStep");
    }

    @Test
    @DisplayName("DC-11 a step dated before the previous step is refused naming the date; the same day is fine")
    void dateNotBeforePreviousStep() {
        IntakeCase intakeCase = withSteps(2);
        LocalDate previous = intakeCase.steps().getLast().date();

        Problem problem = problemOf(() -> intakeCase.recordStep(IntakeStep.ENTRY_ADMINISTRATION, previous.minusDays(1),
                "ikw-mba", null, CLOCK));

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.rule()).isEqualTo("DC-11");
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("date");
            assertThat(error.message()).contains("FIRST_INTERVIEW on " + previous);
        });
        assertThat(intakeCase.steps()).hasSize(2);

        intakeCase.recordStep(IntakeStep.ENTRY_ADMINISTRATION, previous, "ikw-mba", null, CLOCK);
        assertThat(intakeCase.steps()).hasSize(3);
    }

    @Test
    @DisplayName("DC-11 a step date in the future, a missing responsible person or a too long note is an invalid field")
    void invalidFields() {
        IntakeCase intakeCase = withSteps(0);

        assertThat(problemOf(() -> intakeCase.recordStep(IntakeStep.REQUEST, TODAY.plusDays(1), "ikw-mba", null, CLOCK)))
                .satisfies(p -> {
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.errors()).containsExactly(new FieldError("date", "must not lie in the future"));
                });
        assertThat(problemOf(() -> intakeCase.recordStep(IntakeStep.REQUEST, TODAY, "  ", null, CLOCK)).errors())
                .extracting(FieldError::field).containsExactly("responsible");
        assertThat(problemOf(() -> intakeCase.recordStep(IntakeStep.REQUEST, TODAY, "ikw-mba", "x".repeat(501), CLOCK))
                .errors()).extracting(FieldError::field).containsExactly("note");
        assertThat(intakeCase.steps()).isEmpty();

        intakeCase.recordStep(IntakeStep.REQUEST, TODAY, "ikw-mba", "x".repeat(500), CLOCK);
        assertThat(intakeCase.steps()).hasSize(1);
    }

    @Test
    @DisplayName("DC-11 withdrawing stops an open case and registers IntakeCaseWithdrawn; afterwards no step and no second withdrawal")
    void withdraw() {
        IntakeCase intakeCase = withSteps(2);
        LocalDate previous = intakeCase.steps().getLast().date();

        assertThat(problemOf(() -> intakeCase.withdraw(previous.minusDays(1), "ikw-mba", CLOCK)).errors())
                .extracting(FieldError::field).containsExactly("date");
        intakeCase.withdraw(TODAY, "ikw-mba", CLOCK);

        assertThat(intakeCase.status()).isEqualTo(IntakeCaseStatus.WITHDRAWN);
        assertThat(intakeCase.withdrawnOn()).contains(TODAY);
        assertThat(intakeCase.withdrawnBy()).contains("ikw-mba");
        assertThat(intakeCase.nextStep()).isEmpty();
        assertThat(intakeCase.releaseEvents()).singleElement().isInstanceOfSatisfying(IntakeCaseWithdrawn.class,
                e -> assertThat(e.steps()).extracting(IntakeCaseCompleted.StepDate::step)
                        .containsExactly(IntakeStep.REQUEST, IntakeStep.FIRST_INTERVIEW));
        assertThat(problemOf(() -> intakeCase.recordStep(IntakeStep.ENTRY_ADMINISTRATION, TODAY, "ikw-mba", null, CLOCK))
                .rule()).isEqualTo("DC-11");
        assertThat(problemOf(() -> intakeCase.withdraw(TODAY, "ikw-mba", CLOCK)).detail()).contains("withdrawn");
        assertThatThrownBy(() -> withSteps(5).withdraw(TODAY, "ikw-mba", CLOCK))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().rule()).isEqualTo("DC-11"));
    }

    @Test
    @DisplayName("DC-11 the step order is request, first interview, entry administration, financing clarification, case-management opening")
    void order() {
        assertThat(IntakeStep.values()).containsExactly(IntakeStep.REQUEST, IntakeStep.FIRST_INTERVIEW,
                IntakeStep.ENTRY_ADMINISTRATION, IntakeStep.FINANCING_CLARIFICATION, IntakeStep.CASE_MANAGEMENT_OPENING);
        assertThat(IntakeStep.first()).isEqualTo(IntakeStep.REQUEST);
        assertThat(IntakeStep.FINANCING_CLARIFICATION.next()).contains(IntakeStep.CASE_MANAGEMENT_OPENING);
        assertThat(IntakeStep.CASE_MANAGEMENT_OPENING.isLast()).isTrue();
    }
}
