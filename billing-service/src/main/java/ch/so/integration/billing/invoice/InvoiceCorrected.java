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
 * AM-07: a correction invoice ({@code kind} CORRECTION, a positive total) or a credit note (CREDIT_NOTE, a negative
 * total) was issued for a month already invoiced; it refers to the month's first invoice. Subject: the new document.
 */
@EventType(aggregate = "invoice", name = "invoice-corrected", version = 1)
public record InvoiceCorrected(UUID invoiceId, String number, InvoiceKind kind, UUID correctsInvoiceId,
                               String correctsNumber, UUID creditorId, String month, PayerRole debtorRole,
                               String debtorName, UUID debtorParticipationId, String currency,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total, LocalDate issueDate,
                               List<UUID> participationIds) implements DomainEvent {

    @Override
    public String aggregateId() {
        return invoiceId.toString();
    }
}
