package ch.so.integration.billing.participation;

import static ch.so.integration.billing.participation.Participants.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.billing.calculation.AbortEvent;
import ch.so.integration.billing.calculation.CoachingSession;
import ch.so.integration.billing.calculation.InvoiceCalculator;
import ch.so.integration.billing.calculation.InvoiceLine;
import ch.so.integration.billing.calculation.ServiceDay;
import ch.so.integration.billing.payer.DebtorKind;
import ch.so.integration.billing.payer.InstrumentKind;
import ch.so.integration.billing.payer.ServicePeriod;
import ch.so.integration.billing.payer.WaiverApplication;
import ch.so.integration.billing.payer.ResidencePermit;
import ch.so.integration.billing.record.MonthRecords;
import ch.so.integration.billing.tariff.IbbLevel;
import ch.so.integration.billing.tariff.ProgrammeType;
import ch.so.integration.billing.tariff.TariffUnit;

class MonthAssemblerTest {

    static final UUID CREDITOR = UUID.randomUUID();
    static final LocalDate JAN = LocalDate.of(2027, 1, 4);
    static final YearMonth MARCH = YearMonth.of(2027, 3);
    static final MonthRecords NOTHING = new MonthRecords(List.of(), List.of(), null, List.of());

    private static BillableMonth assemble(Participation p, List<Instrument> instruments, DayCenterMonth closed,
                                          MonthRecords records, YearMonth month) {
        return MonthAssembler.assemble(p, CREDITOR, month, instruments, closed, records).orElseThrow();
    }

    private static Participation scheduled(Participation p, int days, String hours) {
        p.schedule(days, new BigDecimal(hours), NOW);
        return p;
    }

    // --- AMI programmes ---

    @Test
    @DisplayName("AM-07 AM-08 a full month of a scheduled Qualifizierung place: the calculator's input with the "
            + "provider's day tariff, the whole month and the granted KGS; 21.7 days × CHF 80 = CHF 1'736.00")
    void programmeFullMonth() {
        Participation p = scheduled(Participants.activated(Participants.qualifizierung(JAN), JAN), 5, "8");

        BillableMonth month = assemble(p, List.of(Participants.kgs(p, JAN, null)), null, NOTHING, MARCH);

        BillableMonth.Programme programme = (BillableMonth.Programme) month;
        assertThat(programme.participantName()).isEqualTo("Muster Anna");
        assertThat(programme.creditorId()).isEqualTo(CREDITOR);
        assertThat(programme.period()).isEqualTo(ServicePeriod.month(MARCH));
        assertThat(programme.input().placement().type()).isEqualTo(ProgrammeType.QUALIFIZIERUNG);
        assertThat(programme.input().placement().tariff(TariffUnit.DAY).orElseThrow().chf())
                .isEqualByComparingTo("80.00");
        assertThat(programme.input().placement().entryDate()).isEqualTo(JAN);
        assertThat(programme.financing().granted().number()).isEqualTo("KGS-2027-1");
        assertThat(programme.waiverApplication()).isNull();
        List<InvoiceLine> lines = new InvoiceCalculator().lines(programme.input());
        assertThat(lines).extracting(InvoiceLine::amount).containsExactly(new BigDecimal("1736.00"));
    }

    @Test
    @DisplayName("AM-07 the entry month passes the recorded days, sessions and abort and is billed from the entry day")
    void programmeEntryMonthWithRecords() {
        LocalDate entry = LocalDate.of(2027, 3, 15);
        Participation p = scheduled(Participants.activated(
                Participants.ami(entry, "INTEGRATION_ARBEIT", "90.00", "250.00"), entry), 3, "3.5");
        MonthRecords records = new MonthRecords(
                List.of(new ServiceDay(LocalDate.of(2027, 3, 15), new BigDecimal("3.5"))),
                List.of(new CoachingSession(LocalDate.of(2027, 3, 16), 50)),
                new AbortEvent(LocalDate.of(2027, 3, 20), AbortEvent.Kind.UNFORESEEN_ABORT), List.of());

        BillableMonth.Programme month = (BillableMonth.Programme) assemble(p,
                List.of(Participants.kgs(p, entry, null)), null, records, MARCH);

        assertThat(month.period()).isEqualTo(new ServicePeriod(entry, LocalDate.of(2027, 3, 31)));
        assertThat(month.input().days()).hasSize(1);
        assertThat(month.input().sessions()).hasSize(1);
        assertThat(month.input().abort().kind()).isEqualTo(AbortEvent.Kind.UNFORESEEN_ABORT);
        assertThat(month.input().placement().daysPerWeek()).isEqualTo(3);
        assertThat(month.input().placement().tariffs()).hasSize(2);
    }

