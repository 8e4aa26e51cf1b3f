package ch.so.integration.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.billing.calculation.CoachingSession;
import ch.so.integration.billing.calculation.ParticipantMonth;
import ch.so.integration.billing.calculation.Placement;
import ch.so.integration.billing.calculation.ServiceDay;
import ch.so.integration.billing.participation.BillableMonth;
import ch.so.integration.billing.payer.CashBenefit;
import ch.so.integration.billing.payer.DebtorKind;
import ch.so.integration.billing.payer.Financing;
import ch.so.integration.billing.payer.GrantedInstrument;
import ch.so.integration.billing.payer.InstrumentKind;
import ch.so.integration.billing.payer.PayerRole;
import ch.so.integration.billing.payer.ResidencePermit;
import ch.so.integration.billing.payer.ServicePeriod;
import ch.so.integration.billing.payer.WaiverApplication;
import ch.so.integration.billing.payer.WaiverLimits;
import ch.so.integration.billing.payer.WaiverPolicy;
import ch.so.integration.billing.tariff.AmiMaximumTariffs;
import ch.so.integration.billing.tariff.DayCenterFlatRates;
import ch.so.integration.billing.tariff.IbbLevel;
import ch.so.integration.billing.tariff.PasstgenauTariffs;
import ch.so.integration.billing.tariff.ProgrammeType;
import ch.so.integration.billing.tariff.ProviderTariff;
import ch.so.integration.billing.tariff.ServiceHourRate;
import ch.so.integration.billing.tariff.TariffUnit;
import ch.so.integration.billing.tariff.Validity;

class MonthBillingTest {

    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final UUID CREDITOR = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    static final WaiverLimits LIMITS = WaiverLimits.of(List.of(
            new WaiverLimits.Limit(new BigDecimal("2600.00"), new BigDecimal("10000.00"))));

    static MonthBilling billing() {
        return new MonthBilling(AmiMaximumTariffs.DEFAULT, DayCenterFlatRates.DEFAULT, new PasstgenauTariffs(List.of(
                new ServiceHourRate(new BigDecimal("62.50"), Currency.getInstance("EUR"),
                        new Validity(LocalDate.of(2026, 1, 1), null)))), LIMITS, WaiverPolicy.PAY_EXCESS_INCOME);
    }

