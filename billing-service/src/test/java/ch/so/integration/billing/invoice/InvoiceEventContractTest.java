package ch.so.integration.billing.invoice;

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

import ch.so.integration.billing.payer.PayerRole;
import ch.so.integration.platform.events.EventEnvelope;
import ch.so.integration.testing.AsyncApiContract;

/** The invoice events: pinned shapes, valid against asyncapi.yaml, on their topic. */
class InvoiceEventContractTest {

    static final UUID EVENT_ID = UUID.fromString("0b0b5a2e-1d49-4a8f-9d0c-6f1b2f3a4c5d");
    static final UUID INVOICE = UUID.fromString("7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d");
    static final UUID CREDIT_NOTE = UUID.fromString("8b7c6d5e-4f3a-4b2c-8d9e-0f1a2b3c4d5e");
    static final UUID CREDITOR = UUID.fromString("1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b");
    static final UUID PLACEMENT = UUID.fromString("9e5f1c7a-2b3d-4e6f-8a9b-0c1d2e3f4a5b");
    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-22T11:00:00+01:00");

    @Test
    @DisplayName("AM-07 InvoiceIssued v1 has the pinned shape and matches asyncapi.yaml")
    void issued() throws Exception {
        InvoiceIssued event = new InvoiceIssued(INVOICE, "2026-000042", CREDITOR, "2026-10", PayerRole.SOCIAL_OFFICE,
                "Sozialregion Oberer Leberberg", null, "CHF", new BigDecimal("1736.00"), LocalDate.of(2026, 11, 2),
                List.of(PLACEMENT));
        EventEnvelope envelope = EventEnvelope.wrap("billing", event, EVENT_ID, AT, "req-1234-abcd");
        AsyncApiContract contract = AsyncApiContract.load(Path.of("asyncapi.yaml"));
        contract.assertPinned(envelope.type(), envelope.toJson(),
                Path.of("src/test/resources/events/invoice-issued.v1.json"));
        assertThat(contract.topicOf(envelope.type())).isEqualTo("billing.invoice");
        assertThat(envelope.subject()).isEqualTo(INVOICE.toString());
    }

    @Test
    @DisplayName("AM-07 InvoiceCorrected v1 (a credit note) has the pinned shape and matches asyncapi.yaml")
    void corrected() throws Exception {
        InvoiceCorrected event = new InvoiceCorrected(CREDIT_NOTE, "2026-000057", InvoiceKind.CREDIT_NOTE, INVOICE,
                "2026-000042", CREDITOR, "2026-10", PayerRole.SOCIAL_OFFICE, "Sozialregion Oberer Leberberg", null,
                "CHF", new BigDecimal("-200.00"), LocalDate.of(2026, 11, 20), List.of(PLACEMENT));
        EventEnvelope envelope = EventEnvelope.wrap("billing", event, EVENT_ID, AT, "req-1234-abcd");
        AsyncApiContract contract = AsyncApiContract.load(Path.of("asyncapi.yaml"));
        contract.assertPinned(envelope.type(), envelope.toJson(),
                Path.of("src/test/resources/events/invoice-corrected.v1.json"));
        assertThat(contract.topicOf(envelope.type())).isEqualTo("billing.invoice");
    }

    @Test
    @DisplayName("AM-06 an invoice to the participant carries no name in the event, only the participation")
    void participantDebtorHasNoName() throws Exception {
        InvoiceIssued event = new InvoiceIssued(INVOICE, "2026-000043", CREDITOR, "2026-10", PayerRole.PARTICIPANT,
                null, PLACEMENT, "CHF", new BigDecimal("50.00"), LocalDate.of(2026, 11, 2), List.of(PLACEMENT));
        EventEnvelope envelope = EventEnvelope.wrap("billing", event, EVENT_ID, AT, "req-1234-abcd");
        AsyncApiContract.load(Path.of("asyncapi.yaml")).assertValid(envelope.type(),
                ch.so.integration.platform.events.EventJson.MAPPER.readTree(envelope.toJson()));
    }

    @Test
    @DisplayName("the topics billing creates at start are the channels its AsyncAPI document publishes to")
    void publishedTopicsMatchTheDocument() throws Exception {
        Properties config = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            config.load(in);
        }
        assertThat(Set.of(config.getProperty("suite.kafka.published-topics").split(",")))
                .isEqualTo(AsyncApiContract.load(Path.of("asyncapi.yaml")).publishedTopics());
    }
}
