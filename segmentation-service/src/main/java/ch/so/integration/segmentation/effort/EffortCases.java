package ch.so.integration.segmentation.effort;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The integration cases effort may be recorded for: read with SQL from the case table (the case aggregate belongs
 * to the case process; the effort entries only need to know that a case exists and when it was opened and closed).
 */
@ApplicationScoped
public class EffortCases {

    /** The case's person (intake's id, the audit subject) and when it was opened and closed (null while open). */
    public record CaseDates(UUID personId, LocalDate openedOn, LocalDate closedOn) {
    }

    private final EntityManager entityManager;

    EffortCases(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<CaseDates> dates(UUID caseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select person_id, opened_on, closed_on from integration_case where id = ?1")
                .setParameter(1, caseId).getResultList();
        return rows.stream().findFirst().map(row -> new CaseDates(uuid(row[0]), date(row[1]), date(row[2])));
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
