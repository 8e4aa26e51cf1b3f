package ch.so.integration.intake.intakecase;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** The intake cases repository. Every lookup has an index (see the migration). */
@ApplicationScoped
public class IntakeCases {

    private final EntityManager entityManager;

    IntakeCases(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(IntakeCase intakeCase) {
        entityManager.persist(intakeCase);
    }

    /** The case with its steps, in one query. */
    public Optional<IntakeCase> byId(UUID id) {
        return entityManager.createQuery(
                        "select c from IntakeCase c left join fetch c.steps where c.id = :id", IntakeCase.class)
                .setParameter("id", id)
                .getResultList().stream().findFirst();
    }

    /** The person's open case, if any (at most one: a partial unique index guards it). */
    public Optional<IntakeCase> openFor(UUID personId) {
        return entityManager.createQuery(
                        "from IntakeCase c where c.personId = :person and c.status = :open", IntakeCase.class)
                .setParameter("person", personId).setParameter("open", IntakeCaseStatus.OPEN)
                .getResultStream().findFirst();
    }

    /**
     * A person's cases, newest first, with their steps: one query for the page of ids, one for the cases with their
     * steps (a fetch join cannot be paged in the database), whatever the page size.
     */
    public Page<IntakeCase> ofPerson(UUID personId, PageQuery page) {
        long total = entityManager.createQuery(
                        "select count(c) from IntakeCase c where c.personId = :person", Long.class)
                .setParameter("person", personId).getSingleResult();
        List<UUID> ids = entityManager.createQuery("""
                        select c.id from IntakeCase c where c.personId = :person
                         order by c.openedOn desc, c.createdAt desc, c.id""", UUID.class)
                .setParameter("person", personId)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        if (ids.isEmpty()) {
            return Page.of(List.of(), page, total);
        }
        var byId = entityManager.createQuery(
                        "select c from IntakeCase c left join fetch c.steps where c.id in :ids", IntakeCase.class)
                .setParameter("ids", ids)
                .getResultList().stream().collect(Collectors.toMap(IntakeCase::id, Function.identity()));
        return Page.of(ids.stream().map(byId::get).toList(), page, total);
    }
}
