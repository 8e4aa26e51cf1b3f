package ch.so.integration.billing.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.billing.payer.ServicePeriod;

class BillingPeriodTest {

    static final YearMonth MARCH = YearMonth.of(2027, 3);

    private static ServicePeriod period(ParticipationStatus status, String entry, String exit) {
        return BillingPeriod.of(status, entry == null ? null : LocalDate.parse(entry),
                exit == null ? null : LocalDate.parse(exit), MARCH).orElse(null);
    }

    @Test
    @DisplayName("AM-07 a month between entry and exit is billed whole")
    void fullMonth() {
        assertThat(period(ParticipationStatus.ACTIVE, "2027-01-04", null))
                .isEqualTo(new ServicePeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31)));
        assertThat(period(ParticipationStatus.ENDED, "2027-01-04", "2027-05-31"))
                .isEqualTo(ServicePeriod.month(MARCH));
    }

    @Test
    @DisplayName("AM-07 the entry month is billed from the entry day")
    void entryMonth() {
        assertThat(period(ParticipationStatus.ACTIVE, "2027-03-15", null))
                .isEqualTo(new ServicePeriod(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 31)));
        assertThat(period(ParticipationStatus.ACTIVE, "2027-03-31", null))
                .isEqualTo(new ServicePeriod(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 3, 31)));
    }

    @Test
    @DisplayName("AM-07 the exit month is billed up to the exit day (the last day)")
    void exitMonth() {
        assertThat(period(ParticipationStatus.ENDED, "2027-01-04", "2027-03-10"))
                .isEqualTo(new ServicePeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 10)));
        assertThat(period(ParticipationStatus.ENDED, "2027-01-04", "2027-03-01"))
                .isEqualTo(new ServicePeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1)));
        assertThat(period(ParticipationStatus.ENDED, "2027-03-08", "2027-03-19"))
                .isEqualTo(new ServicePeriod(LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 19)));
    }

    @Test
    @DisplayName("a month before the entry or after the exit is not billed")
    void outsideTheMonth() {
        assertThat(period(ParticipationStatus.ACTIVE, "2027-04-01", null)).isNull();
        assertThat(period(ParticipationStatus.ENDED, "2027-01-04", "2027-02-28")).isNull();
    }

    @Test
    @DisplayName("a pending placement (not started) and one cancelled before its start are never billed")
    void pendingAndCancelled() {
        assertThat(period(ParticipationStatus.PENDING, null, null)).isNull();
        assertThat(period(ParticipationStatus.CANCELLED, "2027-03-01", "2027-02-28")).isNull();
        assertThat(period(ParticipationStatus.CANCELLED, "2027-03-01", "2027-03-20")).isNull();
    }

    @Test
    @DisplayName("February of a leap year ends on the 29th")
    void leapYear() {
        assertThat(BillingPeriod.of(ParticipationStatus.ACTIVE, LocalDate.of(2028, 1, 1), null, YearMonth.of(2028, 2)))
                .contains(new ServicePeriod(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)));
    }
}
