package ch.so.integration.billing.participation;

import static ch.so.integration.billing.participation.Participants.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.billing.payer.CashBenefit;
import ch.so.integration.billing.payer.ResidencePermit;
import ch.so.integration.billing.payer.WaiverApplication;

class ParticipationTest {

    static final LocalDate START = LocalDate.of(2027, 1, 4);

    @Test
    @DisplayName("a participation is pending until activated; the entry date is the activated start")
    void activation() {
        Participation p = Participants.qualifizierung(START);
        assertThat(p.status()).isEqualTo(ParticipationStatus.PENDING);
        assertThat(p.periodIn(YearMonth.of(2027, 1))).isEmpty();
        p.activate(START, NOW);
        assertThat(p.status()).isEqualTo(ParticipationStatus.ACTIVE);
        assertThat(p.entryDate()).isEqualTo(START);
        assertThat(p.periodIn(YearMonth.of(2027, 1))).isPresent();
    }

    @Test
    @DisplayName("a placement cancelled before its start is never billed, even with an end date in a month")
    void cancelled() {
        Participation p = Participants.qualifizierung(START);
        p.end(START.minusDays(1), true, "MUTUAL_AGREEMENT", NOW);
        assertThat(p.status()).isEqualTo(ParticipationStatus.CANCELLED);
        p.activate(START, NOW);
        assertThat(p.status()).isEqualTo(ParticipationStatus.CANCELLED);
        assertThat(p.periodIn(YearMonth.of(2027, 1))).isEmpty();
    }

    @Test
    @DisplayName("an ended placement is billed up to its exit day")
    void ended() {
        Participation p = Participants.activated(Participants.qualifizierung(START), START);
        p.end(LocalDate.of(2027, 4, 30), false, "COMPLETED", NOW);
        assertThat(p.status()).isEqualTo(ParticipationStatus.ENDED);
        assertThat(p.periodIn(YearMonth.of(2027, 4)).orElseThrow().lastDay()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(p.periodIn(YearMonth.of(2027, 5))).isEmpty();
    }

    @Test
    @DisplayName("DC-14 terms are kept by effective date; a change carries over what it does not name; the same "
            + "effective date replaces")
    void termsByEffectiveDate() {
        Participation p = Participants.activated(Participants.dayCenter("IVSE_B_EXTERNAL", START, 60, 60), START);
        p.change(LocalDate.of(2027, 3, 1), "IVSE_B_SEMI_STATIONARY", 80, 80, NOW);
        p.change(LocalDate.of(2027, 5, 1), null, 50, null, NOW);
        p.change(LocalDate.of(2027, 5, 1), null, 40, null, NOW);

        assertThat(p.termsOn(LocalDate.of(2027, 2, 28)).pensumPercent()).isEqualTo(60);
        assertThat(p.termsOn(LocalDate.of(2027, 3, 1)).placementType()).isEqualTo("IVSE_B_SEMI_STATIONARY");
        assertThat(p.termsOn(LocalDate.of(2027, 6, 1)).pensumPercent()).isEqualTo(40);
        assertThat(p.termsOn(LocalDate.of(2027, 6, 1)).billingBasisPensumPercent()).isEqualTo(80);
        assertThat(p.terms()).hasSize(3);
        assertThat(p.placementType()).isEqualTo("IVSE_B_SEMI_STATIONARY");
    }

    @Test
    @DisplayName("AM-07 the schedule is 1 to 5 days a week and more than 0 up to 24 hours a day")
    void schedule() {
        Participation p = Participants.qualifizierung(START);
        assertThatThrownBy(() -> p.schedule(6, BigDecimal.ONE, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.schedule(0, BigDecimal.ONE, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.schedule(3, BigDecimal.ZERO, NOW)).isInstanceOf(IllegalArgumentException.class);
        p.schedule(4, new BigDecimal("3.5"), NOW);
        assertThat(p.schedule()).contains(new Participation.Schedule(4, new BigDecimal("3.5")));
    }

    @Test
    @DisplayName("AM-06 the waiver application is kept and read back whole")
    void waiverApplication() {
        Participation p = Participants.qualifizierung(START);
        WaiverApplication application = new WaiverApplication("SO", ResidencePermit.F,
                Set.of(CashBenefit.IV, CashBenefit.ALV), 3, new BigDecimal("4200.50"), new BigDecimal("0"));
        p.applyForWaiver(application, NOW);
        assertThat(p.waiverApplication()).contains(application);
    }

    @Test
    @DisplayName("the participant's name is 'Name Vorname' as the invoice shows it")
    void participantName() {
        assertThat(Participation.participantName(" Muster ", "Anna")).isEqualTo("Muster Anna");
    }

    @Test
    @DisplayName("DC-05 a corrected month replaces the closed one and counts up its revision")
    void dayCenterMonthRevision() {
        DayCenterMonth month = DayCenterMonth.closed(UUID.randomUUID(), YearMonth.of(2027, 3),
                new DayCenterMonth.Figures(2, 80, 60, 14, new BigDecimal("84.50")), UUID.randomUUID(), NOW);
        assertThat(month.revision()).isEqualTo(1);
        month.replace(new DayCenterMonth.Figures(3, 80, 70, 15, new BigDecimal("90.50")), LocalDate.of(2027, 3, 10),
                UUID.randomUUID(), NOW);
        assertThat(month.revision()).isEqualTo(2);
        assertThat(month.actualPensumPercent()).isEqualTo(70);
        assertThat(month.level()).isEqualTo(ch.so.integration.billing.tariff.IbbLevel.LEVEL_3);
    }
}
