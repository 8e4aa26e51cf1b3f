package ch.so.integration.daycenter.monthclose;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.platform.events.EventEnvelope;
import ch.so.integration.testing.AsyncApiContract;

/** The attendance-month events: pinned shapes, valid against asyncapi.yaml, on their topic. */
class AttendanceMonthEventContractTest {

    static final UUID EVENT_ID = UUID.fromString("0b0b5a2e-1d49-4a8f-9d0c-6f1b2f3a4c5d");
    static final UUID PLACEMENT = UUID.fromString("9e5f1c7a-2b3d-4e6f-8a9b-0c1d2e3f4a5b");
    static final UUID PERSON = UUID.fromString("3c2b1a09-8f7e-4d6c-5b4a-392817161514");
    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-22T11:00:00+01:00");

    @Test
    @DisplayName("DC-05 DC-06 DC-16 AttendanceMonthClosed v1 has the pinned shape and matches asyncapi.yaml")
    void closed() throws Exception {
        AttendanceMonthClosed event = new AttendanceMonthClosed(PLACEMENT, PERSON, "2027-03", 14,
                new BigDecimal("84.50"), new AttendanceMonthClosed.Absences(2, 1, 1, 0), 5, 80, 60, 2,
                List.of("Küche", "Garten"), new BigDecimal("100.00"), "Garten");
        EventEnvelope envelope = EventEnvelope.wrap("day-center", event, EVENT_ID, AT, "req-1234-abcd");
        AsyncApiContract contract = AsyncApiContract.load(Path.of("asyncapi.yaml"));
        contract.assertPinned(envelope.type(), envelope.toJson(),
                Path.of("src/test/resources/events/attendance-month-closed.v1.json"));
        assertThat(contract.topicOf(envelope.type())).isEqualTo("day-center.attendance-month");
        assertThat(envelope.subject()).isEqualTo(PLACEMENT.toString());
    }

    @Test
    @DisplayName("DC-16 AttendanceMonthClosed v1 without work and IBB pending: ibbLevel null, compensation 0.00")
    void closedWithoutWork() throws Exception {
        AttendanceMonthClosed event = new AttendanceMonthClosed(PLACEMENT, PERSON, "2027-03", 0,
                new BigDecimal("0.00"), new AttendanceMonthClosed.Absences(0, 0, 0, 23), 0, 40, 0, null,
                List.of(), new BigDecimal("0.00"), null);
        EventEnvelope envelope = EventEnvelope.wrap("day-center", event, EVENT_ID, AT, "req-1234-abcd");
        AsyncApiContract.load(Path.of("asyncapi.yaml")).assertValid(envelope.type(),
                ch.so.integration.platform.events.EventJson.MAPPER.readTree(envelope.toJson()));
    }

    @Test
    @DisplayName("AttendanceMonthCorrected v1 has the pinned shape and matches asyncapi.yaml")
    void corrected() throws Exception {
        AttendanceMonthCorrected event = new AttendanceMonthCorrected(PLACEMENT, PERSON, "2027-03", 15,
                new BigDecimal("90.50"), new AttendanceMonthClosed.Absences(1, 1, 1, 0), 5, 80, 60, 2,
                List.of("Küche", "Garten"), new BigDecimal("100.00"), "Garten", LocalDate.of(2027, 3, 10));
        EventEnvelope envelope = EventEnvelope.wrap("day-center", event, EVENT_ID, AT, "req-1234-abcd");
        AsyncApiContract contract = AsyncApiContract.load(Path.of("asyncapi.yaml"));
        contract.assertPinned(envelope.type(), envelope.toJson(),
                Path.of("src/test/resources/events/attendance-month-corrected.v1.json"));
        assertThat(contract.topicOf(envelope.type())).isEqualTo("day-center.attendance-month");
    }

    @Test
    @DisplayName("the topics the day center creates at start are the channels its AsyncAPI document publishes to")
    void publishedTopicsMatchTheDocument() throws Exception {
        Properties config = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            config.load(in);
        }
        assertThat(Set.of(config.getProperty("suite.kafka.published-topics").split(",")))
                .isEqualTo(AsyncApiContract.load(Path.of("asyncapi.yaml")).publishedTopics());
    }
}
