package ch.so.integration.billing.invoice;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import ch.so.integration.billing.payer.PayerRole;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** Issued invoices, the yearly number counters and the open items. */
@ApplicationScoped
public class Invoices {

    private final EntityManager entityManager;

    Invoices(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void add(Object entity) {
        entityManager.persist(entity);
    }

    /**
     * Serialises runs of one creditor and month (a transaction-scoped advisory lock): two runs at once would plan from
     * the same state and issue twice.
     */
    void lockRun(UUID creditorId, YearMonth month) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "billing-run|" + creditorId + "|" + month).getSingleResult();
    }

    /**
     * AM-07 gapless numbers per year: the counter row is incremented in the issuing transaction, so a rolled-back run
     * gives its numbers back and concurrent runs wait on the row.
     */
    InvoiceNumber nextNumber(int year) {
        Number next = (Number) entityManager.createNativeQuery("""
                        insert into invoice_number_counter (invoice_year, last_number) values (:year, 1)
                        on conflict (invoice_year) do update set last_number = invoice_number_counter.last_number + 1
                        returning last_number""")
                .setParameter("year", year).getSingleResult();
        return new InvoiceNumber(year, next.intValue());
    }

    /** What was issued per debtor and participation for a creditor's month (invoice, corrections, credit notes). */
    List<InvoicePlanner.Issued> issued(UUID creditorId, YearMonth month) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select i.debtor_role, i.debtor_name, i.currency, s.participation_id, sum(s.amount),
                               min((select min(l.participant) from invoice_line l
                                    where l.invoice_id = i.id and l.participation_id = s.participation_id)),
                               i.debtor_participation_id
                        from invoice i join invoice_share s on s.invoice_id = i.id
                        where i.creditor_id = :creditor and i.month = :month
                        group by i.debtor_role, i.debtor_name, i.currency, i.debtor_participation_id,
                                 s.participation_id""")
                .setParameter("creditor", creditorId).setParameter("month", month.toString()).getResultList();
        return rows.stream().map(r -> new InvoicePlanner.Issued(new MonthBilling.Debtor(
                        PayerRole.valueOf((String) r[0]), (String) r[1], (String) r[2], (UUID) r[6]), (UUID) r[3],
                        r[5] == null ? "" : (String) r[5], (BigDecimal) r[4]))
                .toList();
    }

    /** The month's first invoice per debtor key. */
    Map<String, InvoicePlanner.Original> originals(UUID creditorId, YearMonth month) {
        Map<String, InvoicePlanner.Original> originals = new HashMap<>();
        entityManager.createQuery("""
                        select i.debtorKey, i.id, i.number from Invoice i
                        where i.creditorId = :creditor and i.month = :month and i.kind = :kind""", Object[].class)
                .setParameter("creditor", creditorId).setParameter("month", month.toString())
                .setParameter("kind", InvoiceKind.INVOICE)
                .getResultList()
                .forEach(r -> originals.put((String) r[0], new InvoicePlanner.Original((UUID) r[1], (String) r[2])));
        return originals;
    }

    Optional<Invoice> byId(UUID id) {
        return Optional.ofNullable(entityManager.find(Invoice.class, id));
    }

    /** With lines and shares (fetched together, for the detail view). */
    Optional<Invoice> byIdWithLines(UUID id) {
        List<Invoice> found = entityManager.createQuery(
                        "select distinct i from Invoice i left join fetch i.lines where i.id = :id", Invoice.class)
                .setParameter("id", id).getResultList();
        return found.stream().findFirst();
    }

    /**
     * Invoices filtered by creditor (null: all, or {@code creditorIds} when given), month, kind; newest number first.
     */
    Page<Invoice> find(List<UUID> creditorIds, List<PayerRole> debtorRoles, YearMonth month, InvoiceKind kind,
                       PageQuery page) {
        String where = " where 1 = 1" + (creditorIds == null ? "" : " and i.creditorId in :creditors")
                + (debtorRoles == null ? "" : " and i.debtorRole in :roles")
                + (month == null ? "" : " and i.month = :month") + (kind == null ? "" : " and i.kind = :kind");
        TypedQuery<Long> count = entityManager.createQuery("select count(i) from Invoice i" + where, Long.class);
        TypedQuery<Invoice> items = entityManager.createQuery(
                "select i from Invoice i" + where + " order by i.invoiceYear desc, i.sequence desc", Invoice.class);
        if (creditorIds != null) {
            count.setParameter("creditors", creditorIds);
            items.setParameter("creditors", creditorIds);
        }
        if (debtorRoles != null) {
            count.setParameter("roles", debtorRoles);
            items.setParameter("roles", debtorRoles);
        }
        if (month != null) {
            count.setParameter("month", month.toString());
            items.setParameter("month", month.toString());
        }
        if (kind != null) {
            count.setParameter("kind", kind);
            items.setParameter("kind", kind);
        }
        return Page.of(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                count.getSingleResult());
    }

    /** An issued document as stored, for the exports. */
    record StoredDocument(UUID id, String documentJson) {
    }

    /** The documents (as issued, JSON) of a month, for the exports; at most {@code limit}, in number order. */
    List<StoredDocument> documentsOfMonth(List<UUID> creditorIds, YearMonth month, List<PayerRole> debtorRoles,
                                          int limit) {
        String where = " where i.month = :month" + (creditorIds == null ? "" : " and i.creditorId in :creditors")
                + (debtorRoles == null ? "" : " and i.debtorRole in :roles");
        TypedQuery<StoredDocument> query = entityManager.createQuery("select new "
                        + StoredDocument.class.getName() + "(i.id, i.documentJson) from Invoice i"
                        + where + " order by i.invoiceYear, i.sequence", StoredDocument.class)
                .setParameter("month", month.toString()).setMaxResults(limit);
        if (creditorIds != null) {
            query.setParameter("creditors", creditorIds);
        }
        if (debtorRoles != null) {
            query.setParameter("roles", debtorRoles);
        }
        return query.getResultList();
    }

    /** The participations the documents bill (for the audit), in one query. */
    List<UUID> participationsOf(List<UUID> invoiceIds) {
        if (invoiceIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select distinct s.participationId from Invoice i join i.shares s where i.id in :ids""", UUID.class)
                .setParameter("ids", invoiceIds).getResultList();
    }

    Map<UUID, OpenItem> openItems(UUID creditorId, YearMonth month) {
        Map<UUID, OpenItem> items = new HashMap<>();
        entityManager.createQuery("from OpenItem o where o.creditorId = :creditor and o.month = :month", OpenItem.class)
                .setParameter("creditor", creditorId).setParameter("month", month.toString())
                .getResultList().forEach(o -> items.put(o.participationId(), o));
        return items;
    }

    Page<OpenItem> findOpenItems(List<UUID> creditorIds, YearMonth month, OpenItem.Status status, PageQuery page) {
        String where = " where 1 = 1" + (creditorIds == null ? "" : " and o.creditorId in :creditors")
                + (month == null ? "" : " and o.month = :month") + (status == null ? "" : " and o.status = :status");
        TypedQuery<Long> count = entityManager.createQuery("select count(o) from OpenItem o" + where, Long.class);
        TypedQuery<OpenItem> items = entityManager.createQuery(
                "select o from OpenItem o" + where + " order by o.month desc, o.participant, o.id", OpenItem.class);
        if (creditorIds != null) {
            count.setParameter("creditors", creditorIds);
            items.setParameter("creditors", creditorIds);
        }
        if (month != null) {
            count.setParameter("month", month.toString());
            items.setParameter("month", month.toString());
        }
        if (status != null) {
            count.setParameter("status", status);
            items.setParameter("status", status);
        }
        return Page.of(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                count.getSingleResult());
    }
}
