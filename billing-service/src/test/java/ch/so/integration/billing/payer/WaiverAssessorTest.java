package ch.so.integration.billing.payer;

import static ch.so.integration.billing.payer.Fixtures.chf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import ch.so.integration.billing.payer.WaiverDecision.Outcome;

class WaiverAssessorTest {

    private static final WaiverLimits LIMITS = WaiverLimits.of(List.of(
            new WaiverLimits.Limit(chf("2500.00"), chf("10000.00")),
            new WaiverLimits.Limit(chf("3800.00"), chf("20000.00")),
            new WaiverLimits.Limit(chf("4500.00"), chf("25000.00"))));
    private static final java.math.BigDecimal REST = chf("868.00");

    private static WaiverApplication application(String canton, ResidencePermit permit, Set<CashBenefit> benefits,
            int size, String income, String assets) {
        return new WaiverApplication(canton, permit, benefits, size, chf(income), chf(assets));
    }

    private static WaiverDecision decide(WaiverApplication application, WaiverPolicy policy) {
        return WaiverAssessor.decide(application, REST, LIMITS, policy);
    }

    @ParameterizedTest(name = "AM-06 permit {0}: eligible = {1}")
    @CsvSource({"B, true", "C, true", "F, true", "N, true", "S, true", "L, false", "G, false", "NONE, false"})
    void am06Permit(ResidencePermit permit, boolean eligible) {
        WaiverDecision decision = decide(application("SO", permit, Set.of(), 1, "1000.00", "0.00"),
                WaiverPolicy.PAY_EXCESS_INCOME);

        assertThat(decision.outcome()).isEqualTo(eligible ? Outcome.FULL_WAIVER : Outcome.NOT_ELIGIBLE);
        if (!eligible) {
            assertThat(decision.failedConditions()).singleElement().asString().contains("permit " + permit);
            assertThat(decision.participantPays()).isEqualByComparingTo(REST);
        }
    }

    @ParameterizedTest(name = "AM-06 cash benefit {0}: not eligible")
    @EnumSource(CashBenefit.class)
    void am06CashBenefit(CashBenefit benefit) {
        WaiverDecision decision = decide(application("SO", ResidencePermit.B, Set.of(benefit), 1, "1000.00", "0.00"),
                WaiverPolicy.PAY_EXCESS_INCOME);

        assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(decision.failedConditions()).singleElement().asString().contains(benefit.name());
        assertThat(decision.cantonPaysMore()).isEqualByComparingTo("0.00");
    }

    @ParameterizedTest(name = "AM-06 residence canton {0}: eligible = {1}")
    @CsvSource({"SO, true", "so, true", "BE, false", "AG, false", "BL, false"})
    void am06ResidenceCanton(String canton, boolean eligible) {
        WaiverDecision decision = decide(application(canton, ResidencePermit.C, Set.of(), 1, "1000.00", "0.00"),
                WaiverPolicy.PAY_EXCESS_INCOME);

        assertThat(decision.outcome()).isEqualTo(eligible ? Outcome.FULL_WAIVER : Outcome.NOT_ELIGIBLE);
    }

    @Test
    @DisplayName("AM-06 every failed condition is listed, line by line")
    void am06AllFailuresListed() {
        WaiverDecision decision = decide(application("BE", ResidencePermit.L, EnumSet.of(CashBenefit.IV,
                CashBenefit.ALV), 1, "9000.00", "50000.00"), WaiverPolicy.FULL_OR_NOTHING);

        assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(decision.failedConditions()).hasSize(5);
        assertThat(decision.explanation()).filteredOn(l -> l.startsWith("failed:")).hasSize(5);
    }

    @ParameterizedTest(name = "AM-06 limits for household size {0}: income {1}, assets {2} → {3}")
    @CsvSource({
            "1, 2499.95, 9999.95, FULL_WAIVER",
            "1, 2500.00, 0.00, NOT_ELIGIBLE",
            "1, 0.00, 10000.00, NOT_ELIGIBLE",
            "2, 3799.95, 19999.95, FULL_WAIVER",
            "2, 3800.00, 0.00, NOT_ELIGIBLE",
            "2, 0.00, 20000.00, NOT_ELIGIBLE",
            "3, 4499.95, 24999.95, FULL_WAIVER",
            "3, 4500.00, 0.00, NOT_ELIGIBLE",
            "7, 4499.95, 24999.95, FULL_WAIVER",
            "7, 4500.00, 0.00, NOT_ELIGIBLE"})
    void am06LimitsPerHouseholdSize(int size, String income, String assets, Outcome expected) {
        WaiverDecision decision = decide(application("SO", ResidencePermit.B, Set.of(), size, income, assets),
                WaiverPolicy.FULL_OR_NOTHING);

        assertThat(decision.outcome()).isEqualTo(expected);
    }

