package ch.so.integration.intake.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PG-02: the limits of every module, at and just beyond each bound. */
class PasstGenauModuleTest {

    static final LocalDate START = LocalDate.of(2027, 1, 4);

    @ParameterizedTest(name = "{0}: {1} days, {2} h -> ok {3}")
    @CsvSource({
        "ENTRY_PHASE,13,20,false", "ENTRY_PHASE,14,20,true", "ENTRY_PHASE,28,48,true", "ENTRY_PHASE,29,20,false",
        "ENTRY_PHASE,21,49,false",
    })
    @DisplayName("PG-02 entry phase: 2 to 4 weeks, at most 48 h")
    void entryPhase(PasstGenauModule module, int days, int hours, boolean ok) {
        assertThat(module.violation(START, START.plusDays(days - 1), hours).isEmpty()).isEqualTo(ok);
    }

    @ParameterizedTest(name = "{0}: {1} months {2} days, {3} h -> ok {4}")
    @CsvSource({
        "QUALIFICATION_PHASE,4,0,100,true", "QUALIFICATION_PHASE,4,-1,100,false", "QUALIFICATION_PHASE,10,0,540,true",
        "QUALIFICATION_PHASE,10,1,540,false", "QUALIFICATION_PHASE,6,0,541,false",
        "STABILISATION_PHASE,3,0,378,true", "STABILISATION_PHASE,3,-1,100,false", "STABILISATION_PHASE,7,0,100,true",
        "STABILISATION_PHASE,7,1,100,false", "STABILISATION_PHASE,5,0,379,false",
        "TRANSITION_PHASE,0,14,10,true", "TRANSITION_PHASE,6,0,324,true", "TRANSITION_PHASE,6,1,100,false",
        "TRANSITION_PHASE,3,0,325,false",
        "JOB_SECURING,6,0,180,true", "JOB_SECURING,6,1,100,false", "JOB_SECURING,2,0,60,true",
        "JOB_SECURING,2,0,61,false", "JOB_SECURING,1,10,60,true",
        "JOB_COACHING,12,0,500,true",
    })
    @DisplayName("PG-02 qualification 4-10 months 540 h, stabilisation 3-7 months 378 h, transition up to 6 months "
            + "324 h, job securing up to 6 months 30 h a month")
    void monthModules(PasstGenauModule module, int months, int extraDays, int hours, boolean ok) {
        LocalDate dayAfter = START.plusMonths(months).plusDays(extraDays);
        assertThat(module.violation(START, dayAfter.minusDays(1), hours).isEmpty()).isEqualTo(ok);
    }

    @ParameterizedTest(name = "{0} limit over {1} months = {2}")
    @CsvSource({"ENTRY_PHASE,1,48", "QUALIFICATION_PHASE,6,540", "JOB_SECURING,3,90", "JOB_SECURING,6,180"})
    @DisplayName("PG-02 the hour limit billing may record per booked module")
    void hourLimit(PasstGenauModule module, int months, int limit) {
        assertThat(module.hourLimit(START, START.plusMonths(months).minusDays(1))).contains(limit);
    }
}
