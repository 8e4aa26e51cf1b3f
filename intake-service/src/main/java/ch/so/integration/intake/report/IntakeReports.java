package ch.so.integration.intake.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ch.so.integration.intake.placement.PlacementType;

/**
 * The report's queries: everything is counted by PostgreSQL with GROUP BY, in two queries whatever the length of
 * the period; no placement is loaded.
 */
@ApplicationScoped
public class IntakeReports {

    /*
     * A placement's type changes with a transfer (a SETTING mutation: from_value the old, to_value the new setting,
     * effective from effective_date), while the placement row holds only the current type. So the figures follow
     * the history: a placement enters with the old type of its first transfer (its current type without
     * transfers), moves at each transfer's effective date, and exits with the new type of its last transfer, first
     * and last in the order they were recorded (each transfer's old type is the type the placement had when it was
     * recorded, so that order makes a chain). A transfer recorded with an effective date before an earlier
     * recorded one makes the history contradict itself; the counts per type between the two dates may then be off
     * (even negative), the totals stay right.
     *
     * live: the placements that count for the period. Not CANCELLED (a cancelled placement never started), not
     * ended before its start (an exit may name the day before the start), and overlapping the period.
     * setting: their transfers (the same conditions, on the few SETTING rows); one effective after the placement's
     * last day never took effect.
     * change: occupancy as +1 / -1 per type and day. A placement holds a place from its start up to and including
     * its end date, so it gives its place back the day after. The places held on a month's last day are the sum of
     * all changes up to that day: the changes are summed per month (those before the period into its first
     * month), then accumulated over the months. No placement is joined with every month.
     *
     * Indexes: placement_mutation_kind_date finds the SETTING rows; live reads every placement that started by the
     * period's end and has not ended before it (an open placement from years ago still holds a place), which for
     * most of the table is a sequential scan by nature. Each placement and each transfer is read once; placed and
     * setting are materialized once for the parts that read them.
     */
    private static final String COUNTS = """
            with live as (
                select p.id, p.type, p.status, p.start_date, p.end_date
                  from placement p
                 where p.status <> 'CANCELLED'
                   and p.start_date <= :periodEnd
                   and (p.end_date is null or (p.end_date >= :periodStart and p.end_date >= p.start_date))
            ),
            setting as (
                select m.placement_id, m.position, m.effective_date, m.from_value, m.to_value,
                       (p.end_date is null or m.effective_date <= p.end_date) as took_effect
                  from placement_mutation m
                  join placement p on p.id = m.placement_id
                 where m.kind = 'SETTING'
                   and p.status <> 'CANCELLED'
                   and p.start_date <= :periodEnd
                   and (p.end_date is null or (p.end_date >= :periodStart and p.end_date >= p.start_date))
            ),
            transferred as (
                select placement_id,
                       (array_agg(from_value order by position))[1] as first_type,
                       (array_agg(to_value order by position desc) filter (where took_effect))[1] as last_type
                  from setting
                 group by placement_id
            ),
            placed as (
                select l.status, l.start_date, l.end_date,
                       coalesce(t.first_type, l.type) as first_type,
                       coalesce(t.last_type, t.first_type, l.type) as last_type
                  from live l
                  left join transferred t on t.placement_id = l.id
            ),
            change as (
                select first_type as type, start_date as day, 1 as delta from placed
                union all
                select last_type, end_date + 1, -1 from placed where end_date is not null
                union all
                select from_value, effective_date, -1 from setting where took_effect
                union all
                select to_value, effective_date, 1 from setting where took_effect
            ),
            monthly_change as (
                select case when day < :periodStart then :firstMonth else to_char(day, 'YYYY-MM') end as month,
                       type, sum(delta) as delta
                  from change
                 where day <= :periodEnd
                 group by 1, 2
            ),
            months as (
                select to_char(m, 'YYYY-MM') as month
                  from generate_series(cast(:periodStart as timestamp), cast(:lastMonthStart as timestamp),
                                       interval '1 month') m
            )
            select to_char(start_date, 'YYYY-MM'), 'ENTRIES', first_type, count(*)
              from placed
             where start_date between :periodStart and :periodEnd
             group by 1, 3
            union all
            select to_char(end_date, 'YYYY-MM'), 'EXITS', last_type, count(*)
              from placed
             where status = 'ENDED' and end_date between :periodStart and :periodEnd
             group by 1, 3
            union all
            select to_char(effective_date, 'YYYY-MM'), 'TRANSFERS_IN', to_value, count(*)
              from setting
             where took_effect and effective_date between :periodStart and :periodEnd
             group by 1, 3
            union all
            select to_char(effective_date, 'YYYY-MM'), 'TRANSFERS_OUT', from_value, count(*)
              from setting
             where took_effect and effective_date between :periodStart and :periodEnd
             group by 1, 3
            union all
            select mo.month, 'OCCUPIED_AT_MONTH_END', c.type, sum(c.delta)
              from months mo
              join monthly_change c on c.month <= mo.month
             group by mo.month, c.type
            """;

    /* The day-center places per IVSE B setting, and the places of the whole AMI programme catalogue. */
    private static final String CAPACITIES = """
            select c.placement_type, c.places
              from place_capacity c
            union all
            select 'AMI_PROGRAMME', cast(sum(p.capacity) as integer)
              from programme p
            having count(*) > 0
            """;

    private final EntityManager entityManager;

    IntakeReports(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The non-zero figures of every month of the period (one statement). Needs a transaction: it switches off
     * PostgreSQL's JIT compilation for it.
     */
    public List<MonthlyCount> monthlyCounts(ReportPeriod period) {
        /*
         * The planner overestimates the month join and would JIT-compile the statement: with 200,000 placements
         * that took 5 s instead of 1 s (measured on the dev machine). Transaction-local, so nothing else is affected.
         */
        entityManager.createNativeQuery("select set_config('jit', 'off', true)").getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(COUNTS)
                .setParameter("periodStart", period.firstDay())
                .setParameter("periodEnd", period.lastDay())
                .setParameter("firstMonth", period.from().toString())
                .setParameter("lastMonthStart", period.to().atDay(1))
                .getResultList();
        List<MonthlyCount> counts = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            counts.add(new MonthlyCount(YearMonth.parse((String) row[0]), Measure.valueOf((String) row[1]),
                    type((String) row[2]), ((Number) row[3]).longValue()));
        }
        return counts;
    }

    /** The current capacities: IVSE B settings that have one set, and AMI programmes when the catalogue has any. */
    public Map<PlacementType, Integer> capacities() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(CAPACITIES).getResultList();
        Map<PlacementType, Integer> capacities = new EnumMap<>(PlacementType.class);
        for (Object[] row : rows) {
            capacities.put(type((String) row[0]), ((Number) row[1]).intValue());
        }
        return capacities;
    }

    private static PlacementType type(String name) {
        try {
            return PlacementType.valueOf(name);
        } catch (IllegalArgumentException e) {
            // the placement table's check constraint and the code that writes mutations allow only the enum's names
            throw new IllegalStateException("unknown placement type in the data: " + name, e);
        }
    }
}
