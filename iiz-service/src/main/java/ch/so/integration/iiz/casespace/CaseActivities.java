package ch.so.integration.iiz.casespace;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ch.so.integration.iiz.access.CaseAccess;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/**
 * IZ-06: the activity feed of a case. Every case-work change records a line in its transaction; other packages of
 * iiz may record theirs too ({@link #record(UUID, String, UUID, String, String, String)}).
 */
@ApplicationScoped
public class CaseActivities {

    private final EntityManager entityManager;
    private final Clock clock;

    CaseActivities(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A line for a change a case member made. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CaseAccess.CaseScope scope, String actor, String kind, UUID itemId) {
        record(scope.caseId(), kind, itemId, actor, scope.member(), scope.institution());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID caseId, String kind, UUID itemId, String actor, String member, String institution) {
        entityManager.persist(new CaseActivity(caseId, OffsetDateTime.now(clock), kind, itemId, actor, member,
                institution));
    }

    /** Newest first. */
    public Page<CaseActivity> ofCase(UUID caseId, PageQuery page) {
        long total = entityManager.createQuery("select count(a) from CaseActivity a where a.caseId = :c", Long.class)
                .setParameter("c", caseId).getSingleResult();
        List<CaseActivity> items = entityManager.createQuery(
                        "from CaseActivity a where a.caseId = :c order by a.occurredAt desc, a.id", CaseActivity.class)
                .setParameter("c", caseId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, total);
    }

    List<CaseActivity> allOf(UUID caseId) {
        return entityManager.createQuery("from CaseActivity a where a.caseId = :c", CaseActivity.class)
                .setParameter("c", caseId).getResultList();
    }

    void deleteAllOf(UUID caseId) {
        entityManager.createQuery("delete from CaseActivity a where a.caseId = :c").setParameter("c", caseId)
                .executeUpdate();
    }
}
