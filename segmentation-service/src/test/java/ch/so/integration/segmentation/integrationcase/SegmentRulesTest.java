package ch.so.integration.segmentation.integrationcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.web.ProblemException;

class SegmentRulesTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    private static String ruleOf(Runnable r) {
        try {
            r.run();
        } catch (ProblemException e) {
            return e.problem().rule() == null ? "field:" + e.problem().errors().getFirst().field() : e.problem().rule();
        }
        return "accepted";
    }

    @Test
    @DisplayName("SG-03 a decision without need categories is refused")
    void needsRequired() {
        assertThat(ruleOf(() -> SegmentRules.checkReason(Segment.V, Set.of(), "text", ""))).isEqualTo("SG-03");
        assertThat(ruleOf(() -> SegmentRules.checkReason(Segment.V, null, "text", ""))).isEqualTo("SG-03");
    }

    @Test
    @DisplayName("SG-03 a decision without a written reason is refused; the reason is stripped")
    void reasonRequired() {
        assertThat(ruleOf(() -> SegmentRules.checkReason(Segment.O, Set.of(NeedCategory.HEALTH), "  ", "")))
                .isEqualTo("SG-03");
        assertThat(SegmentRules.checkReason(Segment.O, Set.of(NeedCategory.HEALTH), "  unklar ", "")).isEqualTo("unklar");
    }

    @Test
    @DisplayName("SG-02 'no significant need' fits A only and stands alone")
    void noSignificantNeedIsA() {
        assertThat(ruleOf(() -> SegmentRules.checkReason(Segment.A, Set.of(NeedCategory.NONE_SIGNIFICANT), "r", "")))
                .isEqualTo("accepted");
        for (Segment s : EnumSet.of(Segment.V, Segment.O, Segment.S)) {
            assertThat(ruleOf(() -> SegmentRules.checkReason(s, Set.of(NeedCategory.NONE_SIGNIFICANT), "r", "")))
                    .isEqualTo("SG-02");
        }
        assertThat(ruleOf(() -> SegmentRules.checkReason(Segment.A,
                Set.of(NeedCategory.NONE_SIGNIFICANT, NeedCategory.HEALTH), "r", ""))).isEqualTo("SG-03");
    }

    @Test
    @DisplayName("SG-04 a decision is valid 6 months by default; the review is due 14 days before it lapses")
    void defaultValidity() {
        SegmentRules.Validity v = SegmentRules.validity(DAY, null, null, "");
        assertThat(v.validUntil()).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(v.reviewDueOn()).isEqualTo(LocalDate.of(2026, 8, 27));
        SegmentRules.Validity endOfMonth = SegmentRules.validity(LocalDate.of(2026, 8, 31), null, null, "");
        assertThat(endOfMonth.validUntil()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    @DisplayName("SG-04 a validity beyond 6 months is refused; a shorter one is kept")
    void atMostSixMonths() {
        assertThat(ruleOf(() -> SegmentRules.validity(DAY, LocalDate.of(2026, 9, 11), null, "")))
                .isEqualTo("SG-04");
        assertThat(SegmentRules.validity(DAY, LocalDate.of(2026, 6, 10), null, "").reviewDueOn())
                .isEqualTo(LocalDate.of(2026, 5, 27));
        assertThat(ruleOf(() -> SegmentRules.validity(DAY, DAY, null, ""))).isEqualTo("field:validUntil");
    }

    @Test
    @DisplayName("SG-04 the review is due before the assignment lapses: a due date on or after it is refused")
    void reviewBeforeLapse() {
        assertThat(ruleOf(() -> SegmentRules.validity(DAY, null, LocalDate.of(2026, 9, 10), ""))).isEqualTo("SG-04");
        assertThat(ruleOf(() -> SegmentRules.validity(DAY, null, DAY.minusDays(1), ""))).isEqualTo("SG-04");
        assertThat(SegmentRules.validity(DAY, null, LocalDate.of(2026, 9, 9), "").reviewDueOn())
                .isEqualTo(LocalDate.of(2026, 9, 9));
        // a very short validity: the review is due on the decision day at the earliest
        assertThat(SegmentRules.validity(DAY, DAY.plusDays(3), null, "").reviewDueOn()).isEqualTo(DAY);
    }

    @ParameterizedTest(name = "SG-08 {0} → {1}: {2}")
    @CsvSource({
            "O, V, accepted", "O, S, accepted", "O, A, SG-08",
            "V, O, accepted", "V, S, accepted", "V, A, SG-08",
            "S, O, SG-08", "S, V, SG-08", "S, A, SG-08",
            "A, A, accepted", "O, O, accepted", "S, S, accepted"})
    @DisplayName("SG-08 the move table")
    void moves(Segment from, Segment to, String expected) {
        assertThat(ruleOf(() -> SegmentRules.checkMove(from, to, false, false))).isEqualTo(expected);
    }

    @Test
    @DisplayName("SG-08 A is re-segmented only when not a self-runner: after a prompt review or at the due review")
    void aMovesOnlyWhenNotASelfRunner() {
        assertThat(ruleOf(() -> SegmentRules.checkMove(Segment.A, Segment.V, false, false))).isEqualTo("SG-08");
        assertThat(ruleOf(() -> SegmentRules.checkMove(Segment.A, Segment.V, true, false))).isEqualTo("accepted");
        assertThat(ruleOf(() -> SegmentRules.checkMove(Segment.A, Segment.S, false, true))).isEqualTo("accepted");
    }

    @Test
    @DisplayName("SG-08 \"held when due\" is the default review day (14 days before the decision lapses), whatever "
            + "review due date was set")
    void sg08HeldWhenDue() {
        LocalDate validUntil = DAY.plusMonths(6);
        assertThat(SegmentRules.heldWhenDue(DAY, DAY, validUntil)).isFalse();
        assertThat(SegmentRules.heldWhenDue(validUntil.minusDays(15), DAY, validUntil)).isFalse();
        assertThat(SegmentRules.heldWhenDue(validUntil.minusDays(14), DAY, validUntil)).isTrue();
        assertThat(SegmentRules.heldWhenDue(validUntil.plusDays(3), DAY, validUntil)).isTrue();
        // a validity shorter than the lead: due from the decision day
        assertThat(SegmentRules.heldWhenDue(DAY, DAY, DAY.plusDays(3))).isTrue();
    }

    @Test
    @DisplayName("SG-03 a null need category is refused with a 400 naming the field, not a 500 or a 409")
    void sg03NullNeedCategory() {
        Set<NeedCategory> withNull = new java.util.HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> SegmentRules.checkReason(Segment.O, withNull, "r", "decision."))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().errors()).extracting(FieldError::field)
                            .containsExactly("decision.needCategories");
                });
    }
}
