package ch.so.integration.iiz.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.iiz.casespace.Contributor;
import ch.so.integration.platform.web.ProblemException;

class MonitoringTest {

    static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZURICH).toInstant(), ZURICH);
    static final UUID CASE = UUID.randomUUID();

    static Monitoring agreed(int weeks, LocalDate next) {
        Monitoring m = Monitoring.of(CASE);
        m.agree(weeks, next, "coord", CLOCK);
        return m;
    }

    @Test
    @DisplayName("IZ-09 reviews at the agreed interval: a review sets the next one an interval after it")
    void interval() {
        Monitoring m = agreed(6, TODAY);
        MonitoringReview.hold(CASE, m, TODAY, MonitoringReview.Kind.SCHEDULED, "Stand gut", null, "coord", CLOCK);
        assertThat(m.nextReviewOn()).isEqualTo(TODAY.plusWeeks(6));
        assertThat(Monitoring.nextAfter(LocalDate.of(2026, 12, 28), 2)).isEqualTo(LocalDate.of(2027, 1, 11));
    }

    @Test
    @DisplayName("IZ-09 a review on demand also counts; a review entered late never moves the due date earlier")
    void onDemand() {
        Monitoring m = agreed(8, TODAY.plusWeeks(4));
        MonitoringReview.hold(CASE, m, TODAY, MonitoringReview.Kind.ON_DEMAND, "Krise", "Plan anpassen", "coord", CLOCK);
        assertThat(m.nextReviewOn()).isEqualTo(TODAY.plusWeeks(8));
        MonitoringReview.hold(CASE, m, TODAY.minusWeeks(6), MonitoringReview.Kind.SCHEDULED, "nachgetragen", null,
                "coord", CLOCK);
        assertThat(m.nextReviewOn()).isEqualTo(TODAY.plusWeeks(8));
    }

    @Test
    @DisplayName("IZ-09 a review is overdue from the day after it was due")
    void overdue() {
        Monitoring m = agreed(4, TODAY);
        assertThat(m.overdueOn(TODAY)).isFalse();
        assertThat(m.overdueOn(TODAY.plusDays(1))).isTrue();
    }

    @Test
    @DisplayName("IZ-09 a scheduled review needs an agreed interval; on demand works without one")
    void scheduledNeedsInterval() {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> MonitoringReview.hold(CASE, null, TODAY,
                MonitoringReview.Kind.SCHEDULED, "x", null, "coord", CLOCK));
        assertThat(e.problem().rule()).isEqualTo("IZ-09");
        assertThat(MonitoringReview.hold(CASE, null, TODAY, MonitoringReview.Kind.ON_DEMAND, "x", null, "coord", CLOCK)
                .kind()).isEqualTo(MonitoringReview.Kind.ON_DEMAND);
    }

    @Test
    @DisplayName("IZ-09 the interval is 1 to 52 weeks and the next review not in the past; reviews and contacts "
            + "are not dated in the future")
    void bounds() {
        Monitoring m = Monitoring.of(CASE);
        assertThat(catchThrowableOfType(ProblemException.class, () -> m.agree(0, TODAY, "c", CLOCK)).problem().errors()
                .getFirst().field()).isEqualTo("intervalWeeks");
        assertThat(catchThrowableOfType(ProblemException.class, () -> m.agree(53, TODAY, "c", CLOCK)).problem().errors()
                .getFirst().field()).isEqualTo("intervalWeeks");
        assertThat(catchThrowableOfType(ProblemException.class, () -> m.agree(4, TODAY.minusDays(1), "c", CLOCK))
                .problem().errors().getFirst().field()).isEqualTo("nextReviewOn");
        assertThat(catchThrowableOfType(ProblemException.class, () -> MonitoringReview.hold(CASE, null,
                TODAY.plusDays(1), MonitoringReview.Kind.ON_DEMAND, "x", null, "c", CLOCK)).problem().errors()
                .getFirst().field()).isEqualTo("heldOn");
        assertThat(catchThrowableOfType(ProblemException.class, () -> ClientContact.log(CASE, TODAY.plusDays(1),
                ClientContact.Channel.PHONE, ClientContact.InitiatedBy.CLIENT, "x",
                new Contributor("c", "COORDINATOR", null), CLOCK)).problem().errors().getFirst().field())
                .isEqualTo("contactOn");
    }
}
