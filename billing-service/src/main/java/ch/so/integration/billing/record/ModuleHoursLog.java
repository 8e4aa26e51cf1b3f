package ch.so.integration.billing.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** The module hours repository (V2026_11_22_1630 has the indexes). */
@ApplicationScoped
public class ModuleHoursLog {

    private final EntityManager entityManager;

    ModuleHoursLog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(ModuleHours entry) {
        entityManager.persist(entry);
    }

    public void remove(ModuleHours entry) {
        entityManager.remove(entry);
    }

    public Optional<ModuleHours> byId(UUID participationId, UUID id) {
        return Optional.ofNullable(entityManager.find(ModuleHours.class, id))
                .filter(e -> e.participationId().equals(participationId));
    }

    /** The hours recorded for a module from {@code from} to {@code to} (inclusive; null for open ends). */
    public BigDecimal sum(UUID participationId, String module, LocalDate from, LocalDate to) {
        BigDecimal sum = entityManager.createQuery("""
                        select sum(e.hours) from ModuleHours e
                         where e.participationId = :participation and e.module = :module
                           and e.day >= :from and e.day <= :to""", BigDecimal.class)
                .setParameter("participation", participationId).setParameter("module", module)
                .setParameter("from", from == null ? LocalDate.of(1900, 1, 1) : from)
                .setParameter("to", to == null ? LocalDate.of(9999, 12, 31) : to)
                .getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /** A month's hours per module, by module name. */
    public List<ModuleTotal> totals(UUID participationId, YearMonth month) {
        return entityManager.createQuery("""
                        select new ch.so.integration.billing.record.ModuleHoursLog$ModuleTotal(e.module, sum(e.hours))
                          from ModuleHours e
                         where e.participationId = :participation and e.day between :from and :to
                         group by e.module order by e.module""", ModuleTotal.class)
                .setParameter("participation", participationId)
                .setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth())
                .getResultList();
    }

    /** A month's hours per participation and module, for many participations in one query. */
    public List<ParticipationModuleTotal> totals(java.util.Collection<UUID> participationIds, YearMonth month) {
        if (participationIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select new ch.so.integration.billing.record.ModuleHoursLog$ParticipationModuleTotal(
                               e.participationId, e.module, sum(e.hours))
                          from ModuleHours e
                         where e.participationId in :participations and e.day between :from and :to
                         group by e.participationId, e.module order by e.participationId, e.module""",
                        ParticipationModuleTotal.class)
                .setParameter("participations", participationIds)
                .setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth())
                .getResultList();
    }

    public record ParticipationModuleTotal(UUID participationId, String module, BigDecimal hours) {
    }

    /** By day, then as recorded; {@code month} null for all. */
    public Page<ModuleHours> page(UUID participationId, YearMonth month, PageQuery page) {
        LocalDate from = month == null ? LocalDate.of(1900, 1, 1) : month.atDay(1);
        LocalDate to = month == null ? LocalDate.of(9999, 12, 31) : month.atEndOfMonth();
        long total = entityManager.createQuery("""
                        select count(e) from ModuleHours e
                         where e.participationId = :participation and e.day between :from and :to""", Long.class)
                .setParameter("participation", participationId).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        List<ModuleHours> items = entityManager.createQuery("""
                        from ModuleHours e where e.participationId = :participation and e.day between :from and :to
                         order by e.day, e.recordedAt, e.id""", ModuleHours.class)
                .setParameter("participation", participationId).setParameter("from", from).setParameter("to", to)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, total);
    }

    public record ModuleTotal(String module, BigDecimal hours) {
    }
}
