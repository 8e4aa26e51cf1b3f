package ch.so.integration.billing.record;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The recorded months repository (V2026_11_22_1630 has the indexes). */
@ApplicationScoped
public class RecordedMonths {

    /** The advisory-lock class of the record package ("brec"), so its keys meet no other lock's. */
    private static final int LOCK_CLASS = 0x62726563;

    private final EntityManager entityManager;

    RecordedMonths(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Serialises the writes of one participation's records until the transaction ends: a second writer waits here
     * and then sees the first one's committed hours (read committed takes a new snapshot per statement).
     */
    public void lockParticipation(UUID participationId) {
        int key = Long.hashCode(participationId.getMostSignificantBits() ^ participationId.getLeastSignificantBits());
        entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1, ?2)) l", Integer.class)
                .setParameter(1, LOCK_CLASS).setParameter(2, key).getSingleResult();
    }

    public void add(RecordedMonth month) {
        entityManager.persist(month);
    }

    public Optional<RecordedMonth> of(UUID participationId, YearMonth month) {
        return entityManager.createQuery("""
                        from RecordedMonth m where m.participationId = :participation and m.monthStart = :start""",
                        RecordedMonth.class)
                .setParameter("participation", participationId).setParameter("start", month.atDay(1))
                .getResultStream().findFirst();
    }

    /** The months of many participations, with their days and sessions loaded in two more queries. */
    public List<RecordedMonth> of(java.util.Collection<UUID> participationIds, YearMonth month) {
        if (participationIds.isEmpty()) {
            return List.of();
        }
        List<RecordedMonth> found = entityManager.createQuery("""
                        select distinct m from RecordedMonth m left join fetch m.days
                        where m.participationId in :participations and m.monthStart = :start""", RecordedMonth.class)
                .setParameter("participations", participationIds).setParameter("start", month.atDay(1))
                .getResultList();
        if (!found.isEmpty()) {
            entityManager.createQuery("""
                            select distinct m from RecordedMonth m left join fetch m.sessions where m.id in :ids""",
                            RecordedMonth.class)
                    .setParameter("ids", found.stream().map(RecordedMonth::id).toList()).getResultList();
        }
        return found;
    }

    /** The months before {@code month} with an abort or no-show, earliest first. */
    public List<RecordedMonth> abortedBefore(java.util.Collection<UUID> participationIds, YearMonth month) {
        if (participationIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        from RecordedMonth m where m.participationId in :participations and m.monthStart < :start
                        and m.abortDate is not null order by m.abortDate""", RecordedMonth.class)
                .setParameter("participations", participationIds).setParameter("start", month.atDay(1))
                .getResultList();
    }

    public List<RecordedMonth> changedSince(OffsetDateTime since) {
        return entityManager.createQuery("""
                        from RecordedMonth m where m.changedAt > :since order by m.changedAt, m.id""", RecordedMonth.class)
                .setParameter("since", since).getResultList();
    }
}
