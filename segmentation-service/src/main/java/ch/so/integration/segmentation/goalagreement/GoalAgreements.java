package ch.so.integration.segmentation.goalagreement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** The goal agreements repository (index goal_agreement_case). */
@ApplicationScoped
public class GoalAgreements {

    private final EntityManager entityManager;

    GoalAgreements(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(GoalAgreement agreement) {
        entityManager.persist(agreement);
    }

    public Optional<GoalAgreement> byId(UUID id) {
        return entityManager.createQuery(
                        "select g from GoalAgreement g left join fetch g.goals where g.id = :id", GoalAgreement.class)
                .setParameter("id", id).getResultList().stream().findFirst();
    }

    /**
     * SG-06, SG-09: the goal agreement of a period, with its goals: the latest one agreed for the segment decision
     * {@code decisionId}, or the aftercare agreement.
     */
    public Optional<GoalAgreement> ofPeriod(UUID caseId, UUID decisionId, boolean aftercare) {
        if (!aftercare && decisionId == null) {
            return Optional.empty();
        }
        var query = entityManager.createQuery("select g.id from GoalAgreement g where g.caseId = :case and "
                        + (aftercare ? "g.occasion = :occasion" : "g.decisionId = :decision")
                        + " order by g.agreedOn desc, g.createdAt desc", UUID.class)
                .setParameter("case", caseId);
        if (aftercare) {
            query.setParameter("occasion", Occasion.AFTERCARE);
        } else {
            query.setParameter("decision", decisionId);
        }
        List<UUID> ids = query.setMaxResults(1).getResultList();
        return ids.isEmpty() ? Optional.empty() : byId(ids.getFirst());
    }

    /** Which period a goal agreement belongs to: its segment decision, or aftercare. */
    public record Period(UUID decisionId, boolean aftercare) {
    }

    /** SG-06: the periods each of the given cases has goal agreements for (one query). */
    public java.util.Map<UUID, List<Period>> periods(java.util.Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return java.util.Map.of();
        }
        var result = new java.util.HashMap<UUID, List<Period>>();
        entityManager.createQuery("select distinct g.caseId, g.decisionId, g.occasion from GoalAgreement g "
                        + "where g.caseId in :ids", Object[].class)
                .setParameter("ids", caseIds).getResultList()
                .forEach(row -> result.computeIfAbsent((UUID) row[0], k -> new java.util.ArrayList<>())
                        .add(new Period((UUID) row[1], row[2] == Occasion.AFTERCARE)));
        return result;
    }

    /** A case's goal agreements, newest first, with their goals (two queries whatever the page size). */
    public Page<GoalAgreement> ofCase(UUID caseId, PageQuery page) {
        long total = entityManager.createQuery("select count(g) from GoalAgreement g where g.caseId = :case",
                Long.class).setParameter("case", caseId).getSingleResult();
        List<UUID> ids = entityManager.createQuery("""
                        select g.id from GoalAgreement g where g.caseId = :case
                         order by g.agreedOn desc, g.createdAt desc""", UUID.class)
                .setParameter("case", caseId).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        if (ids.isEmpty()) {
            return Page.of(List.of(), page, total);
        }
        var byId = new java.util.HashMap<UUID, GoalAgreement>();
        entityManager.createQuery("select distinct g from GoalAgreement g left join fetch g.goals where g.id in :ids",
                        GoalAgreement.class).setParameter("ids", ids).getResultList()
                .forEach(g -> byId.put(g.id(), g));
        return Page.of(ids.stream().map(byId::get).toList(), page, total);
    }
}
