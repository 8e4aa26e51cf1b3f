package ch.so.integration.iiz.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** Monitoring schedules, reviews and client contacts of the cases (IZ-09). */
@ApplicationScoped
public class Monitorings {

    private final EntityManager entityManager;

    Monitorings(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Object entity) {
        entityManager.persist(entity);
    }

    public Optional<Monitoring> schedule(UUID caseId) {
        return Optional.ofNullable(entityManager.find(Monitoring.class, caseId));
    }

    public Optional<MonitoringReview> lastReview(UUID caseId) {
        return entityManager.createQuery(
                        "from MonitoringReview r where r.caseId = :c order by r.heldOn desc, r.recordedAt desc",
                        MonitoringReview.class)
                .setParameter("c", caseId).setMaxResults(1).getResultStream().findFirst();
    }

    public Page<MonitoringReview> reviews(UUID caseId, PageQuery page) {
        long total = entityManager.createQuery("select count(r) from MonitoringReview r where r.caseId = :c", Long.class)
                .setParameter("c", caseId).getSingleResult();
        return Page.of(entityManager.createQuery(
                        "from MonitoringReview r where r.caseId = :c order by r.heldOn desc, r.id", MonitoringReview.class)
                .setParameter("c", caseId).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList(), page, total);
    }

    public Page<ClientContact> contacts(UUID caseId, PageQuery page) {
        long total = entityManager.createQuery("select count(c) from ClientContact c where c.caseId = :c", Long.class)
                .setParameter("c", caseId).getSingleResult();
        return Page.of(entityManager.createQuery(
                        "from ClientContact c where c.caseId = :c order by c.contactOn desc, c.addedAt desc, c.id",
                        ClientContact.class)
                .setParameter("c", caseId).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList(), page, total);
    }

    /** One overdue review: the case, its due date, the interval. */
    public record Overdue(UUID caseId, UUID personId, LocalDate dueOn, int intervalWeeks) {
    }

    /**
     * IZ-09: the open cases a coordinator leads whose review was due before {@code today}, longest overdue first.
     * The coordinator comes from the case (iiz_case.coordinator, read only).
     */
    public Page<Overdue> overdue(String coordinator, LocalDate today, PageQuery page) {
        String from = """
                 from iiz_monitoring m join iiz_case c on c.id = m.case_id
                where c.coordinator = ?1 and c.status <> 'CLOSED' and m.next_review_on < ?2""";
        long total = ((Number) entityManager.createNativeQuery("select count(*)" + from)
                .setParameter(1, coordinator).setParameter(2, today).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select m.case_id, c.person_id, m.next_review_on, m.interval_weeks" + from
                                + " order by m.next_review_on, m.case_id")
                .setParameter(1, coordinator).setParameter(2, today)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(rows.stream().map(r -> new Overdue((UUID) r[0], (UUID) r[1], toDate(r[2]), ((Number) r[3]).intValue()))
                .toList(), page, total);
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    List<MonitoringReview> allReviews(UUID caseId) {
        return entityManager.createQuery("from MonitoringReview r where r.caseId = :c", MonitoringReview.class)
                .setParameter("c", caseId).getResultList();
    }

    List<ClientContact> allContacts(UUID caseId) {
        return entityManager.createQuery("from ClientContact c where c.caseId = :c", ClientContact.class)
                .setParameter("c", caseId).getResultList();
    }

    void deleteAllOf(UUID caseId) {
        for (String entity : List.of("MonitoringReview", "ClientContact", "Monitoring")) {
            entityManager.createQuery("delete from " + entity + " x where x.caseId = :c").setParameter("c", caseId)
                    .executeUpdate();
        }
    }
}