    @Test
    @DisplayName("AM-07 after an abort recorded in an earlier month, a later month is not billed as a full month")
    void abortInEarlierMonth() {
        Participation p = scheduled(Participants.activated(Participants.qualifizierung(JAN), JAN), 5, "8");
        AbortEvent abort = new AbortEvent(LocalDate.of(2027, 1, 20), AbortEvent.Kind.UNFORESEEN_ABORT);

        BillableMonth month = MonthAssembler.assemble(p, CREDITOR, MARCH, List.of(Participants.kgs(p, JAN, null)),
                null, NOTHING, abort).orElseThrow();

        assertThat(month).isInstanceOfSatisfying(BillableMonth.NotBillable.class, n -> {
            assertThat(n.rule()).isEqualTo("AM-07");
            assertThat(n.reason()).contains("höchstens 5 Tage");
        });
    }

    @Test
    @DisplayName("AM-07 without the agreed schedule an AMI month is not billable: schedule missing")
    void scheduleMissing() {
        Participation p = Participants.activated(Participants.qualifizierung(JAN), JAN);

        BillableMonth month = assemble(p, List.of(Participants.kgs(p, JAN, null)), null, NOTHING, MARCH);

        assertThat(month).isInstanceOfSatisfying(BillableMonth.NotBillable.class, n -> {
            assertThat(n.rule()).isEqualTo("AM-07");
            assertThat(n.reason()).contains("schedule missing");
            assertThat(n.participantName()).isEqualTo("Muster Anna");
        });
    }

    @Test
    @DisplayName("AM-05 without any financing instrument an AMI month is not billable")
    void noFinancing() {
        Participation p = scheduled(Participants.activated(Participants.qualifizierung(JAN), JAN), 5, "8");

        BillableMonth month = assemble(p, List.of(), null, NOTHING, MARCH);

        assertThat(month).isInstanceOfSatisfying(BillableMonth.NotBillable.class,
                n -> assertThat(n.rule()).isEqualTo("AM-05"));
    }

    @Test
    @DisplayName("AM-05 a requested (not granted) KGS still gives a programme month: the splitter makes the open item")
    void requestedInstrumentIsPassed() {
        Participation p = scheduled(Participants.activated(Participants.qualifizierung(JAN), JAN), 5, "8");
        Instrument requested = Participants.requested(p, InstrumentKind.KGS, DebtorKind.SOCIAL_OFFICE, "SD", JAN);

        BillableMonth month = assemble(p, List.of(requested), null, NOTHING, MARCH);

        assertThat(((BillableMonth.Programme) month).financing().granted()).isNull();
    }

    @Test
    @DisplayName("AM-06 the waiver application is passed with the programme month")
    void waiverApplicationPassed() {
        Participation p = scheduled(Participants.activated(Participants.qualifizierung(JAN), JAN), 5, "8");
        WaiverApplication application = new WaiverApplication("SO", ResidencePermit.B, java.util.Set.of(), 2,
                new BigDecimal("3000.00"), new BigDecimal("1000.00"));
        p.applyForWaiver(application, NOW);
        Instrument subsidy = Participants.requested(p, InstrumentKind.CANTON_SUBSIDY,
                DebtorKind.CANTON_AND_PARTICIPANT, null, JAN);

        BillableMonth.Programme month = (BillableMonth.Programme) assemble(p, List.of(subsidy), null, NOTHING, MARCH);

        assertThat(month.waiverApplication()).isEqualTo(application);
        assertThat(month.financing().instrument()).isEqualTo(InstrumentKind.CANTON_SUBSIDY);
    }

