package ch.so.integration.daycenter.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.daycenter.area.HalfDay;

class PlanRulesTest {

    static final IsoWeek WEEK = IsoWeek.parse("2027-W03");
    static final LocalDate MONDAY = LocalDate.of(2027, 1, 18);
    static final UUID KITCHEN = UUID.randomUUID();
    static final UUID GARDEN = UUID.randomUUID();
    static final UUID ANNA = UUID.randomUUID();
    static final UUID BEAT = UUID.randomUUID();
    static final UUID CARLA = UUID.randomUUID();
    static final UUID LEFT = UUID.randomUUID();

    final Map<UUID, PlanCheck.Area> areas = Map.of(
            KITCHEN, new PlanCheck.Area(KITCHEN, "Küche", 2, d -> false),
            GARDEN, new PlanCheck.Area(GARDEN, "Garten", 5, d -> d.equals(MONDAY.plusDays(2))));
    final Map<UUID, PlanCheck.Participant> participants = Map.of(
            ANNA, new PlanCheck.Participant(ANNA, 30, d -> true),
            BEAT, new PlanCheck.Participant(BEAT, 100, d -> true),
            CARLA, new PlanCheck.Participant(CARLA, 100, d -> true),
            LEFT, new PlanCheck.Participant(LEFT, 100, d -> d.isBefore(MONDAY.plusDays(3))));

    PlanCheck check() {
        return new PlanCheck(WEEK, id -> Optional.ofNullable(areas.get(id)),
                id -> Optional.ofNullable(participants.get(id)));
    }

    static PlanCheck.Candidate entry(UUID who, int day, HalfDay half, UUID area) {
        return new PlanCheck.Candidate(who, MONDAY.plusDays(day), half, area);
    }

