package ch.so.integration.intake.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import ch.so.integration.intake.person.Benefit;
import ch.so.integration.intake.person.Circumstances;
import ch.so.integration.intake.person.GermanLevel;
import ch.so.integration.intake.person.ResidencePermit;
import ch.so.integration.intake.programme.ProgrammeType;

class PlacementRulesTest {

    static final LocalDate START = LocalDate.of(2027, 1, 4);

    static Circumstances with(GermanLevel german, Benefit... benefits) {
        Set<Benefit> set = Set.of(benefits);
        return new Circumstances(ResidencePermit.B, set, set.contains(Benefit.SOCIAL_ASSISTANCE) ? "Sozialregion" : null,
                null, null, null, german);
    }

    static PlacementCandidate dayCenter(PlacementType type, List<String> areas, boolean assessed, boolean freePlace) {
        return new PlacementCandidate(type, START, 60, areas, with(null), 40, assessed, freePlace, null, null, null,
                false);
    }

    static PlacementCandidate programme(ProgrammeType type, int age, Circumstances circumstances) {
        return new PlacementCandidate(PlacementType.AMI_PROGRAMME, START, null, null, circumstances, age, false,
                false, type, null, null, false);
    }

    static PlacementCandidate passtGenau(PasstGenauTargetGroup group, boolean entryBefore, ModuleBooking... modules) {
        return new PlacementCandidate(PlacementType.PASST_GENAU, START, null, null, with(null), 25, false, false,
                null, group, List.of(modules), entryBefore);
    }

    static ModuleBooking entry(int days, int hours) {
        return new ModuleBooking(PasstGenauModule.ENTRY_PHASE, START, START.plusDays(days - 1), hours, null);
    }

    static List<String> rules(PlacementCandidate candidate) {
        return PlacementRules.check(candidate).stream().map(Refusal::rule).toList();
    }

    @Test
    @DisplayName("DC-07 DC-15 an entry from stationary housing always goes through the assessment")
    void stationaryNeedsAssessment() {
        assertThat(PlacementRules.check(dayCenter(PlacementType.IVSE_B_STATIONARY, List.of("Küche"), false, false)))
                .singleElement().satisfies(r -> {
                    assertThat(r.rule()).isEqualTo("DC-15");
                    assertThat(r.field()).isEqualTo("assessmentId");
                });
        assertThat(rules(dayCenter(PlacementType.IVSE_B_STATIONARY, List.of("Küche"), true, false))).isEmpty();
    }

    @Test
    @DisplayName("DC-15 working in several areas is decided by the assessment")
    void severalAreasNeedAssessment() {
        assertThat(rules(dayCenter(PlacementType.IVSE_B_EXTERNAL, List.of("Küche", "Garten"), false, false)))
                .containsExactly("DC-15");
        assertThat(rules(dayCenter(PlacementType.IVSE_B_EXTERNAL, List.of("Küche", "Garten"), true, false))).isEmpty();
        assertThat(rules(dayCenter(PlacementType.IVSE_B_EXTERNAL, List.of(), false, false))).containsExactly("DC-15");
    }

    @Test
    @DisplayName("DC-08 semi-stationary places only within capacity, without guarantee")
    void semiStationaryCapacity() {
        assertThat(rules(dayCenter(PlacementType.IVSE_B_SEMI_STATIONARY, List.of("Küche"), false, false)))
                .containsExactly("DC-08");
        assertThat(rules(dayCenter(PlacementType.IVSE_B_SEMI_STATIONARY, List.of("Küche"), false, true))).isEmpty();
    }

    @Test
    @DisplayName("DC-09 an external place needs no assessment for one area (its IV condition is the financing table's)")
    void externalOneArea() {
        assertThat(rules(dayCenter(PlacementType.IVSE_B_EXTERNAL, List.of("Küche"), false, false))).isEmpty();
    }

