package ch.so.integration.daycenter.area;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** The work areas (tens of them, so {@link #all()} is fine), with their closures. */
@ApplicationScoped
public class WorkAreas {

    private final EntityManager entityManager;

    WorkAreas(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void add(WorkArea area) {
        entityManager.persist(area);
    }

    public Optional<WorkArea> byId(UUID id) {
        return Optional.ofNullable(entityManager.find(WorkArea.class, id));
    }

    /** By name, ignoring case (names are unique ignoring case), e.g. the names intake places participants in. */
    public Optional<WorkArea> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return entityManager.createQuery("from WorkArea a where a.nameKey = :key", WorkArea.class)
                .setParameter("key", WorkArea.key(name)).getResultStream().findFirst();
    }

    /** Every area, by name. */
    public List<WorkArea> all() {
        return entityManager.createQuery("from WorkArea a order by a.name, a.id", WorkArea.class).getResultList();
    }

    /**
     * Every area, locked until the transaction ends. Closures (DC-02) and plans (capacity, DC-04) depend on all
     * areas at once; the lock makes concurrent changes take turns, so two closures cannot together close everything.
     */
    public List<WorkArea> lockAll() {
        return entityManager.createQuery("from WorkArea a order by a.id", WorkArea.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    public Page<WorkArea> page(PageQuery page) {
        long total = entityManager.createQuery("select count(a) from WorkArea a", Long.class).getSingleResult();
        List<WorkArea> items = entityManager.createQuery("from WorkArea a order by a.name, a.id", WorkArea.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, total);
    }
}
