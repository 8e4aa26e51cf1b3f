package ch.so.integration.billing.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import ch.so.integration.billing.calculation.Chf;
import ch.so.integration.billing.creditor.CreditorAccount;
import ch.so.integration.billing.creditor.CreditorAccounts;
import ch.so.integration.billing.invoice.api.InvoiceSummary;
import ch.so.integration.billing.invoice.api.InvoiceView;
import ch.so.integration.billing.invoice.api.OpenItemView;
import ch.so.integration.billing.invoice.api.RunView;
import ch.so.integration.billing.invoice.document.InvoiceDocument;
import ch.so.integration.billing.invoice.document.InvoicePdf;
import ch.so.integration.billing.invoice.document.QrReferences;
import ch.so.integration.billing.participation.BillableMonth;
import ch.so.integration.billing.participation.BillableMonths;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.events.Outbox;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.security.Actor;
import ch.so.integration.platform.security.Actors;
import ch.so.integration.platform.web.ProblemException;
import ch.so.integration.platform.auth.Roles;

/**
 * AM-07 monthly run per creditor and month, and the issued documents. A run bills every participation of the creditor
 * that ran in the month ({@link MonthBilling}), plans against what was issued before ({@link InvoicePlanner}) and
 * issues, in one transaction: numbers (gapless per year), documents (JSON and PDF with QR-bill, kept as issued), the
 * events through the outbox, and the open items. A second run of an unchanged month issues nothing.
 */
@ApplicationScoped
public class InvoiceService {

    static final String RESOURCE = "invoice";
    static final String OPEN_ITEM = "open-item";

    private final Invoices invoices;
    private final BillableMonths billableMonths;
    private final CreditorAccounts creditors;
    private final BillingRules rules;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Actors actors;
    private final Clock clock;
    private final ObjectMapper json;

    InvoiceService(Invoices invoices, BillableMonths billableMonths, CreditorAccounts creditors, BillingRules rules,
                   Outbox outbox, AuditLog audit, Actors actors, Clock clock, ObjectMapper json) {
        this.invoices = invoices;
        this.billableMonths = billableMonths;
        this.creditors = creditors;
        this.rules = rules;
        this.outbox = outbox;
        this.audit = audit;
        this.actors = actors;
        this.clock = clock;
        this.json = json;
    }

    @Transactional
    public RunView run(UUID creditorId, YearMonth month) {
        CreditorAccount creditor = visibleCreditor(creditorId);
        YearMonth current = YearMonth.now(clock);
        if (!month.isBefore(current)) {
            throw ProblemException.rule("AM-07", "Billing is monthly: " + month + " can be run from "
                    + month.plusMonths(1).atDay(1) + ".");
        }
        invoices.lockRun(creditorId, month);
        MonthBilling billing = rules.monthBilling();
        List<BillableMonth> months = billableMonths.of(creditorId, month);
        List<MonthBilling.Outcome> outcomes = months.stream().map(m -> billSafely(billing, m)).toList();
        List<InvoicePlanner.Draft> drafts = InvoicePlanner.plan(outcomes, invoices.issued(creditorId, month),
                invoices.originals(creditorId, month));
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.now(clock);
        String by = actors.current().name();
        List<InvoiceSummary> issued = new ArrayList<>();
        for (InvoicePlanner.Draft draft : drafts) {
            Invoice invoice = issue(creditor, month, draft, today, now, by);
            invoices.add(invoice);
            outbox.publishAll(invoice.releaseEvents());
            audit.recordEach(AuditAction.CREATE, RESOURCE, new LinkedHashSet<>(draft.shares().keySet()));
            issued.add(summary(invoice));
        }
        List<OpenItemView> open = reconcileOpenItems(creditorId, month, outcomes, now);
        return new RunView(creditorId, month.toString(), months.size(), issued, open);
    }

    /**
     * One participant's data that the rules refuse (e.g. an inconsistent record) becomes that participant's open item;
     * it does not stop the creditor's month.
     */
    private static MonthBilling.Outcome billSafely(MonthBilling billing, BillableMonth month) {
        try {
            return billing.bill(month);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            return new MonthBilling.Open(month.participationId(), month.participantName(), "AM-07",
                    "nicht verrechenbar: " + refused.getMessage(), null);
        }
    }

