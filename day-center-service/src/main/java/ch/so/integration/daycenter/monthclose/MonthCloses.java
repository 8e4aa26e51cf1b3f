package ch.so.integration.daycenter.monthclose;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ch.so.integration.daycenter.place.Place;
import ch.so.integration.daycenter.place.PlaceStatus;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** Month closes, their lines and corrections. */
@ApplicationScoped
public class MonthCloses {

    private final EntityManager entityManager;

    MonthCloses(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void add(Object entity) {
        entityManager.persist(entity);
    }

    Optional<MonthClose> of(YearMonth month) {
        return Optional.ofNullable(entityManager.find(MonthClose.class, month.toString()));
    }

    /** Places held on at least one day of the month, with their work areas (fetched in the same query). */
    List<Place> placesHeldIn(YearMonth month) {
        return entityManager.createQuery("""
                        select p from Place p left join fetch p.workAreas where p.status <> :cancelled and p.startDate <= :last
                        and (p.endDate is null or p.endDate >= :first)
                        order by p.participantOfficialName, p.participantFirstName, p.placementId""", Place.class)
                .setParameter("cancelled", PlaceStatus.CANCELLED)
                .setParameter("first", month.atDay(1)).setParameter("last", month.atEndOfMonth())
                .getResultList();
    }

    Optional<MonthCloseLine> line(YearMonth month, UUID placementId) {
        return entityManager.createQuery(
                        "from MonthCloseLine l where l.month = :m and l.placementId = :p", MonthCloseLine.class)
                .setParameter("m", month.toString()).setParameter("p", placementId)
                .getResultStream().findFirst();
    }

    Page<MonthCloseLine> lines(YearMonth month, PageQuery page) {
        long total = entityManager.createQuery("select count(l) from MonthCloseLine l where l.month = :m", Long.class)
                .setParameter("m", month.toString()).getSingleResult();
        List<MonthCloseLine> items = entityManager.createQuery(
                        "from MonthCloseLine l where l.month = :m order by l.officialName, l.firstName, l.placementId",
                        MonthCloseLine.class)
                .setParameter("m", month.toString())
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, total);
    }

    /** Lines with a compensation to pay, for the cash payout list. */
    List<MonthCloseLine> payable(YearMonth month) {
        return entityManager.createQuery("""
                        from MonthCloseLine l where l.month = :m and l.motivationCompensation > 0
                        order by l.officialName, l.firstName, l.placementId""", MonthCloseLine.class)
                .setParameter("m", month.toString()).getResultList();
    }
}
