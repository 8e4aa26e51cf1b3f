package ch.so.integration.iiz.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.iiz.plan.IntegrationPlanSigned;
import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventEnvelope;
import ch.so.integration.testing.AsyncApiContract;

/** The case-work events' JSON shapes are pinned: golden file plus the payload schema of asyncapi.yaml. */
class CaseWorkEventContractTest {

    static final UUID EVENT_ID = UUID.fromString("0b0b5a2e-1d49-4a8f-9d0c-6f1b2f3a4c5d");
    static final UUID CASE = UUID.fromString("5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a");
    static final UUID ITEM = UUID.fromString("3c2b1a09-8f7e-4d6c-5b4a-392817161514");

    private static void assertPinned(DomainEvent event, String golden, String topic) throws Exception {
        EventEnvelope envelope = EventEnvelope.wrap("iiz", event, EVENT_ID,
                OffsetDateTime.parse("2026-11-22T11:00:00+01:00"), "req-1234-abcd");
        AsyncApiContract contract = AsyncApiContract.load(Path.of("asyncapi.yaml"));
        contract.assertPinned(envelope.type(), envelope.toJson(), Path.of("src/test/resources/events/" + golden));
        assertThat(contract.topicOf(envelope.type())).isEqualTo(topic);
        assertThat(envelope.subject()).isEqualTo(CASE.toString());
    }

    @Test
    @DisplayName("IZ-04 SituationReportIssued v1 has the pinned shape and matches asyncapi.yaml")
    void situationReportIssued() throws Exception {
        assertPinned(new SituationReportIssued(CASE, ITEM, 2, LocalDate.of(2026, 11, 22), "SOZIALREGION-OLTEN",
                        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
                "situation-report-issued.v1.json", "iiz.situation");
    }

    @Test
    @DisplayName("IZ-08 IntegrationPlanSigned v1 has the pinned shape and matches asyncapi.yaml")
    void integrationPlanSigned() throws Exception {
        assertPinned(new IntegrationPlanSigned(CASE, ITEM, 2, LocalDate.of(2026, 11, 20), 3, LocalDate.of(2026, 12, 15),
                        UUID.fromString("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d")),
                "integration-plan-signed.v1.json", "iiz.integration-plan");
    }
}