    static Financing kgs(String number) {
        return new Financing(InstrumentKind.KGS, DebtorKind.SOCIAL_OFFICE, "Sozialregion Oberer Leberberg",
                new GrantedInstrument(number, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    static Financing subsidy() {
        return new Financing(InstrumentKind.CANTON_SUBSIDY, DebtorKind.CANTON_AND_PARTICIPANT,
                "Kanton Solothurn und Teilnehmer/in", null);
    }

    static BillableMonth.Programme qualifizierungFullMonth(UUID id, String who, Financing financing,
                                                          WaiverApplication waiver) {
        Placement placement = new Placement(who, ProgrammeType.QUALIFIZIERUNG, LocalDate.of(2026, 1, 5), null, 5,
                new BigDecimal("8"), List.of(new ProviderTariff(ProgrammeType.QUALIFIZIERUNG, TariffUnit.DAY,
                new BigDecimal("80.00"))));
        return new BillableMonth.Programme(id, CREDITOR, who, MARCH,
                new ParticipantMonth(placement, MARCH, List.of(), List.of(), null), ServicePeriod.month(MARCH),
                financing, waiver);
    }

    static BillableMonth.Programme coaching(UUID id, String who, Financing financing, int sessions) {
        Placement placement = new Placement(who, ProgrammeType.COACHING, LocalDate.of(2026, 3, 2), null, 1,
                new BigDecimal("1"), List.of(new ProviderTariff(ProgrammeType.COACHING, TariffUnit.COACHING_HOUR,
                new BigDecimal("200.00"))));
        List<CoachingSession> list = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            list.add(new CoachingSession(LocalDate.of(2026, 3, 2 + i), 60));
        }
        return new BillableMonth.Programme(id, CREDITOR, who, MARCH,
                new ParticipantMonth(placement, MARCH, List.of(), list, null),
                new ServicePeriod(LocalDate.of(2026, 3, 2), MARCH.atEndOfMonth()), financing, null);
    }

    @Test
    @DisplayName("AM-08 Coaching 6 h × 200 = CHF 1,200: the canton is charged 600, the participant 600 (AM-06)")
    void am08Coaching() {
        MonthBilling.Billed billed = (MonthBilling.Billed) billing().bill(coaching(UUID.randomUUID(), "Muster Anna",
                subsidy(), 6));

        assertThat(billed.amount()).isEqualByComparingTo("1200.00");
        assertThat(billed.charges()).extracting(c -> c.debtor().role(), MonthBilling.Charge::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PayerRole.CANTON, new BigDecimal("600.00")),
                        org.assertj.core.groups.Tuple.tuple(PayerRole.PARTICIPANT, new BigDecimal("600.00")));
        MonthBilling.Charge canton = billed.charges().get(0);
        assertThat(canton.debtor().name()).isEqualTo("Kanton Solothurn");
        assertThat(canton.lines()).anySatisfy(l -> assertThat(l.text()).contains("Abzüglich Anteil Muster Anna"));
        assertThat(billed.charges().get(1).debtor().name()).as("the participant's share goes to the participant")
                .isEqualTo("Muster Anna");
    }

    @Test
    @DisplayName("AM-08 Qualifizierung full month 1,736: canton 868; with the partial waiver the canton pays 818 more")
    void am08QualifizierungWithPartialWaiver() {
        MonthBilling.Billed plain = (MonthBilling.Billed) billing().bill(qualifizierungFullMonth(UUID.randomUUID(),
                "Muster Anna", subsidy(), null));
        assertThat(plain.amount()).isEqualByComparingTo("1736.00");
        assertThat(plain.charges().get(0).amount()).isEqualByComparingTo("868.00");

        // household income 50 above the one-person limit, assets below: the participant pays the excess income
        WaiverApplication application = new WaiverApplication("SO", ResidencePermit.B, Set.of(), 1,
                new BigDecimal("2650.00"), new BigDecimal("5000.00"));
        MonthBilling.Billed waived = (MonthBilling.Billed) billing().bill(qualifizierungFullMonth(UUID.randomUUID(),
                "Muster Anna", subsidy(), application));
        MonthBilling.Charge canton = waived.charges().get(0);
        MonthBilling.Charge participant = waived.charges().get(1);
        assertThat(canton.amount()).isEqualByComparingTo("1686.00"); // 868 + 818
        assertThat(participant.amount()).isEqualByComparingTo("50.00");
        assertThat(canton.lines()).anySatisfy(l -> assertThat(l.text())
                .isEqualTo("Erlassgesuch teilweise bewilligt (AM-06): der Kanton übernimmt CHF 818.00 des Rests von "
                        + "CHF 868.00, die Teilnehmerin / der Teilnehmer CHF 50.00"));
        assertThat(canton.lines()).as("no household figures on an invoice")
                .noneSatisfy(l -> assertThat(l.text()).containsAnyOf("2650", "2'650", "5000", "5'000", "income"));
        assertThat(participant.lines()).anySatisfy(l -> {
            assertThat(l.text()).contains("Abzüglich Anteil Kanton Solothurn").contains("Erlass CHF 818.00");
            assertThat(l.amount()).isEqualByComparingTo("-1686.00");
        });
    }

    @Test
    @DisplayName("AM-06 a waiver applicant with social assistance is not eligible: the canton pays its 50 % only")
    void am06NotEligible() {
        WaiverApplication application = new WaiverApplication("SO", ResidencePermit.B,
                Set.of(CashBenefit.SOCIAL_ASSISTANCE), 1, new BigDecimal("1000.00"), new BigDecimal("0.00"));
        MonthBilling.Billed billed = (MonthBilling.Billed) billing().bill(qualifizierungFullMonth(UUID.randomUUID(),
                "Muster Anna", subsidy(), application));
        assertThat(billed.charges().get(0).amount()).isEqualByComparingTo("868.00");
        assertThat(billed.charges().get(0).lines()).filteredOn(l -> l.text().startsWith("Erlassgesuch"))
                .singleElement().satisfies(l -> {
                    assertThat(l.amount()).isZero();
                    assertThat(l.text()).startsWith("Erlassgesuch abgelehnt (AM-06)");
                });
    }

    @Test
    @DisplayName("AM-05 with social assistance the social office pays all, its KGS number on every line")
    void am05SocialOffice() {
        MonthBilling.Billed billed = (MonthBilling.Billed) billing().bill(qualifizierungFullMonth(UUID.randomUUID(),
                "Muster Anna", kgs("KGS-2026-0412"), null));
        assertThat(billed.charges()).singleElement().satisfies(c -> {
            assertThat(c.debtor().role()).isEqualTo(PayerRole.SOCIAL_OFFICE);
            assertThat(c.amount()).isEqualByComparingTo("1736.00");
            assertThat(c.lines()).allSatisfy(l -> assertThat(l.reference()).isEqualTo("KGS-2026-0412"));
        });
    }

    @Test
    @DisplayName("AM-05 without a granted cost approval there is no invoice but an open item")
    void am05OpenItem() {
        Financing requested = new Financing(InstrumentKind.KGS, DebtorKind.SOCIAL_OFFICE, "Sozialregion X", null);
        MonthBilling.Outcome outcome = billing().bill(qualifizierungFullMonth(UUID.randomUUID(), "Muster Anna",
                requested, null));
        assertThat(outcome).isInstanceOfSatisfying(MonthBilling.Open.class, o -> {
            assertThat(o.rule()).isEqualTo("AM-05");
            assertThat(o.amount()).isEqualByComparingTo("1736.00");
        });
    }

    @Test
    @DisplayName("AM-01 a provider tariff above the maximum gives an open item, never an invoice")
    void am01AboveMaximum() {
        Placement placement = new Placement("Muster Anna", ProgrammeType.QUALIFIZIERUNG, LocalDate.of(2026, 1, 5),
                null, 5, new BigDecimal("8"), List.of(new ProviderTariff(ProgrammeType.QUALIFIZIERUNG,
                TariffUnit.DAY, new BigDecimal("95.00"))));
        BillableMonth.Programme month = new BillableMonth.Programme(UUID.randomUUID(), CREDITOR, "Muster Anna", MARCH,
                new ParticipantMonth(placement, MARCH, List.of(), List.of(), null), ServicePeriod.month(MARCH),
                kgs("KGS-1"), null);
        assertThat(billing().bill(month)).isInstanceOfSatisfying(MonthBilling.Open.class,
                o -> assertThat(o.rule()).isEqualTo("AM-01"));
    }

    @Test
    @DisplayName("AM-07 an entry month is billed by actual days, a day under 4 h at 70 %")
    void am07EntryMonth() {
        Placement placement = new Placement("Muster Anna", ProgrammeType.QUALIFIZIERUNG, LocalDate.of(2026, 3, 23),
                null, 5, new BigDecimal("8"), List.of(new ProviderTariff(ProgrammeType.QUALIFIZIERUNG,
                TariffUnit.DAY, new BigDecimal("80.00"))));
        BillableMonth.Programme month = new BillableMonth.Programme(UUID.randomUUID(), CREDITOR, "Muster Anna", MARCH,
                new ParticipantMonth(placement, MARCH, List.of(new ServiceDay(LocalDate.of(2026, 3, 23),
                        new BigDecimal("8")), new ServiceDay(LocalDate.of(2026, 3, 24), new BigDecimal("3.5"))),
                        List.of(), null),
                new ServicePeriod(LocalDate.of(2026, 3, 23), MARCH.atEndOfMonth()), kgs("KGS-1"), null);
        MonthBilling.Billed billed = (MonthBilling.Billed) billing().bill(month);
        assertThat(billed.amount()).isEqualByComparingTo("136.00"); // 80 + 56
    }

    @Test
    @DisplayName("DC-21 DC-05 a day-center month: the flat rate of the IBB level times the Pensum in 10 % steps")
    void dayCenterMonth() {
        BillableMonth.DayCenter month = new BillableMonth.DayCenter(UUID.randomUUID(), CREDITOR, "Muster Anna", MARCH,
                IbbLevel.LEVEL_2, LocalDate.of(2025, 6, 1), new BigDecimal("65"), false, ServicePeriod.month(MARCH),
                kgs("KGS-7"));
        MonthBilling.Billed billed = (MonthBilling.Billed) billing().bill(month);
        assertThat(billed.amount()).isEqualByComparingTo("2153.40"); // 3589 × 60 %
        assertThat(billed.calculation().get(0).text()).contains("IBB-Stufe 2").contains("60 %");
    }

    @Test
    @DisplayName("DC-14 a day-center place with a financing a day-center place cannot have is an open item")
    void dayCenterWrongFinancing() {
        BillableMonth.DayCenter month = new BillableMonth.DayCenter(UUID.randomUUID(), CREDITOR, "Muster Anna", MARCH,
                IbbLevel.LEVEL_2, LocalDate.of(2025, 6, 1), new BigDecimal("60"), false, ServicePeriod.month(MARCH),
                subsidy());
        assertThat(billing().bill(month)).isInstanceOfSatisfying(MonthBilling.Open.class,
                o -> assertThat(o.rule()).isEqualTo("DC-14"));
    }

    @Test
    @DisplayName("DC-07 a stationary resident without an external day place is billed on 100 %")
    void dayCenterStationary() {
        BillableMonth.DayCenter month = new BillableMonth.DayCenter(UUID.randomUUID(), CREDITOR, "Muster Anna", MARCH,
                IbbLevel.LEVEL_0, LocalDate.of(2025, 6, 1), new BigDecimal("30"), true, ServicePeriod.month(MARCH),
                kgs("KGS-7"));
        assertThat(((MonthBilling.Billed) billing().bill(month)).amount()).isEqualByComparingTo("1795.00");
    }

    @Test
    @DisplayName("DC-21 the assessment-pending unit rate is paid up to day 75, after that an open item")
    void dayCenterAssessmentPending() {
        BillableMonth.DayCenter early = new BillableMonth.DayCenter(UUID.randomUUID(), CREDITOR, "Muster Anna", MARCH,
                IbbLevel.ASSESSMENT_PENDING, LocalDate.of(2026, 2, 1), new BigDecimal("100"), false,
                ServicePeriod.month(MARCH), kgs("KGS-7"));
        assertThat(((MonthBilling.Billed) billing().bill(early)).amount()).isEqualByComparingTo("2890.00");
        BillableMonth.DayCenter late = new BillableMonth.DayCenter(UUID.randomUUID(), CREDITOR, "Muster Anna", MARCH,
                IbbLevel.ASSESSMENT_PENDING, LocalDate.of(2025, 11, 1), new BigDecimal("100"), false,
                ServicePeriod.month(MARCH), kgs("KGS-7"));
        assertThat(billing().bill(late)).isInstanceOfSatisfying(MonthBilling.Open.class,
                o -> assertThat(o.rule()).isEqualTo("DC-21"));
    }

    @Test
    @DisplayName("PG-05 pass(t)genau: professional service hours per module to the budget holder, in the rate's currency")
    void passtgenau() {
        Financing budget = new Financing(InstrumentKind.PERSONAL_BUDGET, DebtorKind.BUDGET_HOLDER, "Budgetnehmer/in",
                null);
        BillableMonth.Passtgenau month = new BillableMonth.Passtgenau(UUID.randomUUID(), CREDITOR, "Muster Anna",
                MARCH, List.of(new BillableMonth.ModuleHours("ENTRY_PHASE", "Einstiegsphase", new BigDecimal("12.5")),
                new BillableMonth.ModuleHours("QUALIFICATION_PHASE", "Qualifizierungsphase", new BigDecimal("4"))),
                ServicePeriod.month(MARCH), budget);
        MonthBilling.Billed billed = (MonthBilling.Billed) billing().bill(month);
        assertThat(billed.currency()).isEqualTo("EUR");
        assertThat(billed.amount()).isEqualByComparingTo("1031.25"); // 16.5 × 62.50, cents: no 5-Rappen rounding
        assertThat(billed.charges()).singleElement().satisfies(c -> {
            assertThat(c.debtor().role()).isEqualTo(PayerRole.BUDGET_HOLDER);
            assertThat(c.debtor().name()).isEqualTo("Muster Anna");
            assertThat(c.lines()).hasSize(2).allSatisfy(l -> assertThat(l.text()).contains("EUR 62.50"));
        });
    }

    @Test
    @DisplayName("PG-05 a module's own rate wins over the rate for all modules")
    void passtgenauModuleRate() {
        MonthBilling billing = new MonthBilling(AmiMaximumTariffs.DEFAULT, DayCenterFlatRates.DEFAULT,
                new PasstgenauTariffs(List.of(
                        new ServiceHourRate(new BigDecimal("62.50"), Currency.getInstance("EUR"),
                                new Validity(LocalDate.of(2026, 1, 1), null)),
                        new ServiceHourRate(new BigDecimal("70.00"), Currency.getInstance("EUR"),
                                new Validity(LocalDate.of(2026, 1, 1), null), "ENTRY_PHASE"))),
                LIMITS, WaiverPolicy.PAY_EXCESS_INCOME);
        BillableMonth.Passtgenau month = new BillableMonth.Passtgenau(UUID.randomUUID(), CREDITOR, "Muster Anna",
                MARCH, List.of(new BillableMonth.ModuleHours("ENTRY_PHASE", "Einstiegsphase", new BigDecimal("2")),
                new BillableMonth.ModuleHours("QUALIFICATION_PHASE", "Qualifizierungsphase", new BigDecimal("2"))),
                ServicePeriod.month(MARCH), new Financing(InstrumentKind.PERSONAL_BUDGET, DebtorKind.BUDGET_HOLDER,
                "Budgetnehmer/in", null));
        MonthBilling.Billed billed = (MonthBilling.Billed) billing.bill(month);
        assertThat(billed.calculation()).extracting(MonthBilling.Line::amount)
                .containsExactly(new BigDecimal("140.00"), new BigDecimal("125.00"));
    }

    @Test
    @DisplayName("PG-05 without a configured rate the month is an open item")
    void passtgenauWithoutRate() {
        MonthBilling noRate = new MonthBilling(AmiMaximumTariffs.DEFAULT, DayCenterFlatRates.DEFAULT,
                new PasstgenauTariffs(List.of()), LIMITS, WaiverPolicy.PAY_EXCESS_INCOME);
        BillableMonth.Passtgenau month = new BillableMonth.Passtgenau(UUID.randomUUID(), CREDITOR, "Muster Anna",
                MARCH, List.of(new BillableMonth.ModuleHours("ENTRY_PHASE", "Einstiegsphase", BigDecimal.TEN)),
                ServicePeriod.month(MARCH), new Financing(InstrumentKind.PERSONAL_BUDGET, DebtorKind.BUDGET_HOLDER,
                "Budgetnehmer/in", null));
        assertThat(noRate.bill(month)).isInstanceOfSatisfying(MonthBilling.Open.class,
                o -> assertThat(o.rule()).isEqualTo("PG-05"));
    }

    @Test
    @DisplayName("AM-07 a month that cannot be billed yet stays an open item citing its rule")
    void notBillable() {
        BillableMonth.NotBillable month = new BillableMonth.NotBillable(UUID.randomUUID(), CREDITOR, "Muster Anna",
                MARCH, "AM-07", "schedule missing");
        assertThat(billing().bill(month)).isInstanceOfSatisfying(MonthBilling.Open.class,
                o -> assertThat(o.reason()).isEqualTo("schedule missing"));
    }
}