    private Invoice issue(CreditorAccount creditor, YearMonth month, InvoicePlanner.Draft draft, LocalDate today,
                          OffsetDateTime now, String by) {
        InvoiceNumber number = invoices.nextNumber(today.getYear());
        BigDecimal subtotal = draft.total().setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal total = "CHF".equals(draft.debtor().currency()) ? Chf.roundTo5Rappen(subtotal) : subtotal;
        BigDecimal rounding = total.subtract(subtotal);
        String roundingText = "CHF".equals(draft.debtor().currency())
                ? "Rundung auf CHF 0.05: " + Chf.format(subtotal) + " → " + Chf.format(total) + " = "
                + Chf.format(rounding) + " (Rappenrundung, kaufmännisch)"
                : "Keine Rundung (" + draft.debtor().currency() + ", auf den Cent)";
        boolean qrBill = draft.kind() != InvoiceKind.CREDIT_NOTE && total.signum() > 0;
        // a QR reference with a QR-IBAN, else an ISO 11649 creditor reference: the payment is matched either way
        String qrReference = qrBill ? QrReferences.forInvoice(creditor.iban(), number.text()) : null;
        List<InvoiceDocument.Line> lines = draft.lines().stream().map(l -> new InvoiceDocument.Line(
                l.line().participant(), l.line().reference(), l.line().rule(), l.line().text(), l.line().amount()))
                .toList();
        InvoiceDocument document = new InvoiceDocument(number.text(), draft.kind().name(),
                draft.corrects() == null ? null : draft.corrects().number(), today, month, creditor,
                draft.debtor().name(), List.of(), draft.debtor().currency(), lines, subtotal, roundingText, rounding,
                total, qrReference, qrBill);
        byte[] pdf = InvoicePdf.render(document);
        String documentJson;
        try {
            documentJson = json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("invoice document not serialisable", e);
        }
        return Invoice.issue(UUID.randomUUID(), number, creditor.id(), month.toString(), draft, subtotal, rounding,
                today, now, by, qrReference, documentJson, pdf, sha256(pdf));
    }

    private List<OpenItemView> reconcileOpenItems(UUID creditorId, YearMonth month,
                                                  List<MonthBilling.Outcome> outcomes, OffsetDateTime now) {
        Map<UUID, OpenItem> existing = invoices.openItems(creditorId, month);
        Set<UUID> stillOpen = new LinkedHashSet<>();
        List<OpenItemView> views = new ArrayList<>();
        for (MonthBilling.Outcome outcome : outcomes) {
            if (outcome instanceof MonthBilling.Open open) {
                stillOpen.add(open.participationId());
                OpenItem item = existing.get(open.participationId());
                if (item == null) {
                    item = OpenItem.open(creditorId, month.toString(), open, now);
                    invoices.add(item);
                    audit.record(AuditAction.CREATE, OPEN_ITEM, item.id(), open.participationId());
                } else if (item.update(open, now)) {
                    audit.record(AuditAction.UPDATE, OPEN_ITEM, item.id(), open.participationId());
                }
                views.add(view(item));
            }
        }
        for (OpenItem item : existing.values()) {
            if (!stillOpen.contains(item.participationId()) && item.resolve(now)) {
                audit.record(AuditAction.UPDATE, OPEN_ITEM, item.id(), item.participationId());
            }
        }
        return views;
    }

    @Transactional
    public InvoiceView get(UUID id) {
        Invoice invoice = invoices.byIdWithLines(id).filter(this::visible)
                .orElseThrow(() -> ProblemException.notFound("invoice", id));
        audit.recordEach(AuditAction.READ, RESOURCE, participations(invoice));
        return view(invoice);
    }

    /** The PDF exactly as issued. */
    @Transactional
    public IssuedPdf document(UUID id) {
        Invoice invoice = invoices.byId(id).filter(this::visible)
                .orElseThrow(() -> ProblemException.notFound("invoice", id));
        audit.recordEach(AuditAction.READ, RESOURCE, participations(invoice));
        return new IssuedPdf(invoice.number(), invoice.pdf(), invoice.pdfSha256());
    }

    public record IssuedPdf(String number, byte[] pdf, String sha256) {
    }

    @Transactional
    public Page<InvoiceSummary> list(UUID creditorId, YearMonth month, InvoiceKind kind, PageQuery page) {
        Page<Invoice> found = invoices.find(creditorScope(creditorId), debtorScope(), month, kind, page);
        audit.recordEach(AuditAction.READ, RESOURCE,
                invoices.participationsOf(found.items().stream().map(Invoice::id).toList()));
        return found.map(InvoiceService::summary);
    }

    @Transactional
    public Page<OpenItemView> openItems(UUID creditorId, YearMonth month, OpenItem.Status status, PageQuery page) {
        Page<OpenItem> items = invoices.findOpenItems(creditorScope(creditorId), month, status, page);
        audit.recordEach(AuditAction.READ, OPEN_ITEM, items.items().stream().map(OpenItem::participationId).toList());
        return items.map(InvoiceService::view);
    }

