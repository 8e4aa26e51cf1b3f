package ch.so.integration.intake.programme;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** The providers repository. Every lookup has an index (see the migration). */
@ApplicationScoped
public class Providers {

    private final EntityManager entityManager;

    Providers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Provider provider) {
        entityManager.persist(provider);
    }

    public Optional<Provider> byId(UUID id) {
        return Optional.ofNullable(entityManager.find(Provider.class, id));
    }

    /** All providers by name (any case). */
    public Page<Provider> all(PageQuery page) {
        long total = entityManager.createQuery("select count(p) from Provider p", Long.class).getSingleResult();
        List<Provider> items = entityManager.createQuery("from Provider p order by lower(p.name), p.id", Provider.class)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        return Page.of(items, page, total);
    }
}
