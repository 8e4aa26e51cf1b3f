package ch.so.integration.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventEnvelopeTest {

    @EventType(aggregate = "thing", name = "thing-happened", version = 2)
    record ThingHappened(String thingId, int count) implements DomainEvent {
        @Override
        public String aggregateId() {
            return thingId;
        }
    }

    @Test
    @DisplayName("an event is wrapped as a CloudEvent: versioned type, source, subject = aggregate id, UTC time")
    void wraps() {
        UUID id = UUID.randomUUID();
        EventEnvelope envelope = EventEnvelope.wrap("intake", new ThingHappened("t-1", 3), id,
                OffsetDateTime.parse("2026-11-22T11:00:00.123456+01:00"), "corr-12345678");

        assertThat(envelope.type()).isEqualTo("ch.so.integration.intake.thing-happened.v2");
        assertThat(envelope.source()).isEqualTo("urn:ch.so.integration:intake");
        assertThat(envelope.subject()).isEqualTo("t-1");
        assertThat(envelope.time()).isEqualTo(OffsetDateTime.parse("2026-11-22T10:00:00.123Z"));
        assertThat(envelope.data().path("count").asInt()).isEqualTo(3);
        assertThat(envelope.data().has("aggregateId")).isFalse();
        assertThat(EventNames.topic("intake", "thing")).isEqualTo("intake.thing");

        EventEnvelope parsed = EventEnvelope.parse(envelope.toJson());
        assertThat(parsed).isEqualTo(envelope);
        assertThat(parsed.dataAs(ThingHappened.class)).isEqualTo(new ThingHappened("t-1", 3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|empty message",
            "[1,2]|not a JSON object",
            "{\"a\":|not valid JSON (line 1, column 6)",
            "{\"specversion\":\"1.0\"}|missing CloudEvents attribute(s): id, source, type, subject, time, data",
            "{\"specversion\":\"0.3\",\"id\":\"x\",\"source\":\"s\",\"type\":\"t\",\"subject\":\"s\",\"time\":\"2026-11-22T10:00:00Z\",\"data\":{}}|unsupported specversion (expected 1.0)",
            "{\"specversion\":\"1.0\",\"id\":\"not-a-uuid\",\"source\":\"s\",\"type\":\"ch.so.integration.a.b.v1\",\"subject\":\"s\",\"time\":\"2026-11-22T10:00:00Z\",\"data\":{}}|id is not a UUID",
            "{\"specversion\":\"1.0\",\"id\":\"0b0b5a2e-1d49-4a8f-9d0c-6f1b2f3a4c5d\",\"source\":\"s\",\"type\":\"other.type\",\"subject\":\"s\",\"time\":\"2026-11-22T10:00:00Z\",\"data\":{}}|type is not a versioned suite event type",
            "{\"specversion\":\"1.0\",\"id\":\"0b0b5a2e-1d49-4a8f-9d0c-6f1b2f3a4c5d\",\"source\":\"s\",\"type\":\"ch.so.integration.a.b.v1\",\"subject\":\"s\",\"time\":\"yesterday\",\"data\":{}}|envelope attributes have the wrong format (at time)"
    })
    @DisplayName("what cannot be processed is refused with a reason fit for the dead-letter topic")
    void refusesUnprocessable(String json, String reason) {
        assertThatThrownBy(() -> EventEnvelope.parse(json)).isInstanceOf(UnprocessableEventException.class)
                .hasMessage(reason);
    }

    @Test
    @DisplayName("data of the wrong shape names the field")
    void wrongData() {
        EventEnvelope envelope = EventEnvelope.wrap("intake", new ThingHappened("t-1", 3), UUID.randomUUID(),
                OffsetDateTime.now(), null);
        record Expecting(java.time.LocalDate thingId) {
        }
        assertThatThrownBy(() -> envelope.dataAs(Expecting.class)).isInstanceOf(UnprocessableEventException.class)
                .hasMessageContaining("(at thingId)");
    }
}
