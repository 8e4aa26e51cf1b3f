package ch.so.integration.billing.payer;

import static ch.so.integration.billing.payer.Fixtures.MARCH_PERIOD;
import static ch.so.integration.billing.payer.Fixtures.chf;
import static ch.so.integration.billing.payer.Fixtures.grantedFor2026;
import static ch.so.integration.billing.payer.Fixtures.subsidy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ch.so.integration.billing.payer.CostSplitResult.OpenItem;
import ch.so.integration.billing.payer.CostSplitResult.Split;

class CostSplitterTest {

    private static final String SOZIALDIENST = "Sozialdienst Oberer Leberberg";

    @Test
    @DisplayName("AM-08 Coaching 6 × 200 = 1200: canton pays 600, participant 600")
    void am08Coaching() {
        Split split = (Split) CostSplitter.split(chf("1200.00"), MARCH_PERIOD,
                new Financing(InstrumentKind.CANTON_SUBSIDY, DebtorKind.CANTON_AND_PARTICIPANT, "Frau A.", null));

        assertThat(split.amountOf(PayerRole.CANTON)).isEqualByComparingTo("600.00");
        assertThat(split.amountOf(PayerRole.PARTICIPANT)).isEqualByComparingTo("600.00");
        assertThat(split.shares()).extracting(Share::name).containsExactly(CostSplitter.CANTON_NAME, "Frau A.");
    }

    @Test
    @DisplayName("AM-08 Qualifizierung full month 1736: canton pays 868, participant rest 868")
    void am08Qualifizierung() {
        Split split = (Split) CostSplitter.split(chf("1736.00"), MARCH_PERIOD, subsidy());

        assertThat(split.amountOf(PayerRole.CANTON)).isEqualByComparingTo("868.00");
        assertThat(split.amountOf(PayerRole.PARTICIPANT)).isEqualByComparingTo("868.00");
        assertThat(split.explanation()).anyMatch(l -> l.startsWith("AM-06"));
    }

    @Test
    @DisplayName("AM-08 Qualifizierung with partial waiver (excess income 50): canton 868 + 818, participant 50")
    void am08QualifizierungPartialWaiver() {
        BigDecimal rest = CostSplitter.participantRest(chf("1736.00"));
        WaiverLimits limits = WaiverLimits.of(List.of(
                new WaiverLimits.Limit(chf("2500.00"), chf("10000.00")),
                new WaiverLimits.Limit(chf("3800.00"), chf("20000.00"))));
        WaiverApplication application = new WaiverApplication("SO", ResidencePermit.B, Set.of(), 2,
                chf("3850.00"), chf("5000.00"));
        WaiverDecision waiver = WaiverAssessor.decide(application, rest, limits, WaiverPolicy.PAY_EXCESS_INCOME);

        Split split = (Split) CostSplitter.split(chf("1736.00"), MARCH_PERIOD, subsidy(), waiver);

        assertThat(waiver.outcome()).isEqualTo(WaiverDecision.Outcome.PARTIAL_WAIVER);
        assertThat(waiver.cantonPaysMore()).isEqualByComparingTo("818.00");
        assertThat(split.amountOf(PayerRole.CANTON)).isEqualByComparingTo("1686.00");
        assertThat(split.amountOf(PayerRole.PARTICIPANT)).isEqualByComparingTo("50.00");
    }

    @Test
    @DisplayName("AM-06 full waiver: the canton pays the whole invoice, the participant nothing")
    void am06FullWaiver() {
        BigDecimal rest = CostSplitter.participantRest(chf("1736.00"));
        WaiverDecision waiver = WaiverAssessor.decide(new WaiverApplication("SO", ResidencePermit.F, Set.of(), 1,
                chf("1000.00"), chf("0.00")), rest, WaiverLimits.EXAMPLE, WaiverPolicy.PAY_EXCESS_INCOME);

        Split split = (Split) CostSplitter.split(chf("1736.00"), MARCH_PERIOD, subsidy(), waiver);

        assertThat(split.amountOf(PayerRole.CANTON)).isEqualByComparingTo("1736.00");
        assertThat(split.amountOf(PayerRole.PARTICIPANT)).isEqualByComparingTo("0.00");
    }

    @Test
    @DisplayName("AM-06 a waiver decided for another rest is refused")
    void am06WaiverForAnotherRest() {
        WaiverDecision waiver = WaiverAssessor.decide(new WaiverApplication("SO", ResidencePermit.F, Set.of(), 1,
                chf("1000.00"), chf("0.00")), chf("600.00"), WaiverLimits.EXAMPLE, WaiverPolicy.PAY_EXCESS_INCOME);

        assertThatThrownBy(() -> CostSplitter.split(chf("1736.00"), MARCH_PERIOD, subsidy(), waiver))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rest");
    }

    @ParameterizedTest(name = "AM-06 rounding: {0} → canton {1}, participant {2}")
    @CsvSource({
            "1200.00, 600.00, 600.00",
            "100.10, 50.05, 50.05",
            "100.20, 50.10, 50.10",
            "100.30, 50.15, 50.15",
            "0.10, 0.05, 0.05",
            "0.15, 0.10, 0.05",
            "101.55, 50.80, 50.75",
            "33.33, 16.65, 16.68",
            "0.01, 0.00, 0.01",
            "0.00, 0.00, 0.00"})
    void am06CantonGetsRoundedHalfParticipantTheRest(String amount, String canton, String participant) {
        Split split = (Split) CostSplitter.split(chf(amount), MARCH_PERIOD, subsidy());

        assertThat(split.amountOf(PayerRole.CANTON)).isEqualByComparingTo(canton);
        assertThat(split.amountOf(PayerRole.PARTICIPANT)).isEqualByComparingTo(participant);
    }

