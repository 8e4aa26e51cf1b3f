package ch.so.integration.segmentation.integrationcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.web.ProblemException;
import ch.so.integration.segmentation.measure.MeasureType;

class IntegrationCaseTest {

    static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    static final LocalDate TODAY = LocalDate.of(2027, 6, 1);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZURICH).toInstant(), ZURICH);
    static final LocalDate START = TODAY.minusYears(2);

    final List<Review> notesWritten = new ArrayList<>();
    final IntegrationCase.FileNoteWriter writer = (c, review, decision, toEnd) -> {
        notesWritten.add(review);
        return new IntegrationCase.FileNoteRef(review.fileNoteId(), "ab".repeat(32));
    };

    static String rule(Runnable action) {
        try {
            action.run();
        } catch (ProblemException e) {
            return e.problem().rule() != null ? e.problem().rule()
                    : e.problem().type().substring(e.problem().type().lastIndexOf('/') + 1);
        }
        return "accepted";
    }

    static IntegrationCase inIntake() {
        IntegrationCase c = IntegrationCase.open(UUID.randomUUID(), AssistanceType.REGULAR, "Untergäu", "sa-1",
                START, CLOCK);
        c.recordIntakeStep(IntakeStep.FIRST_COUNSELLING, START, null, null, CLOCK);
        c.recordIntakeStep(IntakeStep.NEED_AND_ENTITLEMENT_CHECK, START.plusDays(1), true, null, CLOCK);
        c.recordIntakeStep(IntakeStep.SUBSIDIARITY_CHECK, START.plusDays(2), null, null, CLOCK);
        c.recordIntakeStep(IntakeStep.SHORT_ASSESSMENT, START.plusDays(3), null, "Befund", CLOCK);
        return c;
    }

    static IntegrationCase segmented(Segment segment) {
        IntegrationCase c = inIntake();
        c.segmentInitially(START.plusDays(4), input(segment, NeedCategory.HEALTH), "sa-1", CLOCK);
        c.releaseEvents();
        return c;
    }

    static IntegrationCase.DecisionInput input(Segment segment, NeedCategory need) {
        return new IntegrationCase.DecisionInput(segment, Set.of(need), "Begründung", null, null);
    }

    static IntegrationCase.AgreementFacts agreement(IntegrationCase c, boolean signed, UUID... goals) {
        LocalDate from = c.status() == CaseStatus.AFTERCARE ? c.detachedOn().orElseThrow()
                : c.currentDecision().orElseThrow().decidedOn();
        boolean aftercare = c.status() == CaseStatus.AFTERCARE;
        return new IntegrationCase.AgreementFacts(UUID.randomUUID(), aftercare,
                aftercare ? null : c.currentDecision().orElseThrow().id(), from, signed, List.of(goals));
    }

    static List<IntegrationCase.EvaluationInput> evaluated(UUID... goals) {
        return java.util.Arrays.stream(goals).map(g -> new IntegrationCase.EvaluationInput(g, Achievement.PARTLY,
                "weil")).toList();
    }

    IntegrationCase.ReviewOutcome review(IntegrationCase c, LocalDate on, Segment to) {
        UUID goal = UUID.randomUUID();
        return c.review(on, agreement(c, true, goal), evaluated(goal), "Situation", "Arbeitsmarkt",
                input(to, NeedCategory.LABOUR_MARKET_ACCESS), "sa-1", writer, CLOCK);
    }

    @Test
    @DisplayName("SG-01 the steps of process 2010 are recorded in order; the problem names the expected step")
    void stepsInOrder() {
        IntegrationCase c = IntegrationCase.open(UUID.randomUUID(), AssistanceType.ASYLUM, "Oberer Leberberg",
                "sa-2", START, CLOCK);
        assertThatThrownBy(() -> c.recordIntakeStep(IntakeStep.SHORT_ASSESSMENT, START, null, "x", CLOCK))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().rule()).isEqualTo("SG-01");
                    assertThat(e.problem().extensionMembers()).containsEntry("expectedStep", "FIRST_COUNSELLING");
                });
        c.recordIntakeStep(IntakeStep.FIRST_COUNSELLING, START, null, null, CLOCK);
        assertThat(rule(() -> c.recordIntakeStep(IntakeStep.NEED_AND_ENTITLEMENT_CHECK, START.minusDays(1), true,
                null, CLOCK))).as("dated before the previous step").isEqualTo("SG-01");
        assertThat(rule(() -> c.recordIntakeStep(IntakeStep.NEED_AND_ENTITLEMENT_CHECK, START, null, null, CLOCK)))
                .as("the check's outcome is required").isEqualTo("validation");
        c.recordIntakeStep(IntakeStep.NEED_AND_ENTITLEMENT_CHECK, START, false, null, CLOCK);
        assertThat(c.entitled()).contains(false);
        assertThat(c.nextIntakeStep()).contains(IntakeStep.SUBSIDIARITY_CHECK);
    }

    @Test
    @DisplayName("SG-01 the initial segmentation follows the short assessment, which needs its findings")
    void segmentationAfterShortAssessment() {
        IntegrationCase c = IntegrationCase.open(UUID.randomUUID(), AssistanceType.REGULAR, "R", "sa", START, CLOCK);
        c.recordIntakeStep(IntakeStep.FIRST_COUNSELLING, START, null, null, CLOCK);
        c.recordIntakeStep(IntakeStep.NEED_AND_ENTITLEMENT_CHECK, START, true, null, CLOCK);
        c.recordIntakeStep(IntakeStep.SUBSIDIARITY_CHECK, START, null, null, CLOCK);
        assertThat(rule(() -> c.segmentInitially(START, input(Segment.V, NeedCategory.QUALIFICATION), "sa", CLOCK)))
                .isEqualTo("SG-01");
        assertThat(rule(() -> c.recordIntakeStep(IntakeStep.SHORT_ASSESSMENT, START, null, " ", CLOCK)))
                .isEqualTo("validation");
        c.recordIntakeStep(IntakeStep.SHORT_ASSESSMENT, START, null, "Befund", CLOCK);
        c.segmentInitially(START, input(Segment.V, NeedCategory.QUALIFICATION), "sa", CLOCK);
        assertThat(c.status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(rule(() -> c.recordIntakeStep(IntakeStep.FIRST_COUNSELLING, START, null, null, CLOCK)))
                .isEqualTo("SG-01");
    }

    @Test
    @DisplayName("SG-02 without a segment the initial segmentation takes O, the default when unclear; SG-04 review "
            + "due before the 6-month validity ends")
    void defaultO() {
        IntegrationCase c = inIntake();
        c.releaseEvents();
        LocalDate on = START.plusDays(4);
        c.segmentInitially(on, new IntegrationCase.DecisionInput(null, Set.of(NeedCategory.UNCLEAR_SITUATION),
                "unklar", null, null), "sa-1", CLOCK);
        assertThat(c.segment()).contains(Segment.O);
        assertThat(c.segmentValidUntil()).contains(on.plusMonths(6));
        assertThat(c.reviewDueOn()).contains(on.plusMonths(6).minusDays(14));
        assertThat(c.releaseEvents()).singleElement().isInstanceOfSatisfying(SegmentAssigned.class, e ->
                assertThat(e.segment()).isEqualTo(Segment.O));
    }

    @Test
    @DisplayName("SG-05 a measure the segment excludes is refused; a segment change lists the active measures the "
            + "new segment excludes")
    void measures() {
        IntegrationCase c = segmented(Segment.O);
        LocalDate on = START.plusDays(5);
        assertThat(rule(() -> c.assignMeasure(MeasureType.RAV_COOPERATION, on, null, CLOCK))).isEqualTo("SG-05");
        CaseMeasure iv = c.assignMeasure(MeasureType.IV_CONTACT, on, null, CLOCK);
        c.assignMeasure(MeasureType.IN_DEPTH_POTENTIAL_ASSESSMENT, on, null, CLOCK);
        CaseMeasure occupation = c.assignMeasure(MeasureType.OCCUPATION, on, null, CLOCK);
        assertThat(c.activeMeasuresExcludedIn(Segment.V)).containsExactly(iv);
        assertThat(c.activeMeasuresExcludedIn(Segment.S)).extracting(CaseMeasure::type)
                .containsExactly(MeasureType.IN_DEPTH_POTENTIAL_ASSESSMENT);
        IntegrationCase.ReviewOutcome outcome = review(c, START.plusDays(100), Segment.V);
        assertThat(outcome.measuresToEnd()).containsExactly(iv);
        assertThat(c.releaseEvents()).singleElement().isInstanceOfSatisfying(SegmentChanged.class, e ->
                assertThat(e.measuresToEnd()).containsExactly(new SegmentChanged.MeasureToEnd(iv.id(),
                        MeasureType.IV_CONTACT)));
        assertThat(occupation.isActive()).as("not excluded, only an exception in V: left to the caseworker").isTrue();
    }

    @Test
    @DisplayName("SG-06 a review needs a signed goal agreement of the current period")
    void reviewNeedsSignedAgreement() {
        IntegrationCase c = segmented(Segment.O);
        UUID goal = UUID.randomUUID();
        LocalDate on = START.plusDays(100);
        assertThat(rule(() -> c.review(on, null, evaluated(goal), "s", "m", input(Segment.O, NeedCategory.HEALTH),
                "sa", writer, CLOCK))).isEqualTo("SG-06");
        assertThat(rule(() -> c.review(on, agreement(c, false, goal), evaluated(goal), "s", "m",
                input(Segment.O, NeedCategory.HEALTH), "sa", writer, CLOCK))).isEqualTo("SG-06");
        var old = new IntegrationCase.AgreementFacts(UUID.randomUUID(), false, c.currentDecision().orElseThrow().id(),
                START, true, List.of(goal));
        assertThat(rule(() -> c.review(on, old, evaluated(goal), "s", "m", input(Segment.O, NeedCategory.HEALTH),
                "sa", writer, CLOCK))).as("agreed before the decision").isEqualTo("SG-06");
        assertThat(notesWritten).isEmpty();
    }

    @Test
    @DisplayName("SG-07 every goal is evaluated with a reason; situation and labour market are weighed")
    void reviewEvaluatesEveryGoal() {
        IntegrationCase c = segmented(Segment.O);
        UUID g1 = UUID.randomUUID();
        UUID g2 = UUID.randomUUID();
        var facts = agreement(c, true, g1, g2);
        LocalDate on = START.plusDays(100);
        var decision = input(Segment.O, NeedCategory.HEALTH);
        assertThatThrownBy(() -> c.review(on, facts, evaluated(g1), "s", "m", decision, "sa", writer, CLOCK))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().rule()).isEqualTo("SG-07");
                    assertThat(e.problem().errors()).extracting(f -> f.message()).anyMatch(m -> m.contains(g2.toString()));
                });
        var noReason = List.of(new IntegrationCase.EvaluationInput(g1, Achievement.NOT, " "),
                new IntegrationCase.EvaluationInput(g2, Achievement.FULLY, "ok"));
        assertThat(rule(() -> c.review(on, facts, noReason, "s", "m", decision, "sa", writer, CLOCK)))
                .isEqualTo("SG-07");
        assertThat(rule(() -> c.review(on, facts, evaluated(g1, g2), " ", "m", decision, "sa", writer, CLOCK)))
                .isEqualTo("SG-07");
        assertThat(rule(() -> c.review(on, facts, evaluated(g1, g2), "s", null, decision, "sa", writer, CLOCK)))
                .isEqualTo("SG-07");
        assertThat(notesWritten).isEmpty();
    }

    @Test
    @DisplayName("SG-07 a kept segment is documented in a file note too and published as SegmentConfirmed with the "
            + "note's reference; SG-04 the new decision is valid 6 months from the review")
    void confirmedWithFileNote() {
        IntegrationCase c = segmented(Segment.O);
        LocalDate on = START.plusDays(100);
        IntegrationCase.ReviewOutcome outcome = review(c, on, Segment.O);
        assertThat(notesWritten).containsExactly(outcome.review());
        assertThat(outcome.decision().kind()).isEqualTo(DecisionKind.CONFIRMED);
        assertThat(c.segmentValidUntil()).contains(on.plusMonths(6));
        List<DomainEvent> events = c.releaseEvents();
        assertThat(events).singleElement().isInstanceOfSatisfying(SegmentConfirmed.class, e -> {
            assertThat(e.fileNoteId()).isEqualTo(outcome.review().fileNoteId());
            assertThat(e.fileNoteSha256()).hasSize(64);
        });
    }

    @Test
    @DisplayName("SG-08 a move outside the process is refused and writes nothing")
    void moveOutsideTheProcess() {
        IntegrationCase c = segmented(Segment.S);
        assertThat(rule(() -> review(c, START.plusDays(100), Segment.V))).isEqualTo("SG-08");
        assertThat(c.decisions()).hasSize(1);
        assertThat(notesWritten).isEmpty();
    }

    @Test
    @DisplayName("SG-04 SG-08 a person in A who is not a self-runner gets a prompt review (ReviewDue now); then A "
            + "may be re-segmented")
    void promptReview() {
        IntegrationCase c = segmented(Segment.A);
        LocalDate early = START.plusDays(30);
        assertThat(rule(() -> review(c, early, Segment.V))).as("A before its due review").isEqualTo("SG-08");
        c.requestPromptReview(early, CLOCK);
        assertThat(c.reviewDueOn()).contains(early);
        assertThat(c.releaseEvents()).singleElement().isInstanceOfSatisfying(ReviewDue.class,
                e -> assertThat(e.kind()).isEqualTo(ReviewKind.PROMPT));
        assertThat(c.announceReviewDue(TODAY)).as("announced already").isFalse();
        IntegrationCase.ReviewOutcome outcome = review(c, early.plusDays(3), Segment.V);
        assertThat(outcome.review().kind()).isEqualTo(ReviewKind.PROMPT);
        assertThat(c.segment()).contains(Segment.V);
        assertThat(c.notSelfRunnerSince()).isEmpty();
        assertThat(rule(() -> segmented(Segment.V).requestPromptReview(START.plusDays(30), CLOCK)))
                .isEqualTo("SG-04");
    }

    @Test
    @DisplayName("SG-04 ReviewDue is announced once per due review, and again for the next decision")
    void reviewDueOnce() {
        IntegrationCase c = segmented(Segment.V);
        LocalDate due = c.reviewDueOn().orElseThrow();
        assertThat(c.announceReviewDue(due.minusDays(1))).isFalse();
        assertThat(c.announceReviewDue(due)).isTrue();
        assertThat(c.announceReviewDue(due.plusDays(5))).isFalse();
        assertThat(c.releaseEvents()).singleElement().isInstanceOfSatisfying(ReviewDue.class, e -> {
            assertThat(e.kind()).isEqualTo(ReviewKind.REGULAR);
            assertThat(e.reviewDueOn()).isEqualTo(due);
        });
        review(c, due, Segment.V);
        c.releaseEvents();
        assertThat(c.announceReviewDue(TODAY)).isTrue();
    }

    @Test
    @DisplayName("SG-09 SG-10 after integration: the final review at the end of aftercare, then closure; earlier is "
            + "refused")
    void aftercareAndClosure() {
        IntegrationCase c = segmented(Segment.V);
        LocalDate integrated = START.plusDays(200);
        c.detach(DetachmentReason.PROFESSIONAL_INTEGRATION, integrated, CLOCK);
        assertThat(c.status()).isEqualTo(CaseStatus.AFTERCARE);
        LocalDate end = integrated.plusMonths(6);
        assertThat(c.aftercareEndsOn()).contains(end);
        assertThat(c.reviewDueOn()).as("the final review falls due at the end").contains(end);
        assertThat(rule(() -> c.close(end.minusDays(1), CLOCK))).isEqualTo("SG-10");
        assertThat(rule(() -> c.close(end, CLOCK))).as("no final review yet").isEqualTo("SG-09");
        UUID goal = UUID.randomUUID();
        var facts = agreement(c, true, goal);
        assertThat(rule(() -> c.finalReview(end.minusDays(1), facts, evaluated(goal), "s", false, null, "sa", writer,
                CLOCK))).isEqualTo("SG-09");
        assertThat(rule(() -> c.finalReview(end, facts, evaluated(goal), "s", true, " ", "sa", writer, CLOCK)))
                .as("who takes over").isEqualTo("SG-09");
        assertThat(rule(() -> c.finalReview(end, new IntegrationCase.AgreementFacts(UUID.randomUUID(), false,
                null, integrated, true, List.of(goal)), evaluated(goal), "s", false, null, "sa", writer, CLOCK)))
                .as("the aftercare goal agreement").isEqualTo("SG-09");
        c.finalReview(end, facts, evaluated(goal), "s", true, "Schuldenberatung", "sa", writer, CLOCK);
        c.close(end, CLOCK);
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.releaseEvents()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("CaseDetached", "CaseClosed");
    }

    @Test
    @DisplayName("SG-10 a case closes only after leaving assistance; after subsidiarity at once")
    void closeAfterOtherDetachment() {
        IntegrationCase active = segmented(Segment.S);
        assertThat(rule(() -> active.close(START.plusDays(10), CLOCK))).isEqualTo("SG-10");
        active.detach(DetachmentReason.SUBSIDIARITY, START.plusDays(20), CLOCK);
        assertThat(active.status()).isEqualTo(CaseStatus.DETACHED);
        assertThat(active.reviewDueOn()).isEmpty();
        active.close(START.plusDays(20), CLOCK);
        assertThat(active.status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    @DisplayName("SG-01 SG-11 a case in intake ends by withdrawal: not entitled (only after a check that found no "
            + "entitlement), subsidiarity, withdrawn; then it closes and the person may get a new case")
    void sg01WithdrawalInIntake() {
        IntegrationCase notChecked = IntegrationCase.open(UUID.randomUUID(), AssistanceType.REGULAR, "R", "sa", START,
                CLOCK);
        assertThat(rule(() -> notChecked.withdraw(DetachmentReason.NOT_ENTITLED, START, CLOCK))).isEqualTo("SG-11");
        assertThat(rule(() -> notChecked.withdraw(DetachmentReason.PROFESSIONAL_INTEGRATION, START, CLOCK)))
                .isEqualTo("validation");
        assertThat(rule(() -> notChecked.withdraw(DetachmentReason.WITHDRAWN, TODAY.plusDays(1), CLOCK)))
                .isEqualTo("validation");
        notChecked.releaseEvents();
        notChecked.withdraw(DetachmentReason.WITHDRAWN, START.plusDays(2), CLOCK);
        assertThat(notChecked.status()).isEqualTo(CaseStatus.DETACHED);
        assertThat(notChecked.detachmentReason()).contains(DetachmentReason.WITHDRAWN);
        assertThat(notChecked.releaseEvents()).singleElement().isInstanceOfSatisfying(CaseDetached.class, e -> {
            assertThat(e.reason()).isEqualTo(DetachmentReason.WITHDRAWN);
            assertThat(e.segment()).isNull();
            assertThat(e.aftercareEndsOn()).isNull();
        });
        assertThat(rule(() -> notChecked.withdraw(DetachmentReason.OTHER, START.plusDays(3), CLOCK)))
                .isEqualTo("SG-01");
        notChecked.close(START.plusDays(3), CLOCK);
        assertThat(notChecked.status()).isEqualTo(CaseStatus.CLOSED);

        IntegrationCase entitledCase = inIntake();
        assertThat(rule(() -> entitledCase.withdraw(DetachmentReason.NOT_ENTITLED, START.plusDays(4), CLOCK)))
                .as("the check found the person entitled").isEqualTo("SG-11");
        assertThat(rule(() -> entitledCase.withdraw(DetachmentReason.SUBSIDIARITY, START.plusDays(2), CLOCK)))
                .as("not before the last intake step").isEqualTo("SG-01");
        entitledCase.withdraw(DetachmentReason.SUBSIDIARITY, START.plusDays(4), CLOCK);
        assertThat(entitledCase.status()).isEqualTo(CaseStatus.DETACHED);

        IntegrationCase notEntitled = IntegrationCase.open(UUID.randomUUID(), AssistanceType.REGULAR, "R", "sa", START,
                CLOCK);
        notEntitled.recordIntakeStep(IntakeStep.FIRST_COUNSELLING, START, null, null, CLOCK);
        notEntitled.recordIntakeStep(IntakeStep.NEED_AND_ENTITLEMENT_CHECK, START.plusDays(1), false, null, CLOCK);
        notEntitled.withdraw(DetachmentReason.NOT_ENTITLED, START.plusDays(1), CLOCK);
        assertThat(notEntitled.detachmentReason()).contains(DetachmentReason.NOT_ENTITLED);

        IntegrationCase active = segmented(Segment.O);
        assertThat(rule(() -> active.withdraw(DetachmentReason.WITHDRAWN, START.plusDays(10), CLOCK)))
                .as("a segmented case is detached, not withdrawn").isEqualTo("SG-01");
        assertThat(rule(() -> active.detach(DetachmentReason.NOT_ENTITLED, START.plusDays(10), CLOCK)))
                .as("an intake reason").isEqualTo("validation");
    }

    @Test
    @DisplayName("SG-06 a goal agreement is evaluated once: a review held on the day the agreement was agreed starts "
            + "a new period, and the next review does not accept the same agreement")
    void sg06SameDayAgreementIsNotEvaluatedTwice() {
        IntegrationCase c = segmented(Segment.O);
        UUID goal = UUID.randomUUID();
        LocalDate day = START.plusDays(4);
        var facts = agreement(c, true, goal);
        assertThat(facts.agreedOn()).isEqualTo(day);
        c.review(day, facts, evaluated(goal), "Situation", "Arbeitsmarkt",
                input(Segment.O, NeedCategory.HEALTH), "sa-1", writer, CLOCK);
        assertThat(c.currentDecision().orElseThrow().decidedOn()).isEqualTo(day);
        assertThat(c.isAgreementOfCurrentPeriod(facts.decisionId(), false)).isFalse();
        assertThat(rule(() -> c.review(day.plusDays(60), facts, evaluated(goal), "Situation", "Arbeitsmarkt",
                input(Segment.O, NeedCategory.HEALTH), "sa-1", writer, CLOCK))).isEqualTo("SG-06");
        assertThat(c.reviews()).hasSize(1);
        assertThat(notesWritten).hasSize(1);
        // an agreement of the new decision is evaluated
        var next = agreement(c, true, goal);
        assertThat(c.isAgreementOfCurrentPeriod(next.decisionId(), false)).isTrue();
        c.review(day.plusDays(60), next, evaluated(goal), "Situation", "Arbeitsmarkt",
                input(Segment.O, NeedCategory.HEALTH), "sa-1", writer, CLOCK);
        assertThat(c.reviews()).hasSize(2);
    }

    @Test
    @DisplayName("SG-08 a review due date set to the decision day does not make every review \"held when due\": A "
            + "moves only after a prompt review or from the default review day (14 days before the decision lapses)")
    void sg08EarlyDueDateDoesNotOpenA() {
        IntegrationCase c = inIntake();
        LocalDate decided = START.plusDays(4);
        c.segmentInitially(decided, new IntegrationCase.DecisionInput(Segment.A, Set.of(NeedCategory.NONE_SIGNIFICANT),
                "selbständig", null, decided), "sa-1", CLOCK);
        assertThat(c.reviewDueOn()).contains(decided);
        assertThat(rule(() -> review(c, decided.plusDays(30), Segment.V))).isEqualTo("SG-08");
        assertThat(c.decisions()).hasSize(1);
        LocalDate defaultDue = decided.plusMonths(6).minusDays(14);
        assertThat(rule(() -> review(c, defaultDue.minusDays(1), Segment.V))).isEqualTo("SG-08");
        review(c, defaultDue, Segment.V);
        assertThat(c.segment()).contains(Segment.V);
    }

    @Test
    @DisplayName("SG-03 a null need category is a 400 naming needCategories, at the segmentation and at a review")
    void sg03NullNeedCategory() {
        IntegrationCase c = inIntake();
        Set<NeedCategory> withNull = new java.util.HashSet<>(java.util.Arrays.asList(NeedCategory.HEALTH, null));
        assertThatThrownBy(() -> c.segmentInitially(START.plusDays(4), new IntegrationCase.DecisionInput(Segment.O,
                withNull, "r", null, null), "sa", CLOCK)).isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().errors().getFirst().field()).isEqualTo("needCategories");
                });
        IntegrationCase active = segmented(Segment.O);
        UUID goal = UUID.randomUUID();
        assertThatThrownBy(() -> active.review(START.plusDays(100), agreement(active, true, goal), evaluated(goal),
                "s", "m", new IntegrationCase.DecisionInput(Segment.O, withNull, "r", null, null), "sa", writer,
                CLOCK)).isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().errors().getFirst().field()).isEqualTo("decision.needCategories");
                });
        assertThat(notesWritten).isEmpty();
        assertThat(active.decisions()).hasSize(1);
    }
}
