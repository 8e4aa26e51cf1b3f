package ch.so.integration.segmentation.controlling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.web.ProblemException;

/** SG-12: the controlling reports whole calendar months that have ended, so periods cannot be differenced by day. */
class ControllingPeriodTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    static ControllingService.Period period(String from, String to) {
        return ControllingService.period(from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), TODAY);
    }

    static void refused(String from, String to, String field) {
        assertThatThrownBy(() -> period(from, to)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).extracting(FieldError::field).contains(field);
        });
    }

    @Test
    @DisplayName("SG-12 whole months and quarters that have ended are accepted; the defaults are the last 12 months")
    void sg12WholeMonths() {
        assertThat(period("2026-01-01", "2026-10-31")).isEqualTo(new ControllingService.Period(
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-10-31")));
        assertThat(period("2026-07-01", "2026-09-30").to()).isEqualTo(LocalDate.parse("2026-09-30"));
        assertThat(period("2024-02-01", "2024-02-29").to()).isEqualTo(LocalDate.parse("2024-02-29"));
        assertThat(period(null, null)).isEqualTo(new ControllingService.Period(LocalDate.parse("2025-11-01"),
                LocalDate.parse("2026-10-31")));
        assertThat(period(null, "2026-03-31").from()).isEqualTo(LocalDate.parse("2025-04-01"));
    }

    @Test
    @DisplayName("SG-12 a period to the day, or one reaching into the current month, is a 400 naming from or to")
    void sg12DaysRefused() {
        refused("2026-01-02", "2026-10-31", "from");
        refused("2026-01-01", "2026-10-30", "to");
        refused("2026-01-01", "2026-11-30", "to");
        refused("2026-01-01", "2026-11-21", "to");
        refused("2026-01-01", "2026-12-31", "to");
        refused("2026-10-01", "2026-09-30", "from");
        refused("2020-01-01", "2026-10-31", "from");
        refused(null, "2026-02-27", "to");
    }
}
