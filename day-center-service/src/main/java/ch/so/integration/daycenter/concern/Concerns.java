package ch.so.integration.daycenter.concern;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** The concerns repository. */
@ApplicationScoped
public class Concerns {

    private final EntityManager entityManager;

    Concerns(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Concern concern) {
        entityManager.persist(concern);
    }

    public Optional<Concern> byId(UUID id) {
        return Optional.ofNullable(entityManager.find(Concern.class, id));
    }

    /** Newest first; of one status, or all when status is null. */
    public Page<Concern> list(ConcernStatus status, PageQuery page) {
        String where = status == null ? "" : " where c.status = :status";
        var count = entityManager.createQuery("select count(c) from Concern c" + where, Long.class);
        var items = entityManager.createQuery("from Concern c" + where + " order by c.recordedAt desc, c.id",
                Concern.class);
        if (status != null) {
            count.setParameter("status", status);
            items.setParameter("status", status);
        }
        List<Concern> found = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(found, page, count.getSingleResult());
    }
}
