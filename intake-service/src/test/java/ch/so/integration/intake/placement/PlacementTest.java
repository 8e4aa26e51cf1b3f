package ch.so.integration.intake.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ch.so.integration.intake.person.AhvNumber;
import ch.so.integration.intake.person.Person;
import ch.so.integration.intake.person.Sex;

class PlacementTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Zurich"));
    static final Person ANNA = Person.register(AhvNumber.parse("756.9217.0769.85"), "Muster", "Anna", Sex.FEMALE,
            LocalDate.of(1990, 4, 17), CLOCK);

    @Test
    @DisplayName("creating a placement registers exactly one PlacementCreated, without the AHV number")
    void registersEvent() {
        Placement placement = Placement.create(ANNA, PlacementType.DAY_CENTER, LocalDate.of(2026, 12, 1), 60, CLOCK);

        assertThat(placement.releaseEvents()).singleElement().isInstanceOfSatisfying(PlacementCreated.class, e -> {
            assertThat(e.placementId()).isEqualTo(placement.id());
            assertThat(e.aggregateId()).isEqualTo(placement.id().toString());
            assertThat(e.personId()).isEqualTo(ANNA.id());
            assertThat(e.pensumPercent()).isEqualTo(60);
            assertThat(e.participant()).isEqualTo(new PlacementCreated.Participant("Muster", "Anna"));
            assertThat(e.toString()).doesNotContain("9217");
        });
        assertThat(placement.releaseEvents()).as("events are handed out once").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 15, 55, 110, -10})
    @DisplayName("DC-05 a Pensum outside 10 % steps from 10 to 100 is refused")
    void pensumSteps(int pensum) {
        assertThat(Placement.isValidPensum(pensum)).isFalse();
        assertThatThrownBy(() -> Placement.create(ANNA, PlacementType.DAY_CENTER, LocalDate.of(2026, 12, 1), pensum, CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DC-05");
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 20, 50, 100})
    @DisplayName("DC-05 Pensum in 10 % steps is accepted")
    void pensumValid(int pensum) {
        assertThat(Placement.isValidPensum(pensum)).isTrue();
    }
}
