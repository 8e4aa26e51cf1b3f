package ch.so.integration.intake.assessment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/**
 * The assessments repository. Every lookup has an index (see the migration). Placement calls {@link #byId(UUID)}
 * and {@link #latestFor(UUID)} inside its own transaction.
 */
@ApplicationScoped
public class Assessments {

    private final EntityManager entityManager;

    Assessments(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Assessment assessment) {
        entityManager.persist(assessment);
    }

    /** The assessment with its areas, in one query. */
    public Optional<Assessment> byId(UUID id) {
        return entityManager.createQuery(
                        "select a from Assessment a left join fetch a.recommendedAreas where a.id = :id", Assessment.class)
                .setParameter("id", id)
                .getResultList().stream().findFirst();
    }

    /** The person's most recent assessment: latest date, then latest recorded. */
    public Optional<Assessment> latestFor(UUID personId) {
        return entityManager.createQuery("""
                        select a.id from Assessment a where a.personId = :person
                         order by a.date desc, a.recordedAt desc, a.id""", UUID.class)
                .setParameter("person", personId)
                .setMaxResults(1)
                .getResultStream().findFirst()
                .flatMap(this::byId);
    }

    /**
     * A person's assessments, newest first, with their areas: one query for the page of ids and one for the
     * assessments with their areas (a fetch join cannot be paged in the database), whatever the page size.
     */
    public Page<Assessment> ofPerson(UUID personId, PageQuery page) {
        long total = entityManager.createQuery(
                        "select count(a) from Assessment a where a.personId = :person", Long.class)
                .setParameter("person", personId).getSingleResult();
        List<UUID> ids = entityManager.createQuery("""
                        select a.id from Assessment a where a.personId = :person
                         order by a.date desc, a.recordedAt desc, a.id""", UUID.class)
                .setParameter("person", personId)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        if (ids.isEmpty()) {
            return Page.of(List.of(), page, total);
        }
        var byId = entityManager.createQuery(
                        "select a from Assessment a left join fetch a.recommendedAreas where a.id in :ids",
                        Assessment.class)
                .setParameter("ids", ids)
                .getResultList().stream().collect(Collectors.toMap(Assessment::id, Function.identity()));
        return Page.of(ids.stream().map(byId::get).toList(), page, total);
    }
}
