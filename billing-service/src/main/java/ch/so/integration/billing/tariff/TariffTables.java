package ch.so.integration.billing.tariff;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/**
 * The tariff tables' repository (AM-01, DC-21, PG-05). The tables are small (a few rows per key); every lookup column
 * is indexed by key and validFrom (see the migration).
 */
@ApplicationScoped
public class TariffTables {

    /** The tables, each serialised by its own advisory lock while a version is added. */
    public enum Kind {
        AMI_MAXIMUM("ami-maximum", "AM-01"), DAY_CENTER("day-center", "DC-21"), PASSTGENAU("passtgenau", "PG-05");

        private final String path;
        private final String rule;

        Kind(String path, String rule) {
            this.path = path;
            this.rule = rule;
        }

        /** The URL segment, e.g. {@code ami-maximum}. */
        public String path() {
            return path;
        }

        /** The requirement the table serves. */
        public String rule() {
            return rule;
        }
    }

    private final EntityManager entityManager;

    TariffTables(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Serialises additions to one table until the transaction ends (no two versions of a key race). */
    public void lock(Kind kind) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "billing.tariff." + kind.path()).getSingleResult();
    }

    public void add(TariffEntry entry) {
        entityManager.persist(entry);
    }

    /** Flushes pending changes, so a closed row is written before the new row of the same key. */
    public void flush() {
        entityManager.flush();
    }

    // AM-01

    public List<AmiMaximumTariffEntry> amiMaximum() {
        return entityManager.createQuery("from AmiMaximumTariffEntry e order by e.programmeType, e.unit, e.validFrom",
                AmiMaximumTariffEntry.class).getResultList();
    }

    public List<AmiMaximumTariffEntry> amiMaximum(ProgrammeType type, TariffUnit unit) {
        return entityManager.createQuery("""
                        from AmiMaximumTariffEntry e where e.programmeType = :type and e.unit = :unit
                        order by e.validFrom""", AmiMaximumTariffEntry.class)
                .setParameter("type", type).setParameter("unit", unit).getResultList();
    }

    public Optional<AmiMaximumTariffEntry> amiMaximum(UUID id) {
        return Optional.ofNullable(entityManager.find(AmiMaximumTariffEntry.class, id));
    }

    public Page<AmiMaximumTariffEntry> amiMaximum(ProgrammeType type, TariffUnit unit, LocalDate on, PageQuery page) {
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("programmeType", type);
        where.put("unit", unit);
        return page(AmiMaximumTariffEntry.class, where, on, " order by e.programmeType, e.unit, e.validFrom", page);
    }

    // DC-21

    public List<DayCenterFlatRateEntry> dayCenter() {
        return entityManager.createQuery("from DayCenterFlatRateEntry e order by e.level, e.validFrom",
                DayCenterFlatRateEntry.class).getResultList();
    }

    public List<DayCenterFlatRateEntry> dayCenter(IbbLevel level) {
        return entityManager.createQuery(
                        "from DayCenterFlatRateEntry e where e.level = :level order by e.validFrom",
                        DayCenterFlatRateEntry.class)
                .setParameter("level", level).getResultList();
    }

    public Optional<DayCenterFlatRateEntry> dayCenter(UUID id) {
        return Optional.ofNullable(entityManager.find(DayCenterFlatRateEntry.class, id));
    }

    public Page<DayCenterFlatRateEntry> dayCenter(IbbLevel level, LocalDate on, PageQuery page) {
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("level", level);
        return page(DayCenterFlatRateEntry.class, where, on, " order by e.level, e.validFrom", page);
    }

    // PG-05

    public List<PasstgenauRateEntry> passtgenau() {
        return entityManager.createQuery("from PasstgenauRateEntry e order by e.module nulls first, e.validFrom",
                PasstgenauRateEntry.class).getResultList();
    }

    /** The rows of one module, or of "all modules" when {@code module} is null. */
    public List<PasstgenauRateEntry> passtgenau(String module) {
        return entityManager.createQuery("""
                        from PasstgenauRateEntry e where coalesce(e.module, '') = :module order by e.validFrom""",
                        PasstgenauRateEntry.class)
                .setParameter("module", module == null ? "" : module).getResultList();
    }

    public Optional<PasstgenauRateEntry> passtgenau(UUID id) {
        return Optional.ofNullable(entityManager.find(PasstgenauRateEntry.class, id));
    }

    public Page<PasstgenauRateEntry> passtgenau(String module, LocalDate on, PageQuery page) {
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("module", module);
        return page(PasstgenauRateEntry.class, where, on, " order by e.module nulls first, e.validFrom", page);
    }

    /** A page of rows matching the non-null equality filters, valid on {@code on} when given. */
    private <T> Page<T> page(Class<T> type, Map<String, Object> filters, LocalDate on, String order, PageQuery page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        filters.forEach((field, value) -> {
            if (value != null) {
                where.append(" and e.").append(field).append(" = :").append(field);
            }
        });
        if (on != null) {
            where.append(" and e.validFrom <= :on and (e.validTo is null or e.validTo >= :on)");
        }
        String entity = type.getSimpleName();
        TypedQuery<Long> count = entityManager.createQuery("select count(e) from " + entity + " e" + where,
                Long.class);
        TypedQuery<T> items = entityManager.createQuery("from " + entity + " e" + where + order, type);
        for (TypedQuery<?> query : List.of(count, items)) {
            filters.forEach((field, value) -> {
                if (value != null) {
                    query.setParameter(field, value);
                }
            });
            if (on != null) {
                query.setParameter("on", on);
            }
        }
        return Page.of(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                count.getSingleResult());
    }
}
