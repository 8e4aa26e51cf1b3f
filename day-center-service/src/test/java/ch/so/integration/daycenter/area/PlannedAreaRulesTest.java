package ch.so.integration.daycenter.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.web.ProblemException;

class PlannedAreaRulesTest {

    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    @DisplayName("DC-02: a company holiday over days without entries in the area is not refused by the plan")
    void dc02_closureWithoutPlansPasses() {
        assertThat(PlannedAreaRules.closureOverPlans("Küche",
                new DateRange(day("2027-07-19"), day("2027-07-23")), List.of())).isEmpty();
    }

    @Test
    @DisplayName("DC-02: a company holiday over planned days is refused, naming the days, the half-days, from and to")
    void dc02_closureOverPlansIsRefused() {
        Optional<ProblemException> refusal = PlannedAreaRules.closureOverPlans("Küche",
                new DateRange(day("2027-07-16"), day("2027-07-30")), List.of(
                        new AreaPlans.PlannedDay(day("2027-07-19"), 3),
                        new AreaPlans.PlannedDay(day("2027-07-20"), 1),
                        new AreaPlans.PlannedDay(day("2027-07-28"), 2)));
        assertThat(refusal).isPresent();
        Problem problem = refusal.get().problem();
        assertThat(problem.rule()).isEqualTo("DC-02");
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).contains("2027-07-16 to 2027-07-30")
                .contains("6 planned half-days in 'Küche' on 2027-07-19 to 2027-07-20, 2027-07-28 (3 days)");
        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("from", "to");
    }

    @Test
    @DisplayName("DC-02: one planned half-day is named in the singular")
    void dc02_singlePlannedHalfDay() {
        Problem problem = PlannedAreaRules.closureOverPlans("Garten",
                new DateRange(day("2027-07-19"), day("2027-07-19")),
                List.of(new AreaPlans.PlannedDay(day("2027-07-19"), 1))).orElseThrow().problem();
        assertThat(problem.detail()).contains("1 planned half-day in 'Garten' on 2027-07-19 (1 day)");
    }

    @Test
    @DisplayName("DC-04: a capacity at or above the busiest planned half-day passes; no plans, any capacity passes")
    void dc04_capacityAtOrAbovePlansPasses() {
        Optional<AreaPlans.BusiestHalfDay> busiest = Optional.of(
                new AreaPlans.BusiestHalfDay(day("2027-07-19"), HalfDay.MORNING, 3));
        assertThat(PlannedAreaRules.capacityBelowPlans("Küche", 3, busiest)).isEmpty();
        assertThat(PlannedAreaRules.capacityBelowPlans("Küche", 4, busiest)).isEmpty();
        assertThat(PlannedAreaRules.capacityBelowPlans("Küche", 1, Optional.empty())).isEmpty();
    }

    @Test
    @DisplayName("DC-04: a capacity below the busiest planned half-day is refused, naming capacity and the half-day")
    void dc04_capacityBelowPlansIsRefused() {
        Problem problem = PlannedAreaRules.capacityBelowPlans("Küche", 2, Optional.of(
                new AreaPlans.BusiestHalfDay(day("2027-07-19"), HalfDay.AFTERNOON, 3))).orElseThrow().problem();
        assertThat(problem.rule()).isEqualTo("DC-04");
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).contains("A capacity of 2").contains("3 participants on 2027-07-19 AFTERNOON");
        assertThat(problem.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("capacity");
            assertThat(e.message()).contains("must be at least 3");
        });
    }
}
