package ch.so.integration.iiz.plan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** The versions of the cases' integration plans (IZ-08). Measures and reviews are fetched with a plan, never one by one. */
@ApplicationScoped
public class IntegrationPlans {

    private final EntityManager entityManager;

    IntegrationPlans(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(IntegrationPlan plan) {
        entityManager.persist(plan);
    }

    /** The case's latest version (draft or signed), if any. */
    public Optional<IntegrationPlan> latest(UUID caseId) {
        return entityManager.createQuery("""
                        from IntegrationPlan p where p.caseId = :c
                         and p.planVersion = (select max(q.planVersion) from IntegrationPlan q where q.caseId = :c)""",
                        IntegrationPlan.class)
                .setParameter("c", caseId).getResultStream().findFirst().map(this::loaded);
    }

    public Optional<IntegrationPlan> withStatus(UUID caseId, PlanStatus status) {
        return entityManager.createQuery("""
                        from IntegrationPlan p where p.caseId = :c and p.status = :s order by p.planVersion desc""",
                        IntegrationPlan.class)
                .setParameter("c", caseId).setParameter("s", status).setMaxResults(1)
                .getResultStream().findFirst().map(this::loaded);
    }

    public Optional<IntegrationPlan> version(UUID caseId, int planVersion) {
        return entityManager.createQuery(
                        "from IntegrationPlan p where p.caseId = :c and p.planVersion = :v", IntegrationPlan.class)
                .setParameter("c", caseId).setParameter("v", planVersion).getResultStream().findFirst()
                .map(this::loaded);
    }

    /** Newest first: one query for the page of ids, one per collection for all of them. */
    public Page<IntegrationPlan> versions(UUID caseId, PageQuery page) {
        long total = entityManager.createQuery("select count(p) from IntegrationPlan p where p.caseId = :c", Long.class)
                .setParameter("c", caseId).getSingleResult();
        List<UUID> ids = entityManager.createQuery(
                        "select p.id from IntegrationPlan p where p.caseId = :c order by p.planVersion desc", UUID.class)
                .setParameter("c", caseId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        if (ids.isEmpty()) {
            return Page.of(List.of(), page, total);
        }
        var byId = entityManager.createQuery(
                        "select distinct p from IntegrationPlan p left join fetch p.measures where p.id in :ids",
                        IntegrationPlan.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(IntegrationPlan::id, Function.identity()));
        entityManager.createQuery("select distinct p from IntegrationPlan p left join fetch p.reviews where p.id in :ids",
                IntegrationPlan.class).setParameter("ids", ids).getResultList();
        return Page.of(ids.stream().map(byId::get).toList(), page, total);
    }

    public List<IntegrationPlan> all(UUID caseId) {
        return entityManager.createQuery("from IntegrationPlan p where p.caseId = :c", IntegrationPlan.class)
                .setParameter("c", caseId).getResultList();
    }

    /** IZ-10: removes every version of the case's plan with its measures and reviews. */
    void deleteAll(List<IntegrationPlan> plans) {
        plans.forEach(entityManager::remove);
        entityManager.flush();
    }

    private IntegrationPlan loaded(IntegrationPlan plan) {
        plan.measures().size();
        plan.reviews().size();
        return plan;
    }
}