    @Test
    @DisplayName("DC-05: the weekly limit is Pensum % x 10 half-days / 100, rounded down")
    void dc05_pensumLimit() {
        assertThat(PensumLimit.maxHalfDaysPerWeek(100)).isEqualTo(10);
        assertThat(PensumLimit.maxHalfDaysPerWeek(60)).isEqualTo(6);
        assertThat(PensumLimit.maxHalfDaysPerWeek(10)).isEqualTo(1);
        assertThat(PensumLimit.maxHalfDaysPerWeek(55)).isEqualTo(5);
        assertThat(PensumLimit.maxHalfDaysPerWeek(0)).isZero();
        assertThatThrownBy(() -> PensumLimit.maxHalfDaysPerWeek(110)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("DC-05: a participant is planned for no more half-days a week than the Pensum allows")
    void dc05_pensumRefusesTheFourthHalfDayAt30Percent() {
        PlanCheck check = check();
        assertThat(check.offer(entry(ANNA, 0, HalfDay.MORNING, GARDEN))).isEmpty();
        assertThat(check.offer(entry(ANNA, 0, HalfDay.AFTERNOON, GARDEN))).isEmpty();
        assertThat(check.offer(entry(ANNA, 1, HalfDay.MORNING, GARDEN))).isEmpty();
        Optional<PlanCheck.Violation> fourth = check.offer(entry(ANNA, 3, HalfDay.MORNING, GARDEN));
        assertThat(fourth).get().extracting(PlanCheck.Violation::rule).isEqualTo("DC-05");
        assertThat(fourth.get().message()).contains("30 %", "at most 3 half-days");
        assertThat(check.accepted()).hasSize(3);
    }

    @Test
    @DisplayName("DC-04: an area takes no more participants per half-day than its capacity")
    void dc04_capacity() {
        PlanCheck check = check();
        assertThat(check.offer(entry(ANNA, 0, HalfDay.MORNING, KITCHEN))).isEmpty();
        assertThat(check.offer(entry(BEAT, 0, HalfDay.MORNING, KITCHEN))).isEmpty();
        Optional<PlanCheck.Violation> third = check.offer(entry(CARLA, 0, HalfDay.MORNING, KITCHEN));
        assertThat(third).get().extracting(PlanCheck.Violation::rule).isEqualTo("DC-04");
        assertThat(third.get().message()).contains("full", "capacity 2");
        assertThat(check.offer(entry(CARLA, 0, HalfDay.AFTERNOON, KITCHEN))).isEmpty();
    }

    @Test
    @DisplayName("DC-04: one area per participant per half-day")
    void dc04_oneAreaPerHalfDay() {
        PlanCheck check = check();
        assertThat(check.offer(entry(BEAT, 1, HalfDay.MORNING, KITCHEN))).isEmpty();
        assertThat(check.offer(entry(BEAT, 1, HalfDay.MORNING, GARDEN))).get()
                .extracting(PlanCheck.Violation::rule, PlanCheck.Violation::field).containsExactly("DC-04", "halfDay");
    }

    @Test
    @DisplayName("DC-04: only participants holding a place that day are planned")
    void dc04_holdsPlace() {
        PlanCheck check = check();
        assertThat(check.offer(entry(LEFT, 2, HalfDay.MORNING, KITCHEN))).isEmpty();
        assertThat(check.offer(entry(LEFT, 3, HalfDay.MORNING, KITCHEN))).get()
                .extracting(PlanCheck.Violation::rule).isEqualTo("DC-04");
        assertThat(check.offer(entry(UUID.randomUUID(), 3, HalfDay.MORNING, KITCHEN))).get()
                .extracting(PlanCheck.Violation::rule, PlanCheck.Violation::field).containsExactly(null, "placementId");
    }

    @Test
    @DisplayName("DC-01: weekends are outside the opening hours; dates outside the week are invalid")
    void dc01_weekdaysOfTheWeekOnly() {
        PlanCheck check = check();
        assertThat(check.offer(entry(BEAT, 5, HalfDay.MORNING, KITCHEN))).get()
                .satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("DC-01");
                    assertThat(v.message()).contains("Saturday", "Monday to Friday");
                });
        assertThat(check.offer(entry(BEAT, 7, HalfDay.MORNING, KITCHEN))).get()
                .extracting(PlanCheck.Violation::rule, PlanCheck.Violation::field).containsExactly(null, "date");
    }

    @Test
    @DisplayName("DC-02: an area is not planned on its company holiday; unknown areas are invalid")
    void dc02_closedArea() {
        PlanCheck check = check();
        assertThat(check.offer(entry(BEAT, 2, HalfDay.MORNING, GARDEN))).get()
                .satisfies(v -> assertThat(v.rule()).isEqualTo("DC-02"));
        assertThat(check.offer(entry(BEAT, 2, HalfDay.MORNING, KITCHEN))).isEmpty();
        assertThat(check.offer(entry(BEAT, 2, HalfDay.AFTERNOON, UUID.randomUUID()))).get()
                .extracting(PlanCheck.Violation::field).isEqualTo("areaId");
    }

    @Test
    @DisplayName("ISO weeks: 2027-W03 runs Monday 2027-01-18 to Sunday 2027-01-24; bad weeks are refused")
    void isoWeeks() {
        assertThat(WEEK.monday()).isEqualTo(MONDAY);
        assertThat(WEEK.sunday()).isEqualTo(LocalDate.of(2027, 1, 24));
        assertThat(WEEK.previous().toString()).isEqualTo("2027-W02");
        assertThat(IsoWeek.parse("2027-W01").monday()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(IsoWeek.parse("2026-W53").monday()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(IsoWeek.parse("2027-W01").previous().toString()).isEqualTo("2026-W53");
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 3)).toString()).isEqualTo("2026-W53");
        assertThat(WEEK.weekdays()).hasSize(5).last().isEqualTo(LocalDate.of(2027, 1, 22));
        for (String bad : new String[]{"2027-03", "2027-W3", "2027-W54", "2027-W00", "x"}) {
            assertThatThrownBy(() -> IsoWeek.parse(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
