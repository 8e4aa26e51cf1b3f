package ch.so.integration.segmentation.person.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.platform.events.EventEnvelope;
import ch.so.integration.segmentation.IntakeEvents;

/** Segmentation reads intake's pinned PersonRegistered v1 with its own view of the event. */
class PersonRegisteredContractTest {

    @Test
    @DisplayName("intake's pinned PersonRegistered v1 parses into segmentation's view (the person id only)")
    void readsIntakesPinnedEvent() throws Exception {
        EventEnvelope envelope = EventEnvelope.parse(Files.readString(IntakeEvents.PERSON_REGISTERED));
        assertThat(envelope.type()).isEqualTo(IntakePersonEvents.PERSON_REGISTERED_V1);
        IntakePersonEvents.PersonRegisteredV1 data = envelope.dataAs(IntakePersonEvents.PersonRegisteredV1.class);
        assertThat(data.personId().toString()).isEqualTo(envelope.subject());
    }
}
