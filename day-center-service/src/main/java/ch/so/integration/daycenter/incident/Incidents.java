package ch.so.integration.daycenter.incident;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** The incidents repository. */
@ApplicationScoped
public class Incidents {

    private final EntityManager entityManager;

    Incidents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Incident incident) {
        entityManager.persist(incident);
    }

    public Optional<Incident> byId(UUID id) {
        return Optional.ofNullable(entityManager.find(Incident.class, id));
    }

    /** Newest first; of one placement, or all when placementId is null. */
    public Page<Incident> list(UUID placementId, PageQuery page) {
        String where = placementId == null ? "" : " where i.placementId = :placement";
        var count = entityManager.createQuery("select count(i) from Incident i" + where, Long.class);
        var items = entityManager.createQuery("from Incident i" + where + " order by i.occurredAt desc, i.id",
                Incident.class);
        if (placementId != null) {
            count.setParameter("placement", placementId);
            items.setParameter("placement", placementId);
        }
        List<Incident> found = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(found, page, count.getSingleResult());
    }
}
