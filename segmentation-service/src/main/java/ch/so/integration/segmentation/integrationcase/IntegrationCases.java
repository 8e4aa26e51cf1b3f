package ch.so.integration.segmentation.integrationcase;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** The integration cases repository. Every lookup has an index (see the migration). */
@ApplicationScoped
public class IntegrationCases {

    private final EntityManager entityManager;

    IntegrationCases(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(IntegrationCase integrationCase) {
        entityManager.persist(integrationCase);
    }

    /** The case; its steps, decisions, measures and reviews load when touched (one query each). */
    public Optional<IntegrationCase> byId(UUID id) {
        return Optional.ofNullable(entityManager.find(IntegrationCase.class, id));
    }

    /** The case, locked for the periodic job so two instances do not announce the same review. */
    public Optional<IntegrationCase> byIdForUpdate(UUID id) {
        return Optional.ofNullable(entityManager.find(IntegrationCase.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The person's case that is not closed, if any (at most one: a partial unique index guards it). */
    public Optional<IntegrationCase> openFor(UUID personId) {
        return entityManager.createQuery(
                        "from IntegrationCase c where c.personId = :person and c.status <> :closed",
                        IntegrationCase.class)
                .setParameter("person", personId).setParameter("closed", CaseStatus.CLOSED)
                .getResultStream().findFirst();
    }

    public Page<IntegrationCase> ofPerson(UUID personId, PageQuery page) {
        long total = entityManager.createQuery(
                        "select count(c) from IntegrationCase c where c.personId = :person", Long.class)
                .setParameter("person", personId).getSingleResult();
        List<IntegrationCase> items = entityManager.createQuery(
                        "from IntegrationCase c where c.personId = :person order by c.openedOn desc, c.createdAt desc",
                        IntegrationCase.class)
                .setParameter("person", personId).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        return Page.of(items, page, total);
    }

    /**
     * SG-04: the cases whose next review is due by {@code dueBy}, of a social region and / or a caseworker, earliest
     * first. Only the case rows are read (no collections).
     */
    public Page<IntegrationCase> dueBy(LocalDate dueBy, String socialRegion, String caseworker, PageQuery page) {
        String where = " where c.reviewDueOn is not null and c.reviewDueOn <= :dueBy"
                + (socialRegion == null ? "" : " and c.socialRegion = :region")
                + (caseworker == null ? "" : " and c.caseworker = :caseworker");
        TypedQuery<Long> count = entityManager.createQuery("select count(c) from IntegrationCase c" + where,
                Long.class);
        TypedQuery<IntegrationCase> list = entityManager.createQuery("from IntegrationCase c" + where
                + " order by c.reviewDueOn, c.id", IntegrationCase.class);
        for (TypedQuery<?> q : List.of(count, list)) {
            q.setParameter("dueBy", dueBy);
            if (socialRegion != null) {
                q.setParameter("region", socialRegion);
            }
            if (caseworker != null) {
                q.setParameter("caseworker", caseworker);
            }
        }
        long total = count.getSingleResult();
        List<IntegrationCase> items = list.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, total);
    }

    /** SG-04: ids of cases whose review is due and not yet announced (index integration_case_due_unpublished). */
    public List<UUID> dueUnannounced(LocalDate today, int limit) {
        return entityManager.createQuery("""
                        select c.id from IntegrationCase c
                         where c.reviewDueOn is not null and c.reviewDueOn <= :today and c.reviewDuePublished = false
                         order by c.reviewDueOn""", UUID.class)
                .setParameter("today", today).setMaxResults(limit).getResultList();
    }

    public void addFileNote(FileNote note) {
        entityManager.persist(note);
    }

    public Optional<FileNote> fileNote(UUID caseId, UUID noteId) {
        FileNote note = entityManager.find(FileNote.class, noteId);
        return note == null || !note.caseId().equals(caseId) ? Optional.empty() : Optional.of(note);
    }
}
