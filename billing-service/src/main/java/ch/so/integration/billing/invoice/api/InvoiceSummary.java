package ch.so.integration.billing.invoice.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An issued document in a list. */
public record InvoiceSummary(UUID id, String number, String kind, String correctsNumber, UUID creditorId,
                             String month, String debtorRole, String debtorName, String currency, BigDecimal total,
                             LocalDate issueDate) {
}