    @Test
    @DisplayName("AM-01 an AMI participation without programme terms (an event from before they were sent) is not "
            + "billable")
    void noProgrammeTerms() {
        Participation p = Participation.fromPlacement(UUID.randomUUID(), UUID.randomUUID(), "Alt", "Otto",
                ParticipationKind.AMI_PROGRAMME, "AMI_PROGRAMME", JAN, null, null, null, null, List.of(), NOW);
        p.activate(JAN, NOW);
        p.schedule(5, new BigDecimal("8"), NOW);

        BillableMonth month = assemble(p, List.of(Participants.kgs(p, JAN, null)), null, NOTHING, MARCH);

        assertThat(month).isInstanceOfSatisfying(BillableMonth.NotBillable.class,
                n -> assertThat(n.rule()).isEqualTo("AM-01"));
    }

    @Test
    @DisplayName("a month the participation did not run in gives nothing")
    void notRunning() {
        Participation pending = Participants.qualifizierung(JAN);
        assertThat(MonthAssembler.assemble(pending, CREDITOR, MARCH, List.of(), null, NOTHING)).isEmpty();
        Participation ended = Participants.activated(Participants.qualifizierung(JAN), JAN);
        ended.end(LocalDate.of(2027, 2, 10), false, "COMPLETED", NOW);
        assertThat(MonthAssembler.assemble(ended, CREDITOR, MARCH, List.of(), null, NOTHING)).isEmpty();
    }

    // --- day-center places ---

    private static DayCenterMonth closed(Participation p, Integer ibb, int actual) {
        return DayCenterMonth.closed(p.id(), MARCH, new DayCenterMonth.Figures(ibb, 80, actual, 14,
                new BigDecimal("84.50")), UUID.randomUUID(), NOW);
    }

    private static Instrument evidence(Participation p) {
        return Participants.granted(p, InstrumentKind.EVIDENCE_DIRECT, DebtorKind.AGS, null, "EV-1", JAN, null);
    }

    @Test
    @DisplayName("DC-05 DC-21 a closed day-center month is billed on its actual Pensum and IBB level; admission is the "
            + "entry date")
    void dayCenterClosed() {
        Participation p = Participants.activated(Participants.dayCenter("IVSE_B_EXTERNAL", JAN, 80, 80), JAN);

        BillableMonth month = assemble(p, List.of(evidence(p)), closed(p, 2, 60), null, MARCH);

        assertThat(month).isInstanceOfSatisfying(BillableMonth.DayCenter.class, d -> {
            assertThat(d.ibbLevel()).isEqualTo(IbbLevel.LEVEL_2);
            assertThat(d.pensumPercent()).isEqualByComparingTo("60");
            assertThat(d.admission()).isEqualTo(JAN);
            assertThat(d.stationaryWithoutExternalPlaceOrJob()).isFalse();
            assertThat(d.financing().debtorKind()).isEqualTo(DebtorKind.AGS);
            assertThat(d.period()).isEqualTo(ServicePeriod.month(MARCH));
        });
    }

    @Test
    @DisplayName("DC-05 a day-center month the day center has not closed is not billable")
    void dayCenterNotClosed() {
        Participation p = Participants.activated(Participants.dayCenter("IVSE_B_EXTERNAL", JAN, 80, 80), JAN);

        BillableMonth month = assemble(p, List.of(evidence(p)), null, null, MARCH);

        assertThat(month).isInstanceOfSatisfying(BillableMonth.NotBillable.class, n -> {
            assertThat(n.rule()).isEqualTo("DC-05");
            assertThat(n.reason()).isEqualTo("month not closed by the day center");
        });
    }

    @Test
    @DisplayName("DC-16 DC-21 without an IBB level the assessment-pending rate applies")
    void assessmentPending() {
        Participation p = Participants.activated(Participants.dayCenter("IVSE_B_EXTERNAL", JAN, 80, 80), JAN);

        BillableMonth.DayCenter month = (BillableMonth.DayCenter) assemble(p, List.of(evidence(p)),
                closed(p, null, 60), null, MARCH);

        assertThat(month.ibbLevel()).isEqualTo(IbbLevel.ASSESSMENT_PENDING);
    }

