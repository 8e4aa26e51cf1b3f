package ch.so.integration.iiz.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.iiz.casespace.Contributor;
import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.web.ProblemException;

class IntegrationPlanTest {

    static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 22).atTime(10, 0).atZone(ZURICH).toInstant(), ZURICH);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final UUID CASE = UUID.randomUUID();
    static final Contributor RAV = new Contributor("rav-spec", "INSTITUTION", "RAV-SO");
    static final Contributor IV = new Contributor("iv-spec", "INSTITUTION", "IV-SO");

    static List<Measure> measures(LocalDate deadline) {
        return List.of(new Measure("Bewerbungscoaching", "2 x pro Woche", deadline, "RAV-SO", null),
                new Measure("Arztbericht einholen", null, deadline.plusWeeks(2), null, "Klientin"));
    }

    static IntegrationPlan approvedDraft() {
        IntegrationPlan plan = IntegrationPlan.draft(CASE, null, measures(TODAY.plusMonths(1)), "coord", CLOCK);
        plan.review(PlanReview.Verdict.APPROVED, null, RAV, CLOCK);
        return plan;
    }

    @Test
    @DisplayName("IZ-08 every measure needs a title, a deadline not in the past and a responsible institution or person")
    void measuresAreChecked() {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> IntegrationPlan.draft(CASE, null,
                List.of(new Measure(" ", null, TODAY.minusDays(1), null, " "),
                        new Measure("ok", null, null, "RAV-SO", null)), "coord", CLOCK));
        assertThat(e.problem().status()).isEqualTo(400);
        assertThat(e.problem().errors()).extracting(FieldError::field).containsExactly("measures[0].title",
                "measures[0].deadline", "measures[0].responsibleInstitution", "measures[1].deadline");
        assertThat(catchThrowableOfType(ProblemException.class, () -> IntegrationPlan.draft(CASE, null, List.of(),
                "coord", CLOCK)).problem().errors().getFirst().field()).isEqualTo("measures");
        IntegrationPlan plan = IntegrationPlan.draft(CASE, null, measures(TODAY), "coord", CLOCK);
        assertThat(plan.planVersion()).isEqualTo(1);
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.measures()).hasSize(2);
    }

    @Test
    @DisplayName("IZ-08 a plan is signed only after the team's review: without an approval it is refused")
    void needsApproval() {
        IntegrationPlan plan = IntegrationPlan.draft(CASE, null, measures(TODAY.plusMonths(1)), "coord", CLOCK);
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> plan.sign(TODAY, "coord", "Klientin", null, CLOCK));
        assertThat(e.problem().rule()).isEqualTo("IZ-08");
        assertThat(e.problem().status()).isEqualTo(409);
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    @DisplayName("IZ-08 the iiz office cannot approve its own draft into signing: only a partner institution's or the "
            + "case manager's approval counts")
    void selfApprovalDoesNotCount() {
        IntegrationPlan plan = IntegrationPlan.draft(CASE, null, measures(TODAY.plusMonths(1)), "coord", CLOCK);
        plan.review(PlanReview.Verdict.APPROVED, null, new Contributor("coord", "COORDINATOR", null), CLOCK);
        plan.review(PlanReview.Verdict.APPROVED, null, new Contributor("spec", "SPECIALIST", null), CLOCK);
        plan.review(PlanReview.Verdict.APPROVED, null, new Contributor("op", "ADMIN", null), CLOCK);
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> plan.sign(TODAY, "coord", "Klientin", null, CLOCK));
        assertThat(e.problem().rule()).isEqualTo("IZ-08");
        assertThat(e.problem().status()).isEqualTo(409);
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);

        plan.review(PlanReview.Verdict.APPROVED, null, new Contributor("cm", "CASE_MANAGER", null), CLOCK);
        plan.sign(TODAY, "coord", "Klientin", null, CLOCK);
        assertThat(plan.status()).isEqualTo(PlanStatus.SIGNED);
    }

    @Test
    @DisplayName("IZ-08 a member's comment holds the signature until the member approves or the plan is revised; "
            + "a revision needs a new approval")
    void commentsHoldTheSignature() {
        IntegrationPlan plan = approvedDraft();
        plan.review(PlanReview.Verdict.COMMENTED, "Frist zu knapp", IV, CLOCK);
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> plan.sign(TODAY, "coord", "Klientin", null, CLOCK));
        assertThat(e.problem().rule()).isEqualTo("IZ-08");
        assertThat(e.problem().extensions().get("openComments")).isEqualTo(List.of("iv-spec"));

        plan.revise(measures(TODAY.plusMonths(2)), CLOCK);
        assertThat(plan.revision()).isEqualTo(2);
        assertThat(plan.latestReviews()).isEmpty();
        assertThat(catchThrowableOfType(ProblemException.class,
                () -> plan.sign(TODAY, "coord", "Klientin", null, CLOCK)).problem().rule()).isEqualTo("IZ-08");
        plan.review(PlanReview.Verdict.APPROVED, null, IV, CLOCK);
        plan.sign(TODAY, "coord", "Klientin", null, CLOCK);
        assertThat(plan.status()).isEqualTo(PlanStatus.SIGNED);
        assertThat(plan.reviews()).hasSize(3);
    }

    @Test
    @DisplayName("IZ-08 a comment needs its text")
    void commentNeedsText() {
        IntegrationPlan plan = approvedDraft();
        assertThat(catchThrowableOfType(ProblemException.class, () -> plan.review(PlanReview.Verdict.COMMENTED, " ", IV,
                CLOCK)).problem().errors().getFirst().field()).isEqualTo("comment");
    }

    @Test
    @DisplayName("IZ-08 coordinator and client sign at the kickoff: not in the future, no deadline before it; "
            + "signing registers IntegrationPlanSigned")
    void sign() {
        IntegrationPlan plan = approvedDraft();
        assertThat(catchThrowableOfType(ProblemException.class, () -> plan.sign(TODAY.plusDays(1), "coord", "Klientin",
                null, CLOCK)).problem().errors().getFirst().field()).isEqualTo("kickoffOn");
        plan.sign(TODAY, "coord", " Klientin ", null, CLOCK);
        assertThat(plan.kickoffOn()).isEqualTo(TODAY);
        assertThat(plan.clientSignatory()).isEqualTo("Klientin");
        assertThat(plan.coordinatorSignatory()).isEqualTo("coord");
        assertThat(plan.releaseEvents()).containsExactly(new IntegrationPlanSigned(CASE, plan.id(), 1, TODAY, 2,
                TODAY.plusMonths(1), null));
    }

    @Test
    @DisplayName("IZ-08 a deadline before the kickoff refuses the signature naming the measure")
    void deadlineBeforeKickoff() {
        Clock later = Clock.offset(CLOCK, java.time.Duration.ofDays(20));
        IntegrationPlan plan = IntegrationPlan.draft(CASE, null, measures(TODAY.plusDays(5)), "coord", CLOCK);
        plan.review(PlanReview.Verdict.APPROVED, null, RAV, CLOCK);
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> plan.sign(TODAY.plusDays(10), "coord", "Klientin", null, later));
        assertThat(e.problem().rule()).isEqualTo("IZ-08");
        assertThat(e.problem().errors()).extracting(FieldError::field).containsExactly("measures[0].deadline");
    }

    @Test
    @DisplayName("IZ-08 a signed plan never changes: a change is a new version, whose signature supersedes the old "
            + "one, which is kept")
    void versions() {
        IntegrationPlan first = approvedDraft();
        first.sign(TODAY, "coord", "Klientin", null, CLOCK);
        assertThat(catchThrowableOfType(ProblemException.class, () -> first.revise(measures(TODAY), CLOCK))
                .problem().rule()).isEqualTo("IZ-08");
        assertThat(catchThrowableOfType(ProblemException.class, () -> first.review(PlanReview.Verdict.APPROVED, null,
                IV, CLOCK)).problem().rule()).isEqualTo("IZ-08");

        IntegrationPlan second = IntegrationPlan.draft(CASE, first, measures(TODAY.plusMonths(3)), "coord", CLOCK);
        assertThat(second.planVersion()).isEqualTo(2);
        assertThat(catchThrowableOfType(ProblemException.class, () -> IntegrationPlan.draft(CASE, second,
                measures(TODAY), "coord", CLOCK)).problem().rule()).isEqualTo("IZ-08");
        assertThat(first.status()).isEqualTo(PlanStatus.SIGNED);
        second.review(PlanReview.Verdict.APPROVED, null, IV, CLOCK);
        first.releaseEvents();
        second.sign(TODAY, "coord", "Klientin", first, CLOCK);
        assertThat(first.status()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(first.measures()).isEqualTo(measures(TODAY.plusMonths(1)));
        assertThat(((IntegrationPlanSigned) second.releaseEvents().getFirst()).supersededPlanId()).isEqualTo(first.id());
    }
}
