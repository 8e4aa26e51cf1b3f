package ch.so.integration.segmentation.controlling;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ch.so.integration.segmentation.controlling.CaseHistory.Decision;
import ch.so.integration.segmentation.controlling.CaseHistory.Detachment;
import ch.so.integration.segmentation.controlling.CaseHistory.Effort;
import ch.so.integration.segmentation.effort.EffortKind;

/**
 * SG-12: reads the anonymous case histories straight from the case tables, with four set queries (no query per
 * case). Case ids are used only to put the rows of one case together inside {@link #between}; what leaves is a list
 * of {@link CaseHistory} without ids, names, persons, caseworkers, reasons or texts. Cases whose entitlement is not
 * yet checked (still in intake) are left out: they cannot be put in either group (SG-11).
 */
@ApplicationScoped
public class ControllingHistories {

    /** The cases that may count in the period: opened by its end, not closed before its start. */
    private static final String CASES_IN_PERIOD = """
            select c.id from integration_case c
             where c.entitled is not null and c.opened_on <= ?2 and (c.closed_on is null or c.closed_on >= ?1)""";

    private final EntityManager entityManager;

    ControllingHistories(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The histories of the cases that were open at some time from {@code from} to {@code to}, in no order. */
    public List<CaseHistory> between(LocalDate from, LocalDate to) {
        Map<UUID, Builder> cases = new LinkedHashMap<>();
        for (Object[] row : rows("""
                select c.id, c.entitled, c.assistance_type, c.social_region, c.opened_on, c.detached_on, c.closed_on
                  from integration_case c
                 where c.id in (""" + CASES_IN_PERIOD + ")", from, to)) {
            Builder b = new Builder();
            b.entitlement = Boolean.TRUE.equals(row[1]) ? Entitlement.ENTITLED : Entitlement.PREVENTION;
            b.assistanceType = (String) row[2];
            b.region = (String) row[3];
            b.openedOn = date(row[4]);
            b.detachedOn = date(row[5]);
            b.closedOn = date(row[6]);
            cases.put((UUID) row[0], b);
        }
        if (cases.isEmpty()) {
            return List.of();
        }
        for (Object[] row : rows("""
                select d.case_id, d.decided_on, d.segment, d.valid_until from segment_decision d
                 where d.case_id in (""" + CASES_IN_PERIOD + ") order by d.case_id, d.sequence_no", from, to)) {
            cases.get((UUID) row[0]).decisions.add(new Decision(date(row[1]), Segment.valueOf(String.valueOf(row[2])),
                    date(row[3])));
        }
        for (Object[] row : rows("""
                select r.case_id, r.held_on from case_review r
                 where r.kind <> 'FINAL' and r.case_id in (""" + CASES_IN_PERIOD + ")", from, to)) {
            cases.get((UUID) row[0]).reviews.add(date(row[1]));
        }
        for (Object[] row : rows("""
                select e.case_id, e.worked_on, e.kind, sum(e.minutes) from effort_entry e
                 where e.case_id in (""" + CASES_IN_PERIOD + ") group by e.case_id, e.worked_on, e.kind", from, to)) {
            cases.get((UUID) row[0]).efforts.add(new Effort(date(row[1]), EffortKind.valueOf((String) row[2]),
                    ((Number) row[3]).intValue()));
        }
        return cases.values().stream().map(Builder::build).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, LocalDate from, LocalDate to) {
        return entityManager.createNativeQuery(sql).setParameter(1, from).setParameter(2, to).getResultList();
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static final class Builder {
        Entitlement entitlement;
        String assistanceType;
        String region;
        LocalDate openedOn;
        LocalDate detachedOn;
        LocalDate closedOn;
        final List<Decision> decisions = new ArrayList<>();
        final List<LocalDate> reviews = new ArrayList<>();
        final List<Effort> efforts = new ArrayList<>();

        CaseHistory build() {
            // no date of birth is kept in the segmentation service: the age band stays unknown
            return new CaseHistory(entitlement, assistanceType, region, null, openedOn, decisions, reviews,
                    detachedOn == null ? null : new Detachment(detachedOn), closedOn, efforts);
        }
    }
}
