package ch.so.integration.billing.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.billing.participation.ParticipationDirectory.ModuleLimit;

class ModuleHourLimitsTest {

    private static final ModuleLimit ENTRY = new ModuleLimit("ENTRY_PHASE", LocalDate.of(2026, 12, 1),
            LocalDate.of(2026, 12, 21), 48, null);
    private static final ModuleLimit JOB_SECURING = new ModuleLimit("JOB_SECURING", LocalDate.of(2027, 1, 15),
            LocalDate.of(2027, 4, 14), 90, 30);
    private static final ModuleLimit JOB_COACHING = new ModuleLimit("JOB_COACHING", LocalDate.of(2026, 12, 1),
            LocalDate.of(2027, 12, 31), null, null);
    private static final List<ModuleLimit> BOOKED = List.of(ENTRY, JOB_SECURING, JOB_COACHING);

    private static Optional<ModuleHourLimits.Refusal> check(String module, LocalDate date, String hours,
                                                            String moduleTotal, String monthTotal) {
        return ModuleHourLimits.refusal(BOOKED, module, date, new BigDecimal(hours), new BigDecimal(moduleTotal),
                new BigDecimal(monthTotal));
    }

    @Test
    @DisplayName("PG-02 hours in a booked module inside its window and within its limit are accepted, up to the limit")
    void withinLimit() {
        assertThat(check("ENTRY_PHASE", LocalDate.of(2026, 12, 1), "8", "0", "0")).isEmpty();
        assertThat(check("ENTRY_PHASE", LocalDate.of(2026, 12, 21), "2.5", "45.5", "45.5")).isEmpty();
    }

    @Test
    @DisplayName("PG-02 a module that is not booked is refused")
    void notBooked() {
        assertThat(check("QUALIFICATION_PHASE", LocalDate.of(2026, 12, 2), "1", "0", "0")).contains(
                new ModuleHourLimits.Refusal("module", "QUALIFICATION_PHASE is not booked for this participation "
                        + "(booked: ENTRY_PHASE, JOB_SECURING, JOB_COACHING)"));
        assertThat(ModuleHourLimits.refusal(List.of(), "ENTRY_PHASE", LocalDate.of(2026, 12, 2), BigDecimal.ONE,
                BigDecimal.ZERO, BigDecimal.ZERO)).map(ModuleHourLimits.Refusal::message)
                .contains("ENTRY_PHASE is not booked for this participation (booked: none)");
    }

    @Test
    @DisplayName("PG-02 a day before the planned start or after the planned end of the module is refused")
    void window() {
        assertThat(check("ENTRY_PHASE", LocalDate.of(2026, 11, 30), "1", "0", "0"))
                .contains(new ModuleHourLimits.Refusal("date", "lies before the module's planned start on 2026-12-01"));
        assertThat(check("ENTRY_PHASE", LocalDate.of(2026, 12, 22), "1", "0", "0")).map(ModuleHourLimits.Refusal::field)
                .contains("date");
    }

    @Test
    @DisplayName("PG-02 hours beyond the module's whole limit are refused (entry phase 48 h)")
    void wholeLimit() {
        assertThat(check("ENTRY_PHASE", LocalDate.of(2026, 12, 10), "2.25", "46", "46")).contains(
                new ModuleHourLimits.Refusal("hours",
                        "ENTRY_PHASE has at most 48 h: 46 h are recorded, 2.25 h more would make 48.25 h"));
        assertThat(check("ENTRY_PHASE", LocalDate.of(2026, 12, 10), "0.01", "48", "48")).isPresent();
    }

    @Test
    @DisplayName("PG-02 job securing has at most 30 h per calendar month, and its whole limit")
    void monthlyLimit() {
        assertThat(check("JOB_SECURING", LocalDate.of(2027, 2, 10), "5", "25", "25")).isEmpty();
        assertThat(check("JOB_SECURING", LocalDate.of(2027, 2, 10), "5.5", "25", "25")).contains(
                new ModuleHourLimits.Refusal("hours",
                        "JOB_SECURING has at most 30 h a month: 25 h are recorded in 2027-02, 5.5 h more would make 30.5 h"));
        // another month has its own 30 h
        assertThat(check("JOB_SECURING", LocalDate.of(2027, 3, 1), "20", "30", "0")).isEmpty();
        // but never beyond the whole limit intake gave (3 started months: 90 h)
        assertThat(check("JOB_SECURING", LocalDate.of(2027, 4, 1), "1", "90", "0")).map(ModuleHourLimits.Refusal::message)
                .contains("JOB_SECURING has at most 90 h: 90 h are recorded, 1 h more would make 91 h");
    }

    @Test
    @DisplayName("PG-02 job coaching (IFD mandate) has no hour limit of its own")
    void jobCoaching() {
        assertThat(check("JOB_COACHING", LocalDate.of(2027, 6, 1), "24", "2000", "600")).isEmpty();
    }
}
