package ch.so.integration.billing.participation;

import static ch.so.integration.billing.participation.Participants.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.billing.payer.CostSplitResult;
import ch.so.integration.billing.payer.CostSplitter;
import ch.so.integration.billing.payer.DebtorKind;
import ch.so.integration.billing.payer.Financing;
import ch.so.integration.billing.payer.GrantedInstrument;
import ch.so.integration.billing.payer.InstrumentKind;
import ch.so.integration.billing.payer.ServicePeriod;

class FinancingSelectionTest {

    static final LocalDate JAN = LocalDate.of(2027, 1, 1);
    static final ServicePeriod MARCH = ServicePeriod.month(YearMonth.of(2027, 3));
    final Participation p = Participants.activated(Participants.qualifizierung(JAN), JAN);

    @Test
    @DisplayName("AM-05 a granted KGS of the social office is passed with its number and validity")
    void grantedKgs() {
        Instrument kgs = Participants.kgs(p, JAN, LocalDate.of(2027, 6, 30));

        Financing financing = FinancingSelection.financing(FinancingSelection.applicable(List.of(kgs), MARCH)
                .orElseThrow(), p.participantName());

        assertThat(financing).isEqualTo(new Financing(InstrumentKind.KGS, DebtorKind.SOCIAL_OFFICE,
                "Sozialregion Oberer Leberberg", new GrantedInstrument("KGS-2027-1", JAN, LocalDate.of(2027, 6, 30))));
    }

    @Test
    @DisplayName("AM-05 a requested KGS is passed without a grant: the cost splitter makes the open item itself")
    void requestedKgsIsAnOpenItem() {
        Instrument requested = Participants.requested(p, InstrumentKind.KGS, DebtorKind.SOCIAL_OFFICE,
                "Sozialregion Oberer Leberberg", JAN);

        Financing financing = FinancingSelection.financing(FinancingSelection.applicable(List.of(requested), MARCH)
                .orElseThrow(), p.participantName());

        assertThat(financing.granted()).isNull();
        CostSplitResult result = CostSplitter.split(new BigDecimal("1736.00"), MARCH, financing);
        assertThat(result).isInstanceOf(CostSplitResult.OpenItem.class);
        assertThat(((CostSplitResult.OpenItem) result).rule()).isEqualTo("AM-05");
    }

    @Test
    @DisplayName("AM-05 without any instrument, or with only a refused one, nothing applies")
    void noneOrRefused() {
        assertThat(FinancingSelection.applicable(List.of(), MARCH)).isEmpty();
        Instrument refused = Participants.requested(p, InstrumentKind.KGS, DebtorKind.SOCIAL_OFFICE, "SD", JAN);
        refused.refuse(NOW);
        assertThat(FinancingSelection.applicable(List.of(refused), MARCH)).isEmpty();
    }

    @Test
    @DisplayName("DC-14 a superseded instrument stops the day before the effective date; its successor applies from then")
    void supersededHandsOver() {
        Instrument old = Participants.kgs(p, JAN, null);
        Instrument successor = Participants.requested(p, InstrumentKind.CANTON_SUBSIDY,
                DebtorKind.CANTON_AND_PARTICIPANT, null, LocalDate.of(2027, 3, 1));
        old.supersede(LocalDate.of(2027, 3, 1), successor.id(), NOW);

        assertThat(old.appliesTo()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(FinancingSelection.applicable(List.of(old, successor), ServicePeriod.month(YearMonth.of(2027, 2))))
                .contains(old);
        assertThat(FinancingSelection.applicable(List.of(old, successor), MARCH)).contains(successor);
    }

    @Test
    @DisplayName("DC-14 a switch within the month: the instrument of the month's start applies, cut at the switch, so "
            + "a needed grant no longer covers the month (open item for the back office)")
    void switchWithinTheMonth() {
        Instrument old = Participants.kgs(p, JAN, null);
        Instrument successor = Participants.kgs(p, LocalDate.of(2027, 3, 15), null);
        old.supersede(LocalDate.of(2027, 3, 15), successor.id(), NOW);

        Instrument applied = FinancingSelection.applicable(List.of(successor, old), MARCH).orElseThrow();
        assertThat(applied).isSameAs(old);
        Financing financing = FinancingSelection.financing(applied, p.participantName());
        assertThat(financing.granted().validTo()).isEqualTo(LocalDate.of(2027, 3, 14));
        assertThat(financing.granted().covers(MARCH)).isFalse();
    }

    @Test
    @DisplayName("an instrument needed only from mid-month applies to that month when nothing else does")
    void startsWithinTheMonth() {
        Instrument later = Participants.requested(p, InstrumentKind.KGS, DebtorKind.SOCIAL_OFFICE, "SD",
                LocalDate.of(2027, 3, 10));
        assertThat(FinancingSelection.applicable(List.of(later), MARCH)).contains(later);
        assertThat(FinancingSelection.applicable(List.of(later), ServicePeriod.month(YearMonth.of(2027, 2))))
                .isEmpty();
    }

    @Test
    @DisplayName("an expired grant no longer applies")
    void expired() {
        Instrument kgs = Participants.kgs(p, JAN, LocalDate.of(2027, 2, 28));
        assertThat(FinancingSelection.applicable(List.of(kgs), MARCH)).isEmpty();
    }

    @Test
    @DisplayName("AM-06 PG-05 the participant is the debtor of a canton subsidy's rest and of a personal budget")
    void participantAsDebtor() {
        Instrument subsidy = Participants.requested(p, InstrumentKind.CANTON_SUBSIDY,
                DebtorKind.CANTON_AND_PARTICIPANT, null, JAN);
        assertThat(FinancingSelection.financing(subsidy, "Muster Anna").debtorName()).isEqualTo("Muster Anna");
        Instrument budget = Participants.requested(p, InstrumentKind.PERSONAL_BUDGET, DebtorKind.BUDGET_HOLDER,
                null, JAN);
        assertThat(FinancingSelection.financing(budget, "Budget Berta").debtorName()).isEqualTo("Budget Berta");
    }

    @Test
    @DisplayName("DC-09 a debtor without a name sent: the grant's issuer, else the debtor kind's German name")
    void debtorNames() {
        Instrument evidence = Participants.requested(p, InstrumentKind.EVIDENCE_DIRECT, DebtorKind.AGS, null, JAN);
        assertThat(FinancingSelection.financing(evidence, "x").debtorName())
                .isEqualTo("Amt für Gesellschaft und Soziales (AGS)");
        Instrument kueg = Participants.granted(p, InstrumentKind.KUEG, DebtorKind.IVSE_LIAISON_OFFICE, null,
                "KUEG-1", JAN, null);
        assertThat(FinancingSelection.financing(kueg, "x").debtorName()).isEqualTo("Aussteller");
    }

    @Test
    @DisplayName("a kind and debtor that do not go together in billing's table are refused, not guessed")
    void mismatch() {
        Instrument odd = Instrument.requested(UUID.randomUUID(), p.id(), p.personId(), InstrumentKind.KUEG,
                DebtorKind.AGS, "AGS", JAN, NOW);
        assertThatThrownBy(() -> FinancingSelection.financing(odd, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
