package ch.so.integration.segmentation.integrationcase;

import static org.assertj.core.api.Assertions.assertThat;

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

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventEnvelope;
import ch.so.integration.segmentation.measure.MeasureType;
import ch.so.integration.testing.AsyncApiContract;

/** The case events' JSON shapes are pinned: golden file plus the payload schema of asyncapi.yaml. */
class CaseEventContractTest {

    static final UUID EVENT_ID = UUID.fromString("0b0b5a2e-1d49-4a8f-9d0c-6f1b2f3a4c5d");
    static final UUID CASE = UUID.fromString("7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d");
    static final UUID PERSON = UUID.fromString("3c2b1a09-8f7e-4d6c-5b4a-392817161514");
    static final UUID DECISION = UUID.fromString("1e2d3c4b-5a69-4788-9a6b-5c4d3e2f1a0b");
    static final UUID REVIEW = UUID.fromString("2f3e4d5c-6b7a-4899-8a7b-6c5d4e3f2a1b");
    static final UUID NOTE = UUID.fromString("4a5b6c7d-8e9f-4a0b-8c1d-2e3f4a5b6c7d");
    static final UUID MEASURE = UUID.fromString("5b6c7d8e-9f0a-4b1c-9d2e-3f4a5b6c7d8e");
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static void assertPinned(DomainEvent event, String golden) throws Exception {
        EventEnvelope envelope = EventEnvelope.wrap("segmentation", event, EVENT_ID,
                OffsetDateTime.parse("2026-11-22T11:00:00+01:00"), "req-1234-abcd");
        AsyncApiContract contract = AsyncApiContract.load(Path.of("asyncapi.yaml"));
        Path file = Path.of("src/test/resources/events/" + golden);
        contract.assertPinned(envelope.type(), envelope.toJson(), file);
        assertThat(contract.topicOf(envelope.type())).isEqualTo("segmentation.case");
        assertThat(envelope.subject()).isEqualTo(CASE.toString());
    }

    @Test
    @DisplayName("SG-01 CaseOpened v1 has the pinned shape and matches asyncapi.yaml")
    void opened() throws Exception {
        assertPinned(new CaseOpened(CASE, PERSON, AssistanceType.REGULAR, "Untergäu", LocalDate.of(2026, 5, 4)),
                "case-opened.v1.json");
    }

    @Test
    @DisplayName("SG-02 SegmentAssigned v1 has the pinned shape and matches asyncapi.yaml")
    void assigned() throws Exception {
        assertPinned(new SegmentAssigned(CASE, DECISION, Segment.O, "Untergäu",
                LocalDate.of(2026, 5, 12), LocalDate.of(2026, 11, 12), LocalDate.of(2026, 10, 29)),
                "segment-assigned.v1.json");
    }

    @Test
    @DisplayName("SG-07 SG-08 SegmentChanged v1 has the pinned shape and matches asyncapi.yaml")
    void changed() throws Exception {
        assertPinned(new SegmentChanged(CASE, PERSON, REVIEW, DECISION, Segment.O, Segment.V,
                LocalDate.of(2026, 10, 20), LocalDate.of(2027, 4, 20), LocalDate.of(2027, 4, 6), NOTE, SHA,
                List.of(new SegmentChanged.MeasureToEnd(MEASURE, MeasureType.IV_CONTACT))),
                "segment-changed.v1.json");
    }

    @Test
    @DisplayName("SG-07 SegmentConfirmed v1 has the pinned shape and matches asyncapi.yaml")
    void confirmed() throws Exception {
        assertPinned(new SegmentConfirmed(CASE, PERSON, REVIEW, DECISION, Segment.O, LocalDate.of(2026, 10, 20),
                LocalDate.of(2027, 4, 20), LocalDate.of(2027, 4, 6), NOTE, SHA), "segment-confirmed.v1.json");
    }

    @Test
    @DisplayName("SG-04 ReviewDue v1 has the pinned shape and matches asyncapi.yaml")
    void reviewDue() throws Exception {
        assertPinned(new ReviewDue(CASE, "Untergäu", Segment.A, ReviewKind.PROMPT,
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 11, 12)), "review-due.v1.json");
    }

    @Test
    @DisplayName("SG-09 CaseDetached v1 has the pinned shape and matches asyncapi.yaml")
    void detached() throws Exception {
        assertPinned(new CaseDetached(CASE, DetachmentReason.PROFESSIONAL_INTEGRATION,
                LocalDate.of(2027, 1, 31), Segment.V, LocalDate.of(2027, 7, 31)), "case-detached.v1.json");
    }

    @Test
    @DisplayName("SG-01 CaseDetached v1 of a case withdrawn in intake (no segment) matches asyncapi.yaml")
    void withdrawnInIntake() throws Exception {
        EventEnvelope envelope = EventEnvelope.wrap("segmentation", new CaseDetached(CASE,
                DetachmentReason.NOT_ENTITLED, LocalDate.of(2027, 1, 31), null, null), EVENT_ID,
                OffsetDateTime.parse("2026-11-22T11:00:00+01:00"), "req-1234-abcd");
        AsyncApiContract.load(Path.of("asyncapi.yaml")).assertValid(envelope.type(),
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(envelope.toJson()));
        assertThat(envelope.toJson()).containsPattern("\"segment\"\\s*:\\s*null").doesNotContain("personId")
                .doesNotContain("entitled");
    }

    @Test
    @DisplayName("SG-10 CaseClosed v1 has the pinned shape and matches asyncapi.yaml")
    void closed() throws Exception {
        assertPinned(new CaseClosed(CASE, PERSON, LocalDate.of(2027, 8, 2), DetachmentReason.PROFESSIONAL_INTEGRATION,
                LocalDate.of(2027, 1, 31), REVIEW), "case-closed.v1.json");
    }

    @Test
    @DisplayName("the topics segmentation creates at start are the channels its AsyncAPI document publishes to")
    void publishedTopicsMatchTheDocument() throws Exception {
        Properties config = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            config.load(in);
        }
        assertThat(Set.of(config.getProperty("suite.kafka.published-topics").split(",")))
                .isEqualTo(AsyncApiContract.load(Path.of("asyncapi.yaml")).publishedTopics());
    }
}
