package ch.so.integration.billing.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import ch.so.integration.billing.payer.PayerRole;
import ch.so.integration.platform.events.DomainEvent;

/**
 * An issued invoice, correction invoice or credit note (AM-07). Created whole by {@link #issue} and never changed
 * afterwards (the database refuses updates and deletes too): a later change of a month is a new document that refers
 * to the month's first invoice.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String number;

    @Column(name = "invoice_year", nullable = false, updatable = false)
    private int invoiceYear;

    @Column(nullable = false, updatable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private InvoiceKind kind;

    @Column(name = "corrects_id", updatable = false)
    private UUID correctsId;

    @Column(name = "corrects_number", updatable = false)
    private String correctsNumber;

    @Column(name = "creditor_id", nullable = false, updatable = false)
    private UUID creditorId;

    @Column(nullable = false, updatable = false)
    private String month;

    @Column(name = "debtor_key", nullable = false, updatable = false)
    private String debtorKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "debtor_role", nullable = false, updatable = false)
    private PayerRole debtorRole;

    @Column(name = "debtor_name", nullable = false, updatable = false)
    private String debtorName;

    @Column(name = "debtor_participation_id", updatable = false)
    private UUID debtorParticipationId;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(nullable = false, updatable = false)
    private BigDecimal subtotal;

    @Column(nullable = false, updatable = false)
    private BigDecimal rounding;

    @Column(nullable = false, updatable = false)
    private BigDecimal total;

    @Column(name = "issue_date", nullable = false, updatable = false)
    private LocalDate issueDate;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;

    @Column(name = "qr_reference", updatable = false)
    private String qrReference;

    // loaded only when read (Quarkus enhances entities): lists and runs never pull the documents
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "document_json", nullable = false, updatable = false)
    private String documentJson;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] pdf;

    @Column(name = "pdf_sha256", nullable = false, updatable = false)
    private String pdfSha256;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderBy("position")
    private List<LineItem> lines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "invoice_share", joinColumns = @JoinColumn(name = "invoice_id"))
    private List<ShareItem> shares = new ArrayList<>();

    @Transient
    private final List<DomainEvent> events = new ArrayList<>();

    protected Invoice() {
    }

    /** An invoice line as stored. */
    @Embeddable
    public static class LineItem {
        @Column(nullable = false)
        private int position;
        @Column(name = "participation_id")
        private UUID participationId;
        @Column(nullable = false)
        private String participant;
        private String reference;
        @Column(nullable = false)
        private String rule;
        @Column(nullable = false)
        private String text;
        @Column(nullable = false)
        private BigDecimal amount;

        protected LineItem() {
        }

        LineItem(int position, UUID participationId, MonthBilling.Line line) {
            this.position = position;
            this.participationId = participationId;
            this.participant = line.participant();
            this.reference = line.reference();
            this.rule = line.rule();
            this.text = line.text();
            this.amount = line.amount();
        }

        public int position() { return position; }
        public UUID participationId() { return participationId; }
        public String participant() { return participant; }
        public String reference() { return reference; }
        public String rule() { return rule; }
        public String text() { return text; }
        public BigDecimal amount() { return amount; }
    }

    /** What the document charged the debtor for one participation. */
    @Embeddable
    public static class ShareItem {
        @Column(name = "participation_id", nullable = false)
        private UUID participationId;
        @Column(nullable = false)
        private BigDecimal amount;

        protected ShareItem() {
        }

        ShareItem(UUID participationId, BigDecimal amount) {
            this.participationId = participationId;
            this.amount = amount;
        }

        public UUID participationId() { return participationId; }
        public BigDecimal amount() { return amount; }
    }

    /**
     * Issues a planned document under its number. The document (JSON and PDF) is rendered by the caller from the same
     * data and kept as issued. Registers {@link InvoiceIssued} or {@link InvoiceCorrected}.
     */
    static Invoice issue(UUID id, InvoiceNumber number, UUID creditorId, String month, InvoicePlanner.Draft draft,
                         BigDecimal subtotal, BigDecimal rounding, LocalDate issueDate, OffsetDateTime issuedAt,
                         String issuedBy, String qrReference, String documentJson, byte[] pdf, String pdfSha256) {
        Invoice invoice = new Invoice();
        invoice.id = id;
        invoice.number = number.text();
        invoice.invoiceYear = number.year();
        invoice.sequence = number.sequence();
        invoice.kind = draft.kind();
        invoice.correctsId = draft.corrects() == null ? null : draft.corrects().invoiceId();
        invoice.correctsNumber = draft.corrects() == null ? null : draft.corrects().number();
        invoice.creditorId = creditorId;
        invoice.month = month;
        invoice.debtorKey = draft.debtor().key();
        invoice.debtorRole = draft.debtor().role();
        invoice.debtorName = draft.debtor().name();
        invoice.debtorParticipationId = draft.debtor().participationId();
        invoice.currency = draft.debtor().currency();
        invoice.subtotal = subtotal;
        invoice.rounding = rounding;
        invoice.total = subtotal.add(rounding);
        invoice.issueDate = issueDate;
        invoice.issuedAt = issuedAt;
        invoice.issuedBy = issuedBy;
        invoice.qrReference = qrReference;
        invoice.documentJson = documentJson;
        invoice.pdf = pdf;
        invoice.pdfSha256 = pdfSha256;
        int position = 1;
        for (InvoicePlanner.PlannedLine line : draft.lines()) {
            invoice.lines.add(new LineItem(position++, line.participationId(), line.line()));
        }
        draft.shares().forEach((participation, amount) -> invoice.shares.add(new ShareItem(participation, amount)));
        List<UUID> participations = draft.shares().keySet().stream().sorted().toList();
        // no participant names in events: a participant debtor is named by the participation only
        String eventDebtorName = invoice.debtorParticipationId == null ? invoice.debtorName : null;
        if (draft.kind() == InvoiceKind.INVOICE) {
            invoice.events.add(new InvoiceIssued(id, invoice.number, creditorId, month, invoice.debtorRole,
                    eventDebtorName, invoice.debtorParticipationId, invoice.currency, invoice.total, issueDate,
                    participations));
        } else {
            invoice.events.add(new InvoiceCorrected(id, invoice.number, draft.kind(), invoice.correctsId,
                    invoice.correctsNumber, creditorId, month, invoice.debtorRole, eventDebtorName,
                    invoice.debtorParticipationId, invoice.currency, invoice.total, issueDate, participations));
        }
        return invoice;
    }

    public List<DomainEvent> releaseEvents() {
        List<DomainEvent> released = List.copyOf(events);
        events.clear();
        return released;
    }

    public UUID id() { return id; }
    public String number() { return number; }
    public InvoiceKind kind() { return kind; }
    public UUID correctsId() { return correctsId; }
    public String correctsNumber() { return correctsNumber; }
    public UUID creditorId() { return creditorId; }
    public String month() { return month; }
    public String debtorKey() { return debtorKey; }
    public PayerRole debtorRole() { return debtorRole; }
    public String debtorName() { return debtorName; }
    public UUID debtorParticipationId() { return debtorParticipationId; }
    public String currency() { return currency; }
    public BigDecimal subtotal() { return subtotal; }
    public BigDecimal rounding() { return rounding; }
    public BigDecimal total() { return total; }
    public LocalDate issueDate() { return issueDate; }
    public OffsetDateTime issuedAt() { return issuedAt; }
    public String issuedBy() { return issuedBy; }
    public String qrReference() { return qrReference; }
    public String documentJson() { return documentJson; }
    public byte[] pdf() { return pdf; }
    public String pdfSha256() { return pdfSha256; }
    public List<LineItem> lines() { return List.copyOf(lines); }
    public List<ShareItem> shares() { return List.copyOf(shares); }
}
