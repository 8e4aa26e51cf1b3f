package ch.so.integration.billing.invoice;

/** What an issued document is (AM-07 month run). */
public enum InvoiceKind {
    /** The month's first invoice to a debtor. */
    INVOICE("Rechnung"),
    /** A later document that adds to an invoiced month (a late record, a resolved open item). */
    CORRECTION("Korrekturrechnung"),
    /** A later document that gives back part of an invoiced month. */
    CREDIT_NOTE("Gutschrift");

    private final String title;

    InvoiceKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
