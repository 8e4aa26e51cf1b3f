package ch.so.integration.intake.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ch.so.integration.intake.person.Benefit;
import ch.so.integration.intake.person.Circumstances;
import ch.so.integration.intake.person.ResidencePermit;
import ch.so.integration.platform.web.ProblemException;

class PlacementTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Zurich"));
    static final UUID PERSON = UUID.randomUUID();
    static final Circumstances IV = new Circumstances(ResidencePermit.SWISS, Set.of(Benefit.IV_PENSION), null, null,
            null, null, null);
    static final LocalDate START = LocalDate.of(2026, 12, 1);

    static Placement external(int pensum) {
        return Placement.create(PERSON, new PlacementCreated.Participant("Muster", "Anna"),
                new PlacementCandidate(PlacementType.IVSE_B_EXTERNAL, START, pensum, List.of("Küche"), IV, 36, false,
                        false, null, null, null, false), false, null, null, CLOCK);
    }

    static Placement stationary(boolean externalDayStructure) {
        return Placement.create(PERSON, new PlacementCreated.Participant("Muster", "Anna"),
                new PlacementCandidate(PlacementType.IVSE_B_STATIONARY, START, 40, List.of("Küche"), IV, 36, true,
                        false, null, null, null, false), externalDayStructure, null, UUID.randomUUID(), CLOCK);
    }

    @Test
    @DisplayName("creating a placement registers exactly one PlacementCreated, without the AHV number")
    void registersEvent() {
        Placement placement = external(60);

        assertThat(placement.status()).isEqualTo(PlacementStatus.PENDING);
        assertThat(placement.releaseEvents()).singleElement().isInstanceOfSatisfying(PlacementCreated.class, e -> {
            assertThat(e.placementId()).isEqualTo(placement.id());
            assertThat(e.aggregateId()).isEqualTo(placement.id().toString());
            assertThat(e.personId()).isEqualTo(PERSON);
            assertThat(e.pensumPercent()).isEqualTo(60);
            assertThat(e.workAreas()).containsExactly("Küche");
            assertThat(e.participant()).isEqualTo(new PlacementCreated.Participant("Muster", "Anna"));
        });
        assertThat(placement.releaseEvents()).as("events are handed out once").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 15, 110, -10, 95})
    @DisplayName("DC-05 a Pensum outside 10 % steps from 10 to 100 is refused")
    void pensumSteps(int pensum) {
        assertThat(Placement.isValidPensum(pensum)).isFalse();
        assertThatThrownBy(() -> external(pensum)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DC-05");
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 20, 50, 100})
    @DisplayName("DC-05 Pensum in 10 % steps is accepted")
    void pensumValid(int pensum) {
        assertThat(external(pensum).pensumPercent()).isEqualTo(pensum);
    }

    @Test
    @DisplayName("DC-07 a stationary resident without an external day place or job is billed on a 100 % Pensum")
    void stationaryBillingBasis() {
        assertThat(stationary(false).billingBasisPensumPercent()).isEqualTo(100);
        assertThat(stationary(true).billingBasisPensumPercent()).isEqualTo(40);
        assertThat(external(60).billingBasisPensumPercent()).isEqualTo(60);
    }

    @Test
    @DisplayName("DC-12 DC-14 a placement starts only with granted financing and a signed agreement")
    void activationGuards() {
        Placement placement = external(60);
        assertThatThrownBy(() -> placement.activate(false, "DC-14", true, CLOCK))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().rule()).isEqualTo("DC-14"));
        assertThatThrownBy(() -> placement.activate(true, "DC-14", false, CLOCK))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().rule()).isEqualTo("DC-12"));
        assertThat(placement.status()).isEqualTo(PlacementStatus.PENDING);

        placement.releaseEvents();
        placement.activate(true, "DC-14", true, CLOCK);
        assertThat(placement.status()).isEqualTo(PlacementStatus.ACTIVE);
        assertThat(placement.releaseEvents()).singleElement().isInstanceOf(PlacementActivated.class);
    }

    @Test
    @DisplayName("DC-14 a mutation is kept with its effective date and published with the new terms")
    void mutationKeepsTrace() {
        Placement placement = external(60);
        placement.releaseEvents();
        LocalDate effective = LocalDate.of(2027, 2, 1);

        List<MutationKind> kinds = placement.amend(effective, 80, null, null, null, null, false, CLOCK);

        assertThat(kinds).containsExactly(MutationKind.PENSUM);
        assertThat(placement.pensumPercent()).isEqualTo(80);
        assertThat(placement.mutations()).singleElement().satisfies(m -> {
            assertThat(m.effectiveDate()).isEqualTo(effective);
            assertThat(m.fromValue()).isEqualTo("60");
            assertThat(m.toValue()).isEqualTo("80");
        });
        assertThat(placement.releaseEvents()).singleElement().isInstanceOfSatisfying(PlacementChanged.class, e -> {
            assertThat(e.effectiveDate()).isEqualTo(effective);
            assertThat(e.changes()).containsExactly(MutationKind.PENSUM);
            assertThat(e.pensumPercent()).isEqualTo(80);
        });
    }

    @Test
    @DisplayName("DC-15 a change of area or setting without the assessment is refused and nothing changes")
    void areaChangeNeedsAssessment() {
        Placement placement = external(60);
        assertThatThrownBy(() -> placement.amend(START, null, List.of("Garten"), null, null, null, false, CLOCK))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().rule()).isEqualTo("DC-15"));
        assertThatThrownBy(() -> placement.amend(START, null, null, PlacementType.IVSE_B_SEMI_STATIONARY, null, null,
                false, CLOCK))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().rule()).isEqualTo("DC-15"));
        assertThat(placement.workAreas()).containsExactly("Küche");
        assertThat(placement.type()).isEqualTo(PlacementType.IVSE_B_EXTERNAL);
        assertThat(placement.mutations()).isEmpty();

        placement.amend(START.plusMonths(1), null, List.of("Garten", "Küche"), PlacementType.IVSE_B_SEMI_STATIONARY,
                null, UUID.randomUUID(), true, CLOCK);
        assertThat(placement.type()).isEqualTo(PlacementType.IVSE_B_SEMI_STATIONARY);
        assertThat(placement.mutations()).extracting(Mutation::kind)
                .containsExactly(MutationKind.SETTING, MutationKind.WORK_AREAS);
    }

    @Test
    @DisplayName("DC-13 notice by a party keeps the notice period; the exit is published")
    void exitKeepsNotice() {
        Placement placement = external(60);
        placement.activate(true, "DC-14", true, CLOCK);
        placement.releaseEvents();
        LocalDate notice = LocalDate.of(2027, 3, 10);
        LocalDate earliest = LocalDate.of(2027, 4, 30);

        assertThatThrownBy(() -> placement.exit(notice, LocalDate.of(2027, 3, 31), ExitReason.NOTICE_BY_PARTICIPANT,
                null, earliest, CLOCK))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().rule()).isEqualTo("DC-13");
                    assertThat(e.problem().detail()).contains("2027-04-30");
                });
        assertThat(placement.status()).isEqualTo(PlacementStatus.ACTIVE);

        placement.exit(notice, earliest, ExitReason.NOTICE_BY_PARTICIPANT, null, earliest, CLOCK);
        assertThat(placement.status()).isEqualTo(PlacementStatus.ENDED);
        assertThat(placement.releaseEvents()).singleElement().isInstanceOfSatisfying(PlacementEnded.class, e -> {
            assertThat(e.endDate()).isEqualTo(earliest);
            assertThat(e.cancelledBeforeStart()).isFalse();
        });
    }

    @Test
    @DisplayName("DC-13 an extraordinary exit needs no notice period but a stated reason")
    void extraordinaryExit() {
        Placement placement = external(60);
        placement.activate(true, "DC-14", true, CLOCK);
        assertThatThrownBy(() -> placement.exit(null, START.plusDays(3), ExitReason.EXTRAORDINARY, " ",
                START.plusMonths(2), CLOCK)).isInstanceOf(ProblemException.class);
        placement.exit(null, START.plusDays(3), ExitReason.EXTRAORDINARY, "Gefährdung", START.plusMonths(2), CLOCK);
        assertThat(placement.status()).isEqualTo(PlacementStatus.ENDED);
    }

    @Test
    @DisplayName("DC-13 a placement that never started is cancelled, whatever the notice period")
    void cancelBeforeStart() {
        Placement placement = external(60);
        placement.exit(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 30), ExitReason.NOTICE_BY_PARTICIPANT, null,
                LocalDate.of(2026, 12, 31), CLOCK);
        assertThat(placement.status()).isEqualTo(PlacementStatus.CANCELLED);
        assertThatThrownBy(() -> placement.amend(START, 50, null, null, null, null, false, CLOCK))
                .isInstanceOf(ProblemException.class);
    }

    static Placement programme() {
        Circumstances none = new Circumstances(ResidencePermit.SWISS, Set.of(), null, null, null, null, null);
        Placement placement = Placement.create(PERSON, new PlacementCreated.Participant("Muster", "Anna"),
                new PlacementCandidate(PlacementType.AMI_PROGRAMME, START, null, null, none, 36, false, false,
                        ch.so.integration.intake.programme.ProgrammeType.QUALIFIZIERUNG, null, null, false),
                false, UUID.randomUUID(), null, CLOCK);
        placement.activate(true, "AM-05", true, CLOCK);
        return placement;
    }

    @Test
    @DisplayName("AM-03 the programme course runs in order and completes with the final talk's documents and follow-up")
    void programmeCourse() {
        Placement placement = programme();
        assertThatThrownBy(() -> placement.recordCourseStage(CourseStage.GOAL_AGREEMENT, START, null, null, null, null, null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().rule()).isEqualTo("AM-03"));
        assertThatThrownBy(() -> placement.exit(null, START.plusMonths(3), ExitReason.COMPLETED, null, START, CLOCK))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().rule()).isEqualTo("AM-03"));

        LocalDate day = START;
        for (CourseStage stage : List.of(CourseStage.SITUATION_ANALYSIS, CourseStage.GOAL_AGREEMENT,
                CourseStage.ACTION_PLAN, CourseStage.IMPLEMENTATION, CourseStage.EVALUATION)) {
            day = day.plusWeeks(2);
            placement.recordCourseStage(stage, day, null, null, null, null, null);
        }
        LocalDate last = day.plusWeeks(1);
        assertThatThrownBy(() -> placement.recordCourseStage(CourseStage.FINAL_TALK, last, null, true, false, false,
                "Nachbetreuung 3 Monate"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().rule()).isEqualTo("AM-03"));
        assertThatThrownBy(() -> placement.recordCourseStage(CourseStage.FINAL_TALK, last, null, true, true, false, " "))
                .isInstanceOf(ProblemException.class);
        placement.recordCourseStage(CourseStage.FINAL_TALK, last, null, true, true, false, "Nachbetreuung 3 Monate");
        assertThat(placement.course()).hasSize(6);

        placement.exit(null, last, ExitReason.COMPLETED, null, last, CLOCK);
        assertThat(placement.status()).isEqualTo(PlacementStatus.ENDED);
    }

    @Test
    @DisplayName("AM-03 an aborted programme ends without the final talk; day-center places have no programme course")
    void abortAndNoCourseForDayCenter() {
        Placement placement = programme();
        placement.exit(null, START.plusDays(3), ExitReason.ABORTED, null, START, CLOCK);
        assertThat(placement.status()).isEqualTo(PlacementStatus.ENDED);

        Placement dayCenter = external(60);
        dayCenter.activate(true, "DC-14", true, CLOCK);
        assertThatThrownBy(() -> dayCenter.recordCourseStage(CourseStage.SITUATION_ANALYSIS, START, null, null, null,
                null, null)).isInstanceOf(ProblemException.class);
    }

    @Test
    @DisplayName("DC-14 mutations are recorded in the order they take effect; an exit cannot undo one that took effect")
    void mutationOrder() {
        Placement placement = external(60);
        placement.activate(true, "DC-14", true, CLOCK);
        placement.amend(LocalDate.of(2027, 3, 1), 80, null, null, null, null, false, CLOCK);
        assertThatThrownBy(() -> placement.amend(LocalDate.of(2027, 2, 1), 70, null, null, null, null, false, CLOCK))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors())
                        .singleElement().satisfies(f -> assertThat(f.message()).contains("2027-03-01")));
        assertThatThrownBy(() -> placement.exit(null, LocalDate.of(2027, 2, 15), ExitReason.MUTUAL_AGREEMENT, null,
                START, CLOCK))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors())
                        .singleElement().satisfies(f -> assertThat(f.message()).contains("2027-03-01")));
        assertThatThrownBy(() -> placement.exit(null, START.minusDays(1), ExitReason.MUTUAL_AGREEMENT, null, START,
                CLOCK)).isInstanceOf(ProblemException.class);
        assertThat(placement.pensumPercent()).isEqualTo(80);
        assertThat(placement.status()).isEqualTo(PlacementStatus.ACTIVE);
    }
}
