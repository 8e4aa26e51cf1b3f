package ch.so.integration.iiz.roundtable;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** The round tables of the cases (IZ-07), with their invitees fetched in the same query. */
@ApplicationScoped
public class RoundTables {

    private final EntityManager entityManager;

    RoundTables(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(RoundTable table) {
        entityManager.persist(table);
    }

    public Optional<RoundTable> byId(UUID caseId, UUID id) {
        return entityManager.createQuery("""
                        select distinct t from RoundTable t left join fetch t.invitees
                         where t.id = :id and t.caseId = :c""", RoundTable.class)
                .setParameter("id", id).setParameter("c", caseId).getResultStream().findFirst();
    }

    /** Newest meeting first. */
    public Page<RoundTable> ofCase(UUID caseId, PageQuery page) {
        long total = entityManager.createQuery("select count(t) from RoundTable t where t.caseId = :c", Long.class)
                .setParameter("c", caseId).getSingleResult();
        List<UUID> ids = entityManager.createQuery("""
                        select t.id from RoundTable t where t.caseId = :c
                         order by t.meetingDate desc, t.preMeetingStart desc, t.id""", UUID.class)
                .setParameter("c", caseId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        if (ids.isEmpty()) {
            return Page.of(List.of(), page, total);
        }
        var byId = entityManager.createQuery(
                        "select distinct t from RoundTable t left join fetch t.invitees where t.id in :ids",
                        RoundTable.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(RoundTable::id, Function.identity()));
        return Page.of(ids.stream().map(byId::get).toList(), page, total);
    }

    List<RoundTable> all(UUID caseId) {
        return entityManager.createQuery(
                        "select distinct t from RoundTable t left join fetch t.invitees where t.caseId = :c",
                        RoundTable.class)
                .setParameter("c", caseId).getResultList();
    }

    void deleteAll(List<RoundTable> tables) {
        tables.forEach(entityManager::remove);
        entityManager.flush();
    }
}
