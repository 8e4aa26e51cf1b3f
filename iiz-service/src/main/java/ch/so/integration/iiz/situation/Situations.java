package ch.so.integration.iiz.situation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** The situation analysis of cases (IZ-04): answers, facts, client views and issued reports. */
@ApplicationScoped
public class Situations {

    private final EntityManager entityManager;

    Situations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<SituationAnswer> answers(UUID caseId) {
        return entityManager.createQuery("from SituationAnswer a where a.caseId = :c", SituationAnswer.class)
                .setParameter("c", caseId).getResultList();
    }

    public void add(Object entity) {
        entityManager.persist(entity);
    }

    public Optional<ClientView> clientView(UUID caseId) {
        return Optional.ofNullable(entityManager.find(ClientView.class, caseId));
    }

    public long factCount(UUID caseId) {
        return entityManager.createQuery("select count(f) from SituationFact f where f.caseId = :c", Long.class)
                .setParameter("c", caseId).getSingleResult();
    }

    /** Oldest first, as they were collected. */
    public Page<SituationFact> facts(UUID caseId, PageQuery page) {
        return Page.of(entityManager.createQuery(
                                "from SituationFact f where f.caseId = :c order by f.addedAt, f.id", SituationFact.class)
                        .setParameter("c", caseId).setFirstResult(page.offset()).setMaxResults(page.size())
                        .getResultList(), page, factCount(caseId));
    }

    public List<SituationFact> allFacts(UUID caseId) {
        return entityManager.createQuery("from SituationFact f where f.caseId = :c order by f.addedAt, f.id",
                SituationFact.class).setParameter("c", caseId).getResultList();
    }

    public int lastReportVersion(UUID caseId) {
        Integer last = entityManager.createQuery(
                        "select max(r.version) from SituationReport r where r.caseId = :c", Integer.class)
                .setParameter("c", caseId).getSingleResult();
        return last == null ? 0 : last;
    }

    public Optional<SituationReport> report(UUID caseId, UUID id) {
        return Optional.ofNullable(entityManager.find(SituationReport.class, id)).filter(r -> r.caseId().equals(caseId));
    }

    /** Newest first, without loading content or PDF. */
    public Page<Object[]> reports(UUID caseId, PageQuery page) {
        long total = entityManager.createQuery("select count(r) from SituationReport r where r.caseId = :c", Long.class)
                .setParameter("c", caseId).getSingleResult();
        return Page.of(entityManager.createQuery("""
                        select r.id, r.version, r.issuedOn, r.issuedBy, r.documentSha256 from SituationReport r
                         where r.caseId = :c order by r.version desc""", Object[].class)
                .setParameter("c", caseId).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList(), page, total);
    }

    /** The responsible social-assistance body of the case (read from the case, IZ-04: it receives the report). */
    public Optional<String> socialOfficeOf(UUID caseId) {
        return entityManager.createNativeQuery("select social_office from iiz_case where id = ?1", String.class)
                .setParameter(1, caseId).getResultStream().findFirst().map(String.class::cast);
    }

    List<SituationReport> allReports(UUID caseId) {
        return entityManager.createQuery("from SituationReport r where r.caseId = :c", SituationReport.class)
                .setParameter("c", caseId).getResultList();
    }

    void deleteAllOf(UUID caseId) {
        for (String entity : List.of("SituationAnswer", "SituationFact", "SituationReport")) {
            entityManager.createQuery("delete from " + entity + " x where x.caseId = :c").setParameter("c", caseId)
                    .executeUpdate();
        }
        entityManager.createQuery("delete from ClientView v where v.caseId = :c").setParameter("c", caseId)
                .executeUpdate();
    }
}
