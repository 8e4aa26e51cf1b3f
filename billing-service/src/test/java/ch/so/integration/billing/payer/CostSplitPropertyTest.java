package ch.so.integration.billing.payer;

import static ch.so.integration.billing.payer.Fixtures.MARCH_PERIOD;
import static ch.so.integration.billing.payer.Fixtures.grantedFor2026;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.billing.payer.CostSplitResult.Split;

class CostSplitPropertyTest {

    private static final List<Financing> FINANCINGS = List.of(
            Fixtures.subsidy(),
            new Financing(InstrumentKind.KGS, DebtorKind.SOCIAL_OFFICE, "Sozialdienst", grantedFor2026("KGS-1")),
            new Financing(InstrumentKind.KUEG, DebtorKind.IVSE_LIAISON_OFFICE, "IVSE BE", grantedFor2026("KUEG-1")),
            new Financing(InstrumentKind.EVIDENCE_DIRECT, DebtorKind.AGS, "AGS", grantedFor2026("EV-1")),
            new Financing(InstrumentKind.OTHER_FINANCING_BODY, DebtorKind.OTHER_FINANCING_BODY, "RAV", null),
            new Financing(InstrumentKind.PERSONAL_BUDGET, DebtorKind.BUDGET_HOLDER, "Holder", null));

    @Test
    @DisplayName("AM-05/AM-06/DC-21/PG-05 property: over 20,000 random amounts (seed 42) the shares sum exactly to the amount and none is negative")
    void sharesAlwaysSumExactly() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal amount = random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(1_000_000), 2)
                    : BigDecimal.valueOf(random.nextInt(200_000) * 5L, 2);
            Financing financing = FINANCINGS.get(random.nextInt(FINANCINGS.size()));
            WaiverDecision waiver = null;
            if (financing.instrument() == InstrumentKind.CANTON_SUBSIDY && random.nextBoolean()) {
                BigDecimal income = BigDecimal.valueOf(random.nextInt(800_000), 2);
                waiver = WaiverAssessor.decide(new WaiverApplication("SO", ResidencePermit.B, Set.of(),
                        1 + random.nextInt(6), income, BigDecimal.ZERO), CostSplitter.participantRest(amount),
                        WaiverLimits.EXAMPLE, random.nextBoolean() ? WaiverPolicy.PAY_EXCESS_INCOME
                                : WaiverPolicy.FULL_OR_NOTHING);
            }

            Split split = (Split) CostSplitter.split(amount, MARCH_PERIOD, financing, waiver);

            String context = "amount " + amount + ", " + financing.instrument() + ", waiver " + waiver;
            assertThat(split.shares().stream().map(Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(context).isEqualByComparingTo(amount);
            assertThat(split.shares()).as(context).allSatisfy(s -> assertThat(s.amount().signum()).isNotNegative());
            if (amount.remainder(new BigDecimal("0.05")).signum() == 0) {
                // the run splits amounts already rounded to CHF 0.05: every share, waiver or not, stays payable
                assertThat(split.shares()).as(context).allSatisfy(s -> assertThat(
                        s.amount().remainder(new BigDecimal("0.05"))).isEqualByComparingTo("0"));
            }
            if (financing.instrument() == InstrumentKind.CANTON_SUBSIDY && waiver == null) {
                BigDecimal canton = split.amountOf(PayerRole.CANTON);
                assertThat(canton.remainder(new BigDecimal("0.05"))).as(context).isEqualByComparingTo("0");
                assertThat(canton.subtract(split.amountOf(PayerRole.PARTICIPANT)).abs())
                        .as(context).isLessThanOrEqualTo(new BigDecimal("0.05"));
            }
        }
    }
}
