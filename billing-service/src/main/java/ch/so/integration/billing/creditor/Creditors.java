package ch.so.integration.billing.creditor;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** The creditors repository. Every lookup has an index (see V2026_11_22_1620). */
@ApplicationScoped
public class Creditors {

    private final EntityManager entityManager;

    Creditors(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Creditor creditor) {
        entityManager.persist(creditor);
    }

    public Optional<Creditor> byId(UUID id) {
        return Optional.ofNullable(entityManager.find(Creditor.class, id));
    }

    public Optional<Creditor> byIntakeProvider(UUID intakeProviderId) {
        return entityManager.createQuery("from Creditor c where c.intakeProviderId = :id", Creditor.class)
                .setParameter("id", intakeProviderId).getResultStream().findFirst();
    }

    public Optional<Creditor> byPasstGenauProvider(String provider) {
        return entityManager.createQuery("from Creditor c where c.passtGenauProvider = :provider", Creditor.class)
                .setParameter("provider", provider).getResultStream().findFirst();
    }

    public Optional<Creditor> dayCenter() {
        return entityManager.createQuery("from Creditor c where c.kind = :kind", Creditor.class)
                .setParameter("kind", CreditorKind.DAY_CENTER).getResultStream().findFirst();
    }

    public List<Creditor> byKind(CreditorKind kind) {
        return entityManager.createQuery("from Creditor c where c.kind = :kind order by lower(c.name), c.id",
                        Creditor.class)
                .setParameter("kind", kind).getResultList();
    }

    public List<Creditor> byInstitution(String institutionId) {
        return entityManager.createQuery("from Creditor c where c.institutionId = :institution order by c.name, c.id",
                        Creditor.class)
                .setParameter("institution", institutionId).getResultList();
    }

    /** By name; {@code kind} null for all kinds. */
    public Page<Creditor> page(CreditorKind kind, PageQuery page) {
        String where = kind == null ? "" : " where c.kind = :kind";
        var count = entityManager.createQuery("select count(c) from Creditor c" + where, Long.class);
        var items = entityManager.createQuery("from Creditor c" + where + " order by lower(c.name), c.id",
                Creditor.class);
        if (kind != null) {
            count.setParameter("kind", kind);
            items.setParameter("kind", kind);
        }
        return Page.of(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                count.getSingleResult());
    }
}
