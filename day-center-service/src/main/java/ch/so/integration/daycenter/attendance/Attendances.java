package ch.so.integration.daycenter.attendance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Attendance days, vacation entitlements and frozen months. */
@ApplicationScoped
public class Attendances {

    private final EntityManager entityManager;

    Attendances(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void add(Object entity) {
        entityManager.persist(entity);
    }

    void remove(AttendanceDay day) {
        entityManager.remove(day);
    }

    Optional<AttendanceDay> on(UUID placementId, LocalDate day) {
        return entityManager.createQuery(
                        "from AttendanceDay d where d.placementId = :p and d.day = :day", AttendanceDay.class)
                .setParameter("p", placementId).setParameter("day", day)
                .getResultStream().findFirst();
    }

    List<AttendanceDay> between(UUID placementId, LocalDate from, LocalDate to) {
        return entityManager.createQuery(
                        "from AttendanceDay d where d.placementId = :p and d.day between :from and :to order by d.day",
                        AttendanceDay.class)
                .setParameter("p", placementId).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    List<AttendanceDay> inMonth(UUID placementId, YearMonth month) {
        return between(placementId, month.atDay(1), month.atEndOfMonth());
    }

    /** Every placement's days of the month, in one query, by placement id (month close). */
    Map<UUID, List<AttendanceDay>> inMonthByPlacement(YearMonth month) {
        return entityManager.createQuery(
                        "from AttendanceDay d where d.day between :from and :to order by d.placementId, d.day",
                        AttendanceDay.class)
                .setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth())
                .getResultStream()
                .collect(Collectors.groupingBy(AttendanceDay::placementId, HashMap::new, Collectors.toList()));
    }

    Optional<VacationEntitlement> entitlement(UUID placementId, int year) {
        return entityManager.createQuery(
                        "from VacationEntitlement e where e.placementId = :p and e.year = :y", VacationEntitlement.class)
                .setParameter("p", placementId).setParameter("y", year)
                .getResultStream().findFirst();
    }

    boolean isFrozen(YearMonth month) {
        return entityManager.find(FrozenMonth.class, month.toString()) != null;
    }

    /** The first closed month on or after {@code month}, if any (months compare as text YYYY-MM). */
    public java.util.Optional<String> firstFrozenFrom(YearMonth month) {
        return entityManager.createQuery("select f.month from FrozenMonth f where f.month >= :month order by f.month",
                        String.class)
                .setParameter("month", month.toString()).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Month lock: writers of a month's attendance take it shared before they check that the month is open, the
     * month close takes it exclusively before it freezes the month, so no day is written into a month while it is
     * being closed (the write waits, then sees the month frozen). Released at commit.
     */
    public void lockMonth(YearMonth month, boolean exclusive) {
        entityManager.createNativeQuery("select " + (exclusive ? "pg_advisory_xact_lock" : "pg_advisory_xact_lock_shared")
                        + "(hashtext(?1))")
                .setParameter(1, "day-center.attendance-month:" + month).getSingleResult();
    }
}
