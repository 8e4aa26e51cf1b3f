package ch.so.integration.daycenter.ibb;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ch.so.integration.daycenter.place.Place;
import ch.so.integration.daycenter.place.PlaceStatus;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** IBB classifications (DC-16). {@link #levelOn} is the public question other packages ask. */
@ApplicationScoped
public class IbbClassifications {

    private final EntityManager entityManager;

    IbbClassifications(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void add(IbbClassification classification) {
        entityManager.persist(classification);
    }

    /** The IBB level valid on a day, or empty: assessment pending. */
    public Optional<Integer> levelOn(UUID placementId, LocalDate day) {
        return entityManager.createQuery("""
                        select c.level from IbbClassification c where c.placementId = :p and c.validFrom <= :day
                        and (c.validTo is null or c.validTo >= :day) order by c.validFrom desc""", Integer.class)
                .setParameter("p", placementId).setParameter("day", day)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * {@link #levelOn} for many placements in one query (month close): the level valid on each placement's day, by
     * placement id; a placement without a valid level is left out (assessment pending).
     */
    public Map<UUID, Integer> levelsOn(Map<UUID, LocalDate> dayByPlacement) {
        if (dayByPlacement.isEmpty()) {
            return Map.of();
        }
        LocalDate first = Collections.min(dayByPlacement.values());
        LocalDate last = Collections.max(dayByPlacement.values());
        List<IbbClassification> candidates = entityManager.createQuery("""
                        from IbbClassification c where c.placementId in :ps and c.validFrom <= :last
                        and (c.validTo is null or c.validTo >= :first)""", IbbClassification.class)
                .setParameter("ps", dayByPlacement.keySet()).setParameter("first", first).setParameter("last", last)
                .getResultList();
        Map<UUID, IbbClassification> valid = new HashMap<>();
        for (IbbClassification c : candidates) {
            LocalDate day = dayByPlacement.get(c.placementId());
            if (c.validFrom().isAfter(day) || (c.validTo() != null && c.validTo().isBefore(day))) {
                continue;
            }
            valid.merge(c.placementId(), c, (a, b) -> b.validFrom().isAfter(a.validFrom()) ? b : a);
        }
        Map<UUID, Integer> levels = new HashMap<>();
        valid.forEach((placementId, c) -> levels.put(placementId, c.level()));
        return levels;
    }

    List<IbbClassification> historyOf(UUID placementId) {
        return entityManager.createQuery(
                        "from IbbClassification c where c.placementId = :p order by c.validFrom desc, c.recordedAt desc",
                        IbbClassification.class)
                .setParameter("p", placementId).getResultList();
    }

    /** Places held on the day without a classification valid that day. */
    Page<Place> pendingOn(LocalDate day, PageQuery page) {
        String where = """
                from Place p where p.status <> :cancelled and p.startDate <= :day
                and (p.endDate is null or p.endDate >= :day)
                and not exists (select 1 from IbbClassification c where c.placementId = p.placementId
                    and c.validFrom <= :day and (c.validTo is null or c.validTo >= :day))""";
        long total = entityManager.createQuery("select count(p) " + where, Long.class)
                .setParameter("cancelled", PlaceStatus.CANCELLED).setParameter("day", day).getSingleResult();
        List<Place> items = entityManager.createQuery(
                        "select p " + where + " order by p.participantOfficialName, p.placementId", Place.class)
                .setParameter("cancelled", PlaceStatus.CANCELLED).setParameter("day", day)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, total);
    }
}
