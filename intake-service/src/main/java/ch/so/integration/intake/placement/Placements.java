package ch.so.integration.intake.placement;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** The placements repository. */
@ApplicationScoped
public class Placements {

    private final EntityManager entityManager;

    Placements(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Placement placement) {
        entityManager.persist(placement);
    }

    public Optional<Placement> byId(UUID id) {
        return Optional.ofNullable(entityManager.find(Placement.class, id));
    }

    public Page<Placement> ofPerson(UUID personId, PageQuery page) {
        long total = entityManager.createQuery("select count(p) from Placement p where p.personId = :person", Long.class)
                .setParameter("person", personId).getSingleResult();
        var items = entityManager.createQuery(
                        "from Placement p where p.personId = :person order by p.startDate desc, p.id", Placement.class)
                .setParameter("person", personId)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        return Page.of(items, page, total);
    }
}