    @Test
    @DisplayName("DC-07 a stationary resident without an external day structure (billing basis 100 %) is flagged for "
            + "the 100 % basis; with one (basis = Pensum) not")
    void stationaryBasis() {
        Participation without = Participants.activated(Participants.dayCenter("IVSE_B_STATIONARY", JAN, 40, 100), JAN);
        Participation with = Participants.activated(Participants.dayCenter("IVSE_B_STATIONARY", JAN, 40, 40), JAN);
        Instrument kgsWithout = Participants.granted(without, InstrumentKind.KGS, DebtorKind.AGS, null, "K1", JAN,
                null);
        Instrument kgsWith = Participants.granted(with, InstrumentKind.KGS, DebtorKind.AGS, null, "K2", JAN, null);

        assertThat(((BillableMonth.DayCenter) assemble(without, List.of(kgsWithout), closed(without, 1, 40), null,
                MARCH)).stationaryWithoutExternalPlaceOrJob()).isTrue();
        assertThat(((BillableMonth.DayCenter) assemble(with, List.of(kgsWith), closed(with, 1, 40), null,
                MARCH)).stationaryWithoutExternalPlaceOrJob()).isFalse();
    }

    @Test
    @DisplayName("DC-07 DC-14 the terms valid on the month's last billed day decide: a change of day structure from "
            + "the 1st of March applies to March, not to February")
    void termsByEffectiveDate() {
        Participation p = Participants.activated(Participants.dayCenter("IVSE_B_STATIONARY", JAN, 40, 40), JAN);
        p.change(LocalDate.of(2027, 3, 1), "IVSE_B_STATIONARY", 40, 100, NOW);
        Instrument kgs = Participants.granted(p, InstrumentKind.KGS, DebtorKind.AGS, null, "K1", JAN, null);
        DayCenterMonth february = DayCenterMonth.closed(p.id(), YearMonth.of(2027, 2),
                new DayCenterMonth.Figures(1, 40, 40, 8, BigDecimal.TEN), UUID.randomUUID(), NOW);

        assertThat(((BillableMonth.DayCenter) assemble(p, List.of(kgs), february, null, YearMonth.of(2027, 2)))
                .stationaryWithoutExternalPlaceOrJob()).isFalse();
        assertThat(((BillableMonth.DayCenter) assemble(p, List.of(kgs), closed(p, 1, 40), null, MARCH))
                .stationaryWithoutExternalPlaceOrJob()).isTrue();
        assertThat(p.terms()).hasSize(2);
    }

    @Test
    @DisplayName("DC-14 a day-center place without any financing instrument is not billable")
    void dayCenterWithoutFinancing() {
        Participation p = Participants.activated(Participants.dayCenter("IVSE_B_EXTERNAL", JAN, 80, 80), JAN);

        assertThat(assemble(p, List.of(), closed(p, 2, 60), null, MARCH)).isInstanceOfSatisfying(
                BillableMonth.NotBillable.class, n -> assertThat(n.rule()).isEqualTo("DC-14"));
    }

    // --- pass(t)genau ---

    @Test
    @DisplayName("PG-05 a pass(t)genau month carries the recorded professional service hours per module and the "
            + "personal budget")
    void passtGenauHours() {
        Participation p = Participants.activated(Participants.passtGenau(JAN), JAN);
        Instrument budget = Participants.requested(p, InstrumentKind.PERSONAL_BUDGET, DebtorKind.BUDGET_HOLDER,
                null, JAN);
        MonthRecords records = new MonthRecords(List.of(), List.of(), null, List.of(
                new MonthRecords.ModuleHoursEntry("JOB_SECURING", new BigDecimal("12.5"))));

        BillableMonth.Passtgenau month = (BillableMonth.Passtgenau) assemble(p, List.of(budget), null, records, MARCH);

        assertThat(month.hours()).containsExactly(
                new BillableMonth.ModuleHours("JOB_SECURING", "Sicherung Arbeitsplatz", new BigDecimal("12.5")));
        assertThat(month.financing().debtorName()).isEqualTo("Budget Berta");
    }

    @Test
    @DisplayName("PG-05 a pass(t)genau month without its personal budget is not billable")
    void passtGenauWithoutBudget() {
        Participation p = Participants.activated(Participants.passtGenau(JAN), JAN);

        assertThat(assemble(p, List.of(), null, NOTHING, MARCH)).isInstanceOfSatisfying(
                BillableMonth.NotBillable.class, n -> assertThat(n.rule()).isEqualTo("PG-05"));
    }
}
