package ch.so.integration.intake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import ch.so.integration.intake.placement.PlacementCreated;
import ch.so.integration.intake.placement.PlacementType;
import ch.so.integration.platform.events.EventEnvelope;
import ch.so.integration.testing.AsyncApiContract;

/** Each event's JSON shape is pinned: golden file plus the payload schema of asyncapi.yaml. */
class EventContractTest {

    static final UUID EVENT_ID = UUID.fromString("0b0b5a2e-1d49-4a8f-9d0c-6f1b2f3a4c5d");
    static final UUID PLACEMENT = UUID.fromString("9e5f1c7a-2b3d-4e6f-8a9b-0c1d2e3f4a5b");
    static final UUID PERSON = UUID.fromString("3c2b1a09-8f7e-4d6c-5b4a-392817161514");

    @Test
    @DisplayName("PlacementCreated v1 has the pinned shape and matches asyncapi.yaml")
    void placementCreated() throws Exception {
        PlacementCreated event = new PlacementCreated(PLACEMENT, PERSON, PlacementType.IVSE_B_EXTERNAL,
                LocalDate.of(2026, 12, 1), 60, 60, java.util.List.of("Küche", "Garten"), null, java.util.List.of(),
                new PlacementCreated.Participant("Muster", "Anna"));
        EventEnvelope envelope = EventEnvelope.wrap("intake", event, EVENT_ID,
                OffsetDateTime.parse("2026-11-22T11:00:00+01:00"), "req-1234-abcd");

        AsyncApiContract contract = AsyncApiContract.load(Path.of("asyncapi.yaml"));
        contract.assertPinned(envelope.type(), envelope.toJson(),
                Path.of("src/test/resources/events/placement-created.v1.json"));
        assertThat(contract.topicOf(envelope.type())).isEqualTo("intake.placement");
    }

    @Test
    @DisplayName("the topics intake creates at start are the channels its AsyncAPI document publishes to")
    void publishedTopicsMatchTheDocument() throws Exception {
        java.util.Properties config = new java.util.Properties();
        try (var in = java.nio.file.Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            config.load(in);
        }
        AsyncApiContract contract = AsyncApiContract.load(Path.of("asyncapi.yaml"));
        assertThat(java.util.Set.of(config.getProperty("suite.kafka.published-topics").split(",")))
                .isEqualTo(contract.publishedTopics());
    }
}
