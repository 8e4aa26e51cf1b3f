package ch.so.integration.segmentation.effort;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** The effort entries repository. */
@ApplicationScoped
public class EffortEntries {

    private final EntityManager entityManager;

    EffortEntries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(EffortEntry entry) {
        entityManager.persist(entry);
    }

    public Optional<EffortEntry> byId(UUID caseId, UUID id) {
        EffortEntry entry = entityManager.find(EffortEntry.class, id);
        return Optional.ofNullable(entry).filter(e -> e.caseId().equals(caseId));
    }

    /** A case's entries, newest day first (index effort_entry_case). */
    public Page<EffortEntry> ofCase(UUID caseId, PageQuery page) {
        long total = entityManager.createQuery("select count(e) from EffortEntry e where e.caseId = :case", Long.class)
                .setParameter("case", caseId).getSingleResult();
        List<EffortEntry> items = entityManager.createQuery("""
                        from EffortEntry e where e.caseId = :case
                         order by e.workedOn desc, e.recordedAt desc, e.id""", EffortEntry.class)
                .setParameter("case", caseId)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, total);
    }
}
