package ch.so.integration.daycenter.place;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** The places repository with their history. */
@ApplicationScoped
public class Places {

    private final EntityManager entityManager;

    Places(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Place place) {
        entityManager.persist(place);
    }

    public void addHistory(PlaceHistoryEntry entry) {
        entityManager.persist(entry);
    }

    public Optional<Place> byPlacementId(UUID placementId) {
        return Optional.ofNullable(entityManager.find(Place.class, placementId));
    }

    public List<PlaceHistoryEntry> historyOf(UUID placementId) {
        return entityManager.createQuery(
                        "from PlaceHistoryEntry h where h.placementId = :id order by h.occurredAt, h.id",
                        PlaceHistoryEntry.class)
                .setParameter("id", placementId).getResultList();
    }

    public Page<Place> all(PageQuery page) {
        long total = entityManager.createQuery("select count(p) from Place p", Long.class).getSingleResult();
        List<Place> items = entityManager.createQuery(
                        "from Place p order by p.startDate, p.participantOfficialName, p.placementId", Place.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, total);
    }
}
