package ch.so.integration.platform.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** Reads the audit log: who accessed one person's or case's data, newest first. */
@ApplicationScoped
public class AuditTrail {

    private final EntityManager entityManager;

    AuditTrail(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public Page<AuditEntry> forSubject(String subject, PageQuery page) {
        long total = entityManager.createQuery("select count(a) from AuditRecord a where a.subjectRef = :subject", Long.class)
                .setParameter("subject", subject).getSingleResult();
        List<AuditEntry> entries = entityManager.createQuery(
                        "from AuditRecord a where a.subjectRef = :subject order by a.occurredAt desc, a.id desc",
                        AuditRecord.class)
                .setParameter("subject", subject)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(AuditRecord::toEntry).toList();
        return Page.of(entries, page, total);
    }
}
