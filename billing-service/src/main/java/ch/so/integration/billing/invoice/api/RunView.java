package ch.so.integration.billing.invoice.api;

import java.util.List;
import java.util.UUID;

/**
 * The result of a run: the documents it issued now (none when the month was already invoiced as it stands), the open
 * items the month has, and how many participations it looked at.
 */
public record RunView(UUID creditorId, String month, int participations, List<InvoiceSummary> issued,
                      List<OpenItemView> openItems) {
}
