package ch.so.integration.billing.invoice.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A month the run could not invoice, with the rule and what the back office must do. */
public record OpenItemView(UUID id, UUID creditorId, String month, UUID participationId, String participant,
                           String rule, String reason, BigDecimal amount, String status, OffsetDateTime openedAt,
                           OffsetDateTime resolvedAt) {
}
