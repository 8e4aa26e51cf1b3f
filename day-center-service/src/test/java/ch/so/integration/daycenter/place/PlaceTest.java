package ch.so.integration.daycenter.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlaceTest {

    static Place place() {
        return Place.reserve(UUID.randomUUID(), UUID.randomUUID(), "Muster", "Anna", LocalDate.of(2027, 1, 4), 60,
                "IVSE_B_EXTERNAL", 60, List.of("Küche"), OffsetDateTime.now());
    }

    @Test
    @DisplayName("DC-05 a mutation takes effect on its date: the past keeps its Pensum and areas")
    void termsByEffectiveDate() {
        Place place = place();
        place.change(LocalDate.of(2027, 3, 1), "IVSE_B_SEMI_STATIONARY", 80, 80, List.of("Garten"));

        assertThat(place.pensumOn(LocalDate.of(2027, 2, 28))).isEqualTo(60);
        assertThat(place.workAreasOn(LocalDate.of(2027, 2, 28))).containsExactly("Küche");
        assertThat(place.pensumOn(LocalDate.of(2027, 3, 1))).isEqualTo(80);
        assertThat(place.workAreasOn(LocalDate.of(2027, 3, 1))).containsExactly("Garten");
        assertThat(place.pensumPercent()).as("the current terms are the latest").isEqualTo(80);
        assertThat(place.setting()).isEqualTo("IVSE_B_SEMI_STATIONARY");
    }

    @Test
    @DisplayName("DC-05 a mutation recorded later but effective earlier slots in by date")
    void outOfOrderMutation() {
        Place place = place();
        place.change(LocalDate.of(2027, 3, 1), null, 80, 80, null);
        place.change(LocalDate.of(2027, 2, 1), null, 70, 70, List.of("Holz"));

        assertThat(place.pensumOn(LocalDate.of(2027, 1, 20))).isEqualTo(60);
        assertThat(place.pensumOn(LocalDate.of(2027, 2, 15))).isEqualTo(70);
        assertThat(place.workAreasOn(LocalDate.of(2027, 2, 15))).containsExactly("Holz");
        assertThat(place.pensumOn(LocalDate.of(2027, 3, 15))).isEqualTo(80);
        assertThat(place.pensumPercent()).isEqualTo(80);
    }
}
