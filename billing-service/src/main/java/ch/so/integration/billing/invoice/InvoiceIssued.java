package ch.so.integration.billing.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

import ch.so.integration.billing.payer.PayerRole;
import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/**
 * AM-07: a month's first invoice to a debtor was issued. No participant names: the participations are listed by id;
 * when the debtor is the participant (own share, AM-06; personal budget, PG-05) {@code debtorName} is null and
 * {@code debtorParticipationId} names the participation. Amounts are decimal strings in {@code currency}.
 */
@EventType(aggregate = "invoice", name = "invoice-issued", version = 1)
public record InvoiceIssued(UUID invoiceId, String number, UUID creditorId, String month, PayerRole debtorRole,
                            String debtorName, UUID debtorParticipationId, String currency,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total, LocalDate issueDate,
                            List<UUID> participationIds) implements DomainEvent {

    @Override
    public String aggregateId() {
        return invoiceId.toString();
    }
}
