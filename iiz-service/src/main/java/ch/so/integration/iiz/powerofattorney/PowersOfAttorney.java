package ch.so.integration.iiz.powerofattorney;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The Vollmacht repository. Lookups by case use the (case_id, signed_on) index. */
@ApplicationScoped
public class PowersOfAttorney {

    private final EntityManager entityManager;

    PowersOfAttorney(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(PowerOfAttorney powerOfAttorney) {
        entityManager.persist(powerOfAttorney);
    }

    public Optional<PowerOfAttorney> byId(UUID caseId, UUID id) {
        return entityManager.createQuery("""
                        select distinct p from PowerOfAttorney p left join fetch p.institutions
                         where p.id = :id and p.caseId = :case""", PowerOfAttorney.class)
                .setParameter("id", id).setParameter("case", caseId)
                .getResultList().stream().findFirst();
    }

    /** A case's Vollmachten with their institutions, newest first (a case has a handful: not paged). */
    public List<PowerOfAttorney> ofCase(UUID caseId) {
        return entityManager.createQuery("""
                        select distinct p from PowerOfAttorney p left join fetch p.institutions
                         where p.caseId = :case order by p.signedOn desc, p.recordedAt desc""", PowerOfAttorney.class)
                .setParameter("case", caseId)
                .getResultList();
    }

    /** IZ-01: whether a Vollmacht of the case, valid on that day and not ended, names the institution. */
    public boolean covers(UUID caseId, String institution, LocalDate day) {
        return !entityManager.createQuery("""
                        select p.id from PowerOfAttorney p join p.institutions i
                         where p.caseId = :case and i = :institution and p.endReason is null
                           and p.signedOn <= :today and p.validUntil >= :today""", UUID.class)
                .setParameter("case", caseId).setParameter("institution", institution).setParameter("today", day)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
