package ch.so.integration.daycenter.place.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.daycenter.IntakeEvents;
import ch.so.integration.platform.events.EventEnvelope;

/** Day-center reads intake's pinned PlacementCreated v1 with its own view of the event. */
class PlacementCreatedContractTest {

    @Test
    @DisplayName("intake's pinned PlacementCreated v1 parses into day-center's view")
    void readsIntakesPinnedEvent() throws Exception {
        EventEnvelope envelope = EventEnvelope.parse(Files.readString(IntakeEvents.PINNED));

        assertThat(envelope.type()).isEqualTo(IntakePlacementEvents.PLACEMENT_CREATED_V1);
        IntakePlacementEvents.PlacementCreatedV1 data = envelope.dataAs(IntakePlacementEvents.PlacementCreatedV1.class);
        assertThat(data.placementId().toString()).isEqualTo(envelope.subject());
        assertThat(data.startDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(data.pensumPercent()).isEqualTo(60);
        assertThat(data.participant().firstName()).isEqualTo("Anna");
    }
}
