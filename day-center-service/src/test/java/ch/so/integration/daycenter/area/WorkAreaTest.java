package ch.so.integration.daycenter.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.platform.web.ProblemException;

class WorkAreaTest {

    @Test
    @DisplayName("DC-06: WORK and SERVICE areas pay CHF 50.00 to 100.00 a month; NONE pays nothing")
    void dc06_compensationFitsTheKind() {
        assertThat(WorkArea.create("Küche", 8, WorkAreaKind.WORK, new BigDecimal("50")).motivationCompensation())
                .isEqualByComparingTo("50.00");
        assertThat(WorkArea.create("Empfang", 2, WorkAreaKind.SERVICE, new BigDecimal("100.00")).motivationCompensation())
                .isEqualTo(new BigDecimal("100.00"));
        assertThat(WorkArea.create("Ruheraum", 5, WorkAreaKind.NONE, null).motivationCompensation()).isNull();

        for (String wrong : new String[]{"49.95", "100.05", "75.001"}) {
            assertThatThrownBy(() -> WorkArea.create("Garten", 5, WorkAreaKind.WORK, new BigDecimal(wrong)))
                    .isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).problem().rule()).isEqualTo("DC-06"));
        }
        assertThatThrownBy(() -> WorkArea.create("Garten", 5, WorkAreaKind.SERVICE, null))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> WorkArea.create("Ruheraum", 5, WorkAreaKind.NONE, new BigDecimal("60")))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().errors().getFirst().field())
                        .isEqualTo("motivationCompensation"));
    }

    @Test
    @DisplayName("capacity is 1 to 50 participants per half-day")
    void capacityRange() {
        assertThat(WorkArea.create("A", 1, WorkAreaKind.NONE, null).capacity()).isEqualTo(1);
        assertThat(WorkArea.create("A", 50, WorkAreaKind.NONE, null).capacity()).isEqualTo(50);
        assertThatThrownBy(() -> WorkArea.create("A", 0, WorkAreaKind.NONE, null)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> WorkArea.create("A", 51, WorkAreaKind.NONE, null)).isInstanceOf(ProblemException.class);
    }

    @Test
    @DisplayName("DC-01/DC-02: an area is open on weekdays outside its company holidays")
    void dc02_isOpenOn() {
        WorkArea area = WorkArea.create("Garten", 6, WorkAreaKind.WORK, new BigDecimal("80"));
        area.close(new DateRange(LocalDate.of(2027, 7, 19), LocalDate.of(2027, 7, 23)), "Betriebsferien");
        assertThat(area.isOpenOn(LocalDate.of(2027, 7, 16))).isTrue();
        assertThat(area.isOpenOn(LocalDate.of(2027, 7, 19))).isFalse();
        assertThat(area.isOpenOn(LocalDate.of(2027, 7, 23))).isFalse();
        assertThat(area.isOpenOn(LocalDate.of(2027, 7, 24))).isFalse(); // Saturday
        assertThat(area.isOpenOn(LocalDate.of(2027, 7, 26))).isTrue();
        assertThat(area.isClosedOn(LocalDate.of(2027, 7, 24))).isFalse(); // the holiday ended on Friday
        assertThat(area.reopen(area.closures().getFirst().id())).isTrue();
        assertThat(area.isOpenOn(LocalDate.of(2027, 7, 19))).isTrue();
    }
}