    @Test
    @DisplayName("AM-06 limits: sizes beyond the table use the last row; the example table is marked as such")
    void am06LimitsTable() {
        assertThat(LIMITS.forHouseholdSize(10)).isEqualTo(LIMITS.forHouseholdSize(3));
        assertThat(WaiverLimits.EXAMPLE.configuredSizes()).isEqualTo(5);
        assertThatThrownBy(() -> LIMITS.forHouseholdSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WaiverLimits.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("AM-06/AM-08 partial waiver: excess income 50 → participant 50, canton 818 more")
    void am08PartialWaiver() {
        WaiverDecision decision = decide(application("SO", ResidencePermit.B, Set.of(), 2, "3850.00", "5000.00"),
                WaiverPolicy.PAY_EXCESS_INCOME);

        assertThat(decision.outcome()).isEqualTo(Outcome.PARTIAL_WAIVER);
        assertThat(decision.participantPays()).isEqualByComparingTo("50.00");
        assertThat(decision.cantonPaysMore()).isEqualByComparingTo("818.00");
        assertThat(decision.explanation()).anyMatch(l -> l.contains("excess income CHF 50.00"));
    }

    @Test
    @DisplayName("AM-06 partial waiver edge: excess 0 (income equal to the limit) → the canton pays the whole rest")
    void am06ExcessZero() {
        WaiverDecision decision = decide(application("SO", ResidencePermit.B, Set.of(), 2, "3800.00", "0.00"),
                WaiverPolicy.PAY_EXCESS_INCOME);

        assertThat(decision.outcome()).isEqualTo(Outcome.FULL_WAIVER);
        assertThat(decision.cantonPaysMore()).isEqualByComparingTo(REST);
        assertThat(decision.participantPays()).isEqualByComparingTo("0.00");
    }

    @ParameterizedTest(name = "AM-06 partial waiver edge: excess {0} ≥ rest 868 → nothing waived")
    @CsvSource({"4668.00", "4668.05", "9000.00"})
    void am06ExcessAtLeastRest(String income) {
        WaiverDecision decision = decide(application("SO", ResidencePermit.B, Set.of(), 2, income, "0.00"),
                WaiverPolicy.PAY_EXCESS_INCOME);

        assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(decision.participantPays()).isEqualByComparingTo(REST);
        assertThat(decision.cantonPaysMore()).isEqualByComparingTo("0.00");
        assertThat(decision.failedConditions()).singleElement().asString().contains("at least the rest");
    }

    @Test
    @DisplayName("AM-06 partial waiver edge: excess just below the rest → canton pays 0.05 more")
    void am06ExcessJustBelowRest() {
        WaiverDecision decision = decide(application("SO", ResidencePermit.B, Set.of(), 2, "4667.95", "0.00"),
                WaiverPolicy.PAY_EXCESS_INCOME);

        assertThat(decision.outcome()).isEqualTo(Outcome.PARTIAL_WAIVER);
        assertThat(decision.cantonPaysMore()).isEqualByComparingTo("0.05");
    }

    @Test
    @DisplayName("AM-06 partial waiver: an excess income in Rappen is rounded to CHF 0.05 before it is paid")
    void am06ExcessRoundedTo5Rappen() {
        WaiverDecision decision = decide(application("SO", ResidencePermit.B, Set.of(), 2, "3850.03", "0.00"),
                WaiverPolicy.PAY_EXCESS_INCOME);

        assertThat(decision.participantPays()).isEqualByComparingTo("50.05");
        assertThat(decision.cantonPaysMore()).isEqualByComparingTo("817.95");
    }

    @Test
    @DisplayName("AM-06 FULL_OR_NOTHING: income just above the limit → no waiver")
    void am06FullOrNothing() {
        WaiverDecision decision = decide(application("SO", ResidencePermit.B, Set.of(), 2, "3850.00", "5000.00"),
                WaiverPolicy.FULL_OR_NOTHING);

        assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(decision.participantPays()).isEqualByComparingTo(REST);
        assertThat(decision.failedConditions()).singleElement().asString().contains("not below");
    }

    @Test
    @DisplayName("AM-06 assets at or above the limit exclude even a partial waiver")
    void am06AssetsExcludePartial() {
        WaiverDecision decision = decide(application("SO", ResidencePermit.B, Set.of(), 2, "3850.00", "20000.00"),
                WaiverPolicy.PAY_EXCESS_INCOME);

        assertThat(decision.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(decision.failedConditions()).singleElement().asString().contains("assets");
    }

    @Test
    @DisplayName("AM-06 explanation has a line for every step")
    void am06Explanation() {
        WaiverDecision decision = decide(application("SO", ResidencePermit.N, Set.of(), 1, "1000.00", "0.00"),
                WaiverPolicy.PAY_EXCESS_INCOME);

        assertThat(decision.explanation()).hasSize(7);
        assertThat(decision.explanation()).filteredOn(l -> l.startsWith("met:")).hasSize(5);
    }
}
