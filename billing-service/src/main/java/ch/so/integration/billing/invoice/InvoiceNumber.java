package ch.so.integration.billing.invoice;

/** AM-07: an invoice number, gapless per year: {@code 2026-000042}. */
public record InvoiceNumber(int year, int sequence) {

    public InvoiceNumber {
        if (sequence < 1) {
            throw new IllegalArgumentException("invoice numbers start at 1");
        }
    }

    public String text() {
        return year + "-" + String.format("%06d", sequence);
    }
}
