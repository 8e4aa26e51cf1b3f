package ch.so.integration.daycenter.planning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ch.so.integration.daycenter.area.AreaPlans;
import ch.so.integration.daycenter.area.DateRange;
import ch.so.integration.daycenter.area.HalfDay;

/**
 * The planned half-days (DC-04). The public queries are for other parts of the day center (attendance, MIS,
 * motivation compensation); they return ids and counts, no personal data, so callers audit what they show. As
 * {@link AreaPlans} they tell the work areas what is planned in them (closures DC-02, capacity DC-04).
 */
@ApplicationScoped
public class PlanEntries implements AreaPlans {

    /** By date, then morning before afternoon. */
    public static final Comparator<PlanEntry> BY_TIME = Comparator.comparing(PlanEntry::date)
            .thenComparing(PlanEntry::halfDay);

    private final EntityManager entityManager;

    PlanEntries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void add(PlanEntry entry) {
        entityManager.persist(entry);
    }

    /** Removes the old entries first (flushed, so the unique key is free), then adds the new ones. */
    void replace(List<PlanEntry> old, List<PlanEntry> fresh) {
        old.forEach(entityManager::remove);
        entityManager.flush();
        fresh.forEach(entityManager::persist);
    }

    /** Every entry from one day to another, both included. */
    public List<PlanEntry> between(LocalDate from, LocalDate to) {
        return entityManager.createQuery("from PlanEntry e where e.date between :from and :to", PlanEntry.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** One participant's entries from one day to another, both included, by {@link #BY_TIME}. */
    public List<PlanEntry> ofPlacement(UUID placementId, LocalDate from, LocalDate to) {
        return entityManager.createQuery("from PlanEntry e where e.placementId = :id and e.date between :from and :to",
                        PlanEntry.class)
                .setParameter("id", placementId).setParameter("from", from).setParameter("to", to).getResultStream()
                .sorted(BY_TIME).toList();
    }

    /** One area's entries from one day to another, both included. */
    public List<PlanEntry> ofArea(UUID areaId, LocalDate from, LocalDate to) {
        return entityManager.createQuery("from PlanEntry e where e.areaId = :id and e.date between :from and :to",
                        PlanEntry.class)
                .setParameter("id", areaId).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** What a participant is planned for on a day: none, a morning, an afternoon or both (e.g. for attendance). */
    public List<PlanEntry> plannedOn(UUID placementId, LocalDate day) {
        return ofPlacement(placementId, day, day);
    }

    /** How many half-days a participant is planned for in a month. */
    public long plannedHalfDays(UUID placementId, YearMonth month) {
        return entityManager.createQuery("select count(e) from PlanEntry e where e.placementId = :id"
                        + " and e.date between :from and :to", Long.class)
                .setParameter("id", placementId).setParameter("from", month.atDay(1))
                .setParameter("to", month.atEndOfMonth()).getSingleResult();
    }

    /** Planned half-days per participant (placement id) in a month; participants without any are absent. */
    public Map<UUID, Long> plannedHalfDaysByPlacement(YearMonth month) {
        return grouped("e.placementId", month);
    }

    /** Planned half-days per work area (area id) in a month, for the MIS; areas without any are absent. */
    public Map<UUID, Long> countByAreaAndMonth(YearMonth month) {
        return grouped("e.areaId", month);
    }

    /** One grouped query on (area_id, plan_date), which the index plan_entry_area serves. */
    @Override
    public List<PlannedDay> plannedDays(UUID areaId, DateRange days) {
        return entityManager.createQuery("select e.date, count(e) from PlanEntry e where e.areaId = :id"
                        + " and e.date between :from and :to group by e.date order by e.date", Object[].class)
                .setParameter("id", areaId).setParameter("from", days.from()).setParameter("to", days.to())
                .getResultStream().map(row -> new PlannedDay((LocalDate) row[0], (Long) row[1])).toList();
    }

    /** One grouped query on (area_id, plan_date), ordered by count, first row only. */
    @Override
    public Optional<BusiestHalfDay> busiestHalfDayFrom(UUID areaId, LocalDate from) {
        return entityManager.createQuery("select e.date, e.halfDay, count(e) from PlanEntry e where e.areaId = :id"
                        + " and e.date >= :from group by e.date, e.halfDay order by count(e) desc, e.date, e.halfDay",
                        Object[].class)
                .setParameter("id", areaId).setParameter("from", from).setMaxResults(1).getResultStream()
                .findFirst().map(row -> new BusiestHalfDay((LocalDate) row[0], (HalfDay) row[1], (Long) row[2]));
    }

    private Map<UUID, Long> grouped(String key, YearMonth month) {
        List<Object[]> rows = entityManager.createQuery("select " + key + ", count(e) from PlanEntry e"
                        + " where e.date between :from and :to group by " + key, Object[].class)
                .setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth()).getResultList();
        Map<UUID, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], (Long) row[1]);
        }
        return counts;
    }
}