    @ParameterizedTest(name = "age {0} -> allowed {1}")
    @CsvSource({"15,false", "16,true", "23,true", "30,true", "31,false"})
    @DisplayName("AM-02 Jugendprogramm is for ages 16 to 30 at the start")
    void youthAge(int age, boolean allowed) {
        List<Refusal> refusals = PlacementRules.check(programme(ProgrammeType.JUGENDPROGRAMM, age, with(null)));
        assertThat(refusals.isEmpty()).isEqualTo(allowed);
        refusals.forEach(r -> {
            assertThat(r.rule()).isEqualTo("AM-02");
            assertThat(r.field()).isEqualTo("startDate");
        });
    }

    @ParameterizedTest
    @EnumSource(value = ProgrammeType.class, names = {"SUCHTHILFE_STUNDENLOHN", "TEILLOHN"})
    @DisplayName("AM-02 Suchthilfe Stundenlohn and Teillohn only with social assistance")
    void socialAssistanceOnly(ProgrammeType type) {
        assertThat(rules(programme(type, 40, with(null)))).containsExactly("AM-02");
        assertThat(rules(programme(type, 40, with(null, Benefit.IV_PENSION)))).containsExactly("AM-02");
        assertThat(rules(programme(type, 40, with(null, Benefit.SOCIAL_ASSISTANCE)))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ProgrammeType.class, names = {"INTEGRATION_ARBEIT", "QUALIFIZIERUNG", "BESCHAEFTIGUNG_I",
            "BESCHAEFTIGUNG_I_PROGRAMM_R", "BESCHAEFTIGUNG_II", "TRAUMAPROGRAMM"})
    @DisplayName("AM-02 the other programmes are open with or without social assistance")
    void openProgrammes(ProgrammeType type) {
        assertThat(rules(programme(type, 45, with(null)))).isEmpty();
        assertThat(rules(programme(type, 45, with(null, Benefit.SOCIAL_ASSISTANCE)))).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> allowed {1}")
    @CsvSource({"NONE,false", "A1,false", "A2,false", "B1,true", "C2,true", "NATIVE,true"})
    @DisplayName("AM-02 Coaching needs enough German (B1 or better)")
    void coachingGerman(GermanLevel level, boolean allowed) {
        assertThat(rules(programme(ProgrammeType.COACHING, 40, with(level))).isEmpty()).isEqualTo(allowed);
    }

    @Test
    @DisplayName("AM-02 Coaching without a recorded German level is refused, naming germanLevel")
    void coachingUnknownGerman() {
        assertThat(PlacementRules.check(programme(ProgrammeType.COACHING, 40, with(null))))
                .singleElement().extracting(Refusal::field).isEqualTo("germanLevel");
    }

    @Test
    @DisplayName("AM-02 an AMI placement needs a programme of the catalogue")
    void programmeRequired() {
        assertThat(PlacementRules.check(programme(null, 40, with(null)))).singleElement()
                .extracting(Refusal::field).isEqualTo("programmeId");
    }

    @ParameterizedTest
    @EnumSource(value = PasstGenauTargetGroup.class, names = "NONE_OF_THESE", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("PG-01 the target groups are admitted")
    void targetGroups(PasstGenauTargetGroup group) {
        assertThat(rules(passtGenau(group, false, entry(21, 40)))).isEmpty();
    }

    @Test
    @DisplayName("PG-01 a person outside the target group, or none named, is refused")
    void outsideTargetGroup() {
        assertThat(rules(passtGenau(PasstGenauTargetGroup.NONE_OF_THESE, false, entry(21, 40)))).containsExactly("PG-01");
        assertThat(rules(passtGenau(null, false, entry(21, 40)))).containsExactly("PG-01");
    }

    @Test
    @DisplayName("PG-02 the entry phase is always booked (unless the person had one)")
    void entryPhaseRequired() {
        ModuleBooking qualification = new ModuleBooking(PasstGenauModule.QUALIFICATION_PHASE, START.plusWeeks(4),
                START.plusWeeks(4).plusMonths(6).minusDays(1), 300, null);
        assertThat(rules(passtGenau(PasstGenauTargetGroup.AUTISM, false, qualification))).containsExactly("PG-02");
        assertThat(rules(passtGenau(PasstGenauTargetGroup.AUTISM, true, qualification))).isEmpty();
        assertThat(rules(passtGenau(PasstGenauTargetGroup.AUTISM, false, entry(28, 48), qualification))).isEmpty();
    }

    @Test
    @DisplayName("PG-02 the whole programme can be booked at once")
    void wholeProgramme() {
        LocalDate s = START;
        ModuleBooking[] whole = {
            entry(28, 48),
            new ModuleBooking(PasstGenauModule.QUALIFICATION_PHASE, s.plusWeeks(4), s.plusWeeks(4).plusMonths(10).minusDays(1), 540, null),
            new ModuleBooking(PasstGenauModule.STABILISATION_PHASE, s.plusMonths(11), s.plusMonths(18).minusDays(1), 378, null),
            new ModuleBooking(PasstGenauModule.TRANSITION_PHASE, s.plusMonths(18), s.plusMonths(24).minusDays(1), 324, null),
            new ModuleBooking(PasstGenauModule.JOB_SECURING, s.plusMonths(24), s.plusMonths(30).minusDays(1), 180, null),
        };
        assertThat(PasstGenauModule.whole()).hasSize(whole.length);
        assertThat(rules(passtGenau(PasstGenauTargetGroup.FROM_SHELTERED_WORKSHOP, false, whole))).isEmpty();
    }

    @Test
    @DisplayName("PG-02 a module booked twice, or job coaching without an IFD mandate, is refused")
    void duplicatesAndMandate() {
        assertThat(rules(passtGenau(PasstGenauTargetGroup.AUTISM, false, entry(21, 40), entry(21, 40))))
                .isNotEmpty().containsOnly("PG-02");
        ModuleBooking coaching = new ModuleBooking(PasstGenauModule.JOB_COACHING, START, START.plusMonths(3), 20, null);
        assertThat(PlacementRules.check(passtGenau(PasstGenauTargetGroup.AUTISM, false, entry(21, 40), coaching)))
                .singleElement().extracting(Refusal::field).isEqualTo("modules[1].ifdMandateReference");
        ModuleBooking mandated = new ModuleBooking(PasstGenauModule.JOB_COACHING, START, START.plusMonths(3), 20, "IFD-7");
        assertThat(rules(passtGenau(PasstGenauTargetGroup.AUTISM, false, entry(21, 40), mandated))).isEmpty();
    }

    @Test
    @DisplayName("PG-02 modules belong to pass(t)genau placements only")
    void modulesOnlyForPasstGenau() {
        PlacementCandidate candidate = new PlacementCandidate(PlacementType.IVSE_B_EXTERNAL, START, 60,
                List.of("Küche"), with(null), 40, false, false, null, null, List.of(entry(21, 40)), false);
        assertThat(rules(candidate)).containsExactly("PG-02");
    }

    @Test
    @DisplayName("PG-02 the phases follow one another, the entry phase first")
    void phasesInOrder() {
        ModuleBooking qualification = new ModuleBooking(PasstGenauModule.QUALIFICATION_PHASE, START.plusDays(10),
                START.plusDays(10).plusMonths(5), 300, null);
        assertThat(rules(passtGenau(PasstGenauTargetGroup.AUTISM, false, entry(21, 40), qualification)))
                .as("overlapping").containsExactly("PG-02");
        ModuleBooking before = new ModuleBooking(PasstGenauModule.QUALIFICATION_PHASE, START.minusMonths(6),
                START.minusDays(1), 300, null);
        assertThat(rules(passtGenau(PasstGenauTargetGroup.AUTISM, false, entry(21, 40), before)))
                .as("entry phase after the qualification").containsExactly("PG-02");
    }

    @Test
    @DisplayName("DC-15 only day-center places have work areas")
    void noAreasOutsideDayCenter() {
        PlacementCandidate candidate = new PlacementCandidate(PlacementType.AMI_PROGRAMME, START, null,
                List.of("Küche"), with(null), 40, false, false, ProgrammeType.QUALIFIZIERUNG, null, null, false);
        assertThat(PlacementRules.check(candidate)).singleElement().extracting(Refusal::field).isEqualTo("workAreas");
    }
}
