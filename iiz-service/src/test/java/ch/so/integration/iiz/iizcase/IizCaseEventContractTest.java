package ch.so.integration.iiz.iizcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventEnvelope;
import ch.so.integration.testing.AsyncApiContract;

/** The iiz case events' JSON shapes are pinned: golden file plus the payload schema of asyncapi.yaml. */
class IizCaseEventContractTest {

    static final UUID EVENT_ID = UUID.fromString("0b0b5a2e-1d49-4a8f-9d0c-6f1b2f3a4c5d");
    static final UUID CASE = UUID.fromString("7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d");
    static final UUID PERSON = UUID.fromString("3c2b1a09-8f7e-4d6c-5b4a-392817161514");

    private static void assertPinned(DomainEvent event, String golden) throws Exception {
        EventEnvelope envelope = EventEnvelope.wrap("iiz", event, EVENT_ID,
                OffsetDateTime.parse("2026-11-22T11:00:00+01:00"), "req-1234-abcd");
        AsyncApiContract contract = AsyncApiContract.load(Path.of("asyncapi.yaml"));
        contract.assertPinned(envelope.type(), envelope.toJson(), Path.of("src/test/resources/events/" + golden));
        assertThat(contract.topicOf(envelope.type())).isEqualTo("iiz.case");
        assertThat(envelope.subject()).isEqualTo(CASE.toString());
    }

    @Test
    @DisplayName("IZ-02, IZ-03 IizCaseRegistered v1 has the pinned shape and matches asyncapi.yaml")
    void registered() throws Exception {
        assertPinned(new IizCaseRegistered(CASE, PERSON, RegistrationPath.PARTNER_INSTITUTION, "RAV-OLTEN",
                "SOZIALREGION-OLTEN", LocalDate.of(2026, 11, 2)), "iiz-case-registered.v1.json");
    }

    @Test
    @DisplayName("IZ-05 IizCaseDecided v1 has the pinned shape and matches asyncapi.yaml")
    void decided() throws Exception {
        assertPinned(new IizCaseDecided(CASE, PERSON, Decision.ROUND_TABLE, LocalDate.of(2026, 11, 16)),
                "iiz-case-decided.v1.json");
    }

    @Test
    @DisplayName("IZ-10 IizCaseClosureAnnounced v1 has the pinned shape and matches asyncapi.yaml")
    void closureAnnounced() throws Exception {
        assertPinned(new IizCaseClosureAnnounced(CASE, PERSON, "SOZIALREGION-OLTEN", LocalDate.of(2026, 11, 20)),
                "iiz-case-closure-announced.v1.json");
    }

    @Test
    @DisplayName("IZ-10 IizCaseClosed v1 has the pinned shape and matches asyncapi.yaml")
    void closed() throws Exception {
        assertPinned(new IizCaseClosed(CASE, PERSON, "SOZIALREGION-OLTEN", ClosureReason.GOAL_EMPLOYMENT,
                LocalDate.of(2026, 11, 22), 7), "iiz-case-closed.v1.json");
    }

    @Test
    @DisplayName("the topics iiz creates at start are the channels its AsyncAPI document publishes to")
    void publishedTopicsMatchTheDocument() throws Exception {
        Properties config = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            config.load(in);
        }
        AsyncApiContract contract = AsyncApiContract.load(Path.of("asyncapi.yaml"));
        assertThat(Set.of(config.getProperty("suite.kafka.published-topics").split(",")))
                .isEqualTo(contract.publishedTopics());
    }
}