    @Test
    @DisplayName("AM-05 social assistance with granted KGS valid for the month: the social office pays all, KGS number on the share")
    void am05GrantedKgs() {
        Financing financing = new Financing(InstrumentKind.KGS, DebtorKind.SOCIAL_OFFICE, SOZIALDIENST,
                grantedFor2026("KGS-2026-0042"));

        Split split = (Split) CostSplitter.split(chf("1736.00"), MARCH_PERIOD, financing);

        assertThat(split.shares()).containsExactly(
                new Share(PayerRole.SOCIAL_OFFICE, SOZIALDIENST, chf("1736.00"), "KGS-2026-0042"));
    }

    @Test
    @DisplayName("AM-05 social assistance without granted KGS: no invoice, an open item citing AM-05")
    void am05NoKgs() {
        Financing financing = new Financing(InstrumentKind.KGS, DebtorKind.SOCIAL_OFFICE, SOZIALDIENST, null);

        CostSplitResult result = CostSplitter.split(chf("1736.00"), MARCH_PERIOD, financing);

        assertThat(result).isInstanceOfSatisfying(OpenItem.class, item -> {
            assertThat(item.rule()).isEqualTo("AM-05");
            assertThat(item.amount()).isEqualByComparingTo("1736.00");
            assertThat(item.reason()).contains("AM-05", SOZIALDIENST);
        });
    }

    @ParameterizedTest(name = "AM-05 KGS valid {0}..{1} does not cover March 2026 → open item")
    @CsvSource({"2026-03-02, 2026-12-31", "2026-01-01, 2026-03-30", "2026-04-01, ", "2025-01-01, 2026-02-28"})
    void am05KgsNotCoveringTheMonth(LocalDate from, LocalDate to) {
        Financing financing = new Financing(InstrumentKind.KGS, DebtorKind.SOCIAL_OFFICE, SOZIALDIENST,
                new GrantedInstrument("KGS-7", from, to));

        CostSplitResult result = CostSplitter.split(chf("500.00"), MARCH_PERIOD, financing);

        assertThat(result).isInstanceOfSatisfying(OpenItem.class, item -> {
            assertThat(item.rule()).isEqualTo("AM-05");
            assertThat(item.reason()).contains("KGS-7", "does not cover");
        });
    }

    @Test
    @DisplayName("AM-05 entry month: a KGS from the entry day covers the billed days from entry")
    void am05EntryMonth() {
        Financing financing = new Financing(InstrumentKind.KGS, DebtorKind.SOCIAL_OFFICE, SOZIALDIENST,
                new GrantedInstrument("KGS-8", LocalDate.of(2026, 3, 16), null));

        CostSplitResult result = CostSplitter.split(chf("880.00"),
                new ServicePeriod(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 31)), financing);

        assertThat(result).isInstanceOf(Split.class);
    }

    @Test
    @DisplayName("PG-05 personal budget: the budget holder pays all")
    void pg05PersonalBudget() {
        Financing financing = new Financing(InstrumentKind.PERSONAL_BUDGET, DebtorKind.BUDGET_HOLDER, "Max Muster",
                null);

        Split split = (Split) CostSplitter.split(chf("1234.55"), MARCH_PERIOD, financing);

        assertThat(split.shares()).containsExactly(
                new Share(PayerRole.BUDGET_HOLDER, "Max Muster", chf("1234.55"), "PG-05"));
    }

    @Test
    @DisplayName("AM-06 ALV/IV money: the other financing body pays all, the canton nothing")
    void am06OtherFinancingBody() {
        Financing financing = new Financing(InstrumentKind.OTHER_FINANCING_BODY, DebtorKind.OTHER_FINANCING_BODY,
                "RAV Solothurn", null);

        Split split = (Split) CostSplitter.split(chf("1736.00"), MARCH_PERIOD, financing);

        assertThat(split.shares()).singleElement().satisfies(s -> {
            assertThat(s.payer()).isEqualTo(PayerRole.OTHER_FINANCING_BODY);
            assertThat(s.amount()).isEqualByComparingTo("1736.00");
        });
    }

    @Test
    @DisplayName("AM-06 a waiver does not apply outside the canton subsidy")
    void waiverOnlyWithSubsidy() {
        WaiverDecision waiver = WaiverAssessor.decide(new WaiverApplication("SO", ResidencePermit.F, Set.of(), 1,
                chf("1000.00"), chf("0.00")), chf("868.00"), WaiverLimits.EXAMPLE, WaiverPolicy.PAY_EXCESS_INCOME);
        Financing financing = new Financing(InstrumentKind.KGS, DebtorKind.SOCIAL_OFFICE, SOZIALDIENST,
                grantedFor2026("KGS-1"));

        assertThatThrownBy(() -> CostSplitter.split(chf("1736.00"), MARCH_PERIOD, financing, waiver))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Inputs: negative or sub-Rappen amounts and mismatched debtors are refused")
    void refusesBadInput() {
        assertThatThrownBy(() -> CostSplitter.split(chf("-1.00"), MARCH_PERIOD, subsidy()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CostSplitter.split(chf("1.005"), MARCH_PERIOD, subsidy()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Financing(InstrumentKind.KGS, DebtorKind.BUDGET_HOLDER, "X", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
