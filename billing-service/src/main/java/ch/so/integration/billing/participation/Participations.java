package ch.so.integration.billing.participation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** Participations with their instruments and the day center's months. */
@ApplicationScoped
public class Participations {

    private final EntityManager entityManager;

    Participations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Participation participation) {
        entityManager.persist(participation);
    }

    public void add(Instrument instrument) {
        entityManager.persist(instrument);
    }

    public void add(DayCenterMonth month) {
        entityManager.persist(month);
    }

    public Optional<Participation> byId(UUID id) {
        return Optional.ofNullable(entityManager.find(Participation.class, id));
    }

    public Optional<Instrument> instrument(UUID id) {
        return Optional.ofNullable(entityManager.find(Instrument.class, id));
    }

    public List<Instrument> instrumentsOf(UUID participationId) {
        return entityManager.createQuery("from Instrument i where i.participationId = :id order by i.updatedAt, i.id",
                Instrument.class).setParameter("id", participationId).getResultList();
    }

    /** The instruments of many participations, in one query, by participation id. */
    public Map<UUID, List<Instrument>> instrumentsOf(Collection<UUID> participationIds) {
        Map<UUID, List<Instrument>> byParticipation = new HashMap<>();
        if (participationIds.isEmpty()) {
            return byParticipation;
        }
        for (Instrument i : entityManager.createQuery("from Instrument i where i.participationId in :ids",
                Instrument.class).setParameter("ids", participationIds).getResultList()) {
            byParticipation.computeIfAbsent(i.participationId(), k -> new ArrayList<>()).add(i);
        }
        return byParticipation;
    }

    public Optional<DayCenterMonth> dayCenterMonth(UUID participationId, YearMonth month) {
        return entityManager.createQuery(
                        "from DayCenterMonth m where m.participationId = :id and m.monthStart = :start",
                        DayCenterMonth.class)
                .setParameter("id", participationId).setParameter("start", month.atDay(1))
                .getResultStream().findFirst();
    }

    /** The day center's months of many participations in one month, in one query. */
    public Map<UUID, DayCenterMonth> dayCenterMonths(Collection<UUID> participationIds, YearMonth month) {
        Map<UUID, DayCenterMonth> byParticipation = new HashMap<>();
        if (participationIds.isEmpty()) {
            return byParticipation;
        }
        for (DayCenterMonth m : entityManager.createQuery(
                        "from DayCenterMonth m where m.participationId in :ids and m.monthStart = :start",
                        DayCenterMonth.class)
                .setParameter("ids", participationIds).setParameter("start", month.atDay(1)).getResultList()) {
            byParticipation.put(m.participationId(), m);
        }
        return byParticipation;
    }

    public List<DayCenterMonth> dayCenterMonthsOf(UUID participationId) {
        return entityManager.createQuery(
                        "from DayCenterMonth m where m.participationId = :id order by m.monthStart", DayCenterMonth.class)
                .setParameter("id", participationId).getResultList();
    }

    /** The participations of a kind that ran on a day of the month, by participant name and id. */
    public List<Participation> runningIn(ParticipationKind kind, YearMonth month) {
        return entityManager.createQuery("""
                        from Participation p where p.kind = :kind and p.status in :running
                          and p.entryDate <= :last and (p.exitDate is null or p.exitDate >= :first)
                        order by p.participantName, p.id""", Participation.class)
                .setParameter("kind", kind).setParameter("running", RUNNING)
                .setParameter("first", month.atDay(1)).setParameter("last", month.atEndOfMonth())
                .getResultList();
    }

    /** The distinct intake provider ids of AMI participations (few: one per provider). */
    public List<UUID> amiProviderIds() {
        return entityManager.createQuery("select distinct p.providerId from Participation p "
                + "where p.kind = :kind and p.providerId is not null", UUID.class)
                .setParameter("kind", ParticipationKind.AMI_PROGRAMME).getResultList();
    }

    /** The distinct pass(t)genau providers of pass(t)genau participations (at most two). */
    public List<String> passtGenauProviders() {
        return entityManager.createQuery("select distinct p.passtGenauProvider from Participation p "
                + "where p.kind = :kind and p.passtGenauProvider is not null", String.class)
                .setParameter("kind", ParticipationKind.PASST_GENAU).getResultList();
    }

    /**
     * A page of participations, by participant name and id.
     *
     * @param scope null for all, otherwise the participations a set of creditors bill
     * @param month null for any, otherwise those that ran on a day of the month
     */
    public Page<Participation> page(Scope scope, YearMonth month, PageQuery page) {
        if (scope != null && scope.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (scope != null) {
            List<String> any = new ArrayList<>();
            if (scope.dayCenter()) {
                any.add("p.kind = :dayCenter");
            }
            if (!scope.providerIds().isEmpty()) {
                any.add("(p.kind = :ami and p.providerId in :providerIds)");
            }
            if (!scope.passtGenauProviders().isEmpty()) {
                any.add("(p.kind = :passtGenau and p.passtGenauProvider in :passtGenauProviders)");
            }
            where.append(" and (").append(String.join(" or ", any)).append(")");
        }
        if (month != null) {
            where.append(" and p.status in :running and p.entryDate <= :last")
                    .append(" and (p.exitDate is null or p.exitDate >= :first)");
        }
        TypedQuery<Long> count = entityManager.createQuery("select count(p) from Participation p" + where, Long.class);
        TypedQuery<Participation> items = entityManager.createQuery(
                "from Participation p" + where + " order by p.participantName, p.id", Participation.class);
        for (TypedQuery<?> q : List.of(count, items)) {
            if (scope != null) {
                if (scope.dayCenter()) {
                    q.setParameter("dayCenter", ParticipationKind.DAY_CENTER);
                }
                if (!scope.providerIds().isEmpty()) {
                    q.setParameter("ami", ParticipationKind.AMI_PROGRAMME).setParameter("providerIds",
                            scope.providerIds());
                }
                if (!scope.passtGenauProviders().isEmpty()) {
                    q.setParameter("passtGenau", ParticipationKind.PASST_GENAU)
                            .setParameter("passtGenauProviders", scope.passtGenauProviders());
                }
            }
            if (month != null) {
                q.setParameter("running", RUNNING).setParameter("first", month.atDay(1))
                        .setParameter("last", month.atEndOfMonth());
            }
        }
        long total = count.getSingleResult();
        List<Participation> found = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(found, page, total);
    }

    /** Which participations a set of creditors bill, as database keys. */
    public record Scope(boolean dayCenter, List<UUID> providerIds, List<String> passtGenauProviders) {
        public Scope {
            providerIds = List.copyOf(providerIds);
            passtGenauProviders = List.copyOf(passtGenauProviders);
        }

        boolean isEmpty() {
            return !dayCenter && providerIds.isEmpty() && passtGenauProviders.isEmpty();
        }
    }

    private static final List<ParticipationStatus> RUNNING = List.of(ParticipationStatus.ACTIVE,
            ParticipationStatus.ENDED);
}