    /** The issued documents of a month as they were issued (for the exports), in number order. */
    @Transactional
    public List<InvoiceDocument> documents(UUID creditorId, YearMonth month,
                                           List<ch.so.integration.billing.payer.PayerRole> debtorRoles) {
        List<ch.so.integration.billing.payer.PayerRole> roles = debtorRoles == null ? debtorScope() : debtorRoles;
        List<Invoices.StoredDocument> found = invoices.documentsOfMonth(creditorScope(creditorId), month, roles,
                EXPORT_LIMIT + 1);
        if (found.size() > EXPORT_LIMIT) {
            throw ProblemException.invalidField("month", "more than " + EXPORT_LIMIT
                    + " documents: export per creditor (creditorId)");
        }
        List<InvoiceDocument> documents = new ArrayList<>();
        for (Invoices.StoredDocument stored : found) {
            try {
                documents.add(json.readValue(stored.documentJson(), InvoiceDocument.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored invoice document unreadable", e);
            }
        }
        audit.recordEach(AuditAction.READ, RESOURCE,
                invoices.participationsOf(found.stream().map(Invoices.StoredDocument::id).toList()));
        return documents;
    }

    /** Exports hold at most this many documents (a month of all creditors fits comfortably). */
    static final int EXPORT_LIMIT = 5_000;

    /** A partner sees its own creditors only; 404 for any other (existence is not revealed). */
    private CreditorAccount visibleCreditor(UUID creditorId) {
        CreditorAccount creditor = creditors.byId(creditorId)
                .orElseThrow(() -> ProblemException.notFound("creditor", creditorId));
        List<UUID> scope = partnerScope();
        if (scope != null && !scope.contains(creditorId)) {
            throw ProblemException.notFound("creditor", creditorId);
        }
        return creditor;
    }

    /** The creditor ids a query may cover: null = all (back office, canton, admin). */
    private List<UUID> creditorScope(UUID creditorId) {
        List<UUID> scope = partnerScope();
        if (creditorId == null) {
            return scope;
        }
        if (scope != null && !scope.contains(creditorId)) {
            return List.of();
        }
        return List.of(creditorId);
    }

    /** Null unless the caller is only a partner: then the creditors it acts for (maybe none). */
    private List<UUID> partnerScope() {
        Actor actor = actors.current();
        if (actor.hasRole(Roles.BILLING) || actor.hasRole(Roles.ADMIN) || actor.hasRole(Roles.CANTON)) {
            return null;
        }
        return actor.institution().map(creditors::byInstitution).orElse(List.of()).stream()
                .map(CreditorAccount::id).toList();
    }

    private boolean visible(Invoice invoice) {
        List<UUID> scope = partnerScope();
        List<ch.so.integration.billing.payer.PayerRole> roles = debtorScope();
        return (scope == null || scope.contains(invoice.creditorId()))
                && (roles == null || roles.contains(invoice.debtorRole()));
    }

    /**
     * The canton (without a back-office role) sees what the canton pays: its subsidy and the AGS's invoices, and the
     * participants' rests it may waive; not the social offices' or other bodies' invoices. Null = no restriction.
     */
    private List<ch.so.integration.billing.payer.PayerRole> debtorScope() {
        Actor actor = actors.current();
        if (actor.hasRole(Roles.BILLING) || actor.hasRole(Roles.ADMIN) || !actor.hasRole(Roles.CANTON)) {
            return null;
        }
        return List.of(ch.so.integration.billing.payer.PayerRole.CANTON, ch.so.integration.billing.payer.PayerRole.AGS,
                ch.so.integration.billing.payer.PayerRole.PARTICIPANT);
    }

    private static List<UUID> participations(Invoice invoice) {
        return invoice.shares().stream().map(Invoice.ShareItem::participationId).toList();
    }

    static InvoiceSummary summary(Invoice i) {
        return new InvoiceSummary(i.id(), i.number(), i.kind().name(), i.correctsNumber(), i.creditorId(), i.month(),
                i.debtorRole().name(), i.debtorName(), i.currency(), i.total(), i.issueDate());
    }

    static InvoiceView view(Invoice i) {
        return new InvoiceView(i.id(), i.number(), i.kind().name(), i.correctsId(), i.correctsNumber(),
                i.creditorId(), i.month(), i.debtorRole().name(), i.debtorName(), i.currency(),
                i.lines().stream().map(l -> new InvoiceView.LineView(l.position(), l.participationId(),
                        l.participant(), l.reference(), l.rule(), l.text(), l.amount())).toList(),
                i.subtotal(), i.rounding(), i.total(), i.issueDate(), i.qrReference(), i.pdfSha256());
    }

    static OpenItemView view(OpenItem o) {
        return new OpenItemView(o.id(), o.creditorId(), o.month(), o.participationId(), o.participant(), o.rule(),
                o.reason(), o.amount(), o.status().name(), o.openedAt(), o.resolvedAt());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
