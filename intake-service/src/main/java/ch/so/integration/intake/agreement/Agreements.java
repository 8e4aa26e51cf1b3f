package ch.so.integration.intake.agreement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The agreements repository; one agreement per placement (unique index). */
@ApplicationScoped
public class Agreements {

    private final EntityManager entityManager;

    Agreements(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Agreement agreement) {
        entityManager.persist(agreement);
    }

    public Optional<Agreement> byId(UUID id) {
        return Optional.ofNullable(entityManager.find(Agreement.class, id));
    }

    public Optional<Agreement> ofPlacement(UUID placementId) {
        return entityManager.createQuery("from Agreement a where a.placementId = :placement", Agreement.class)
                .setParameter("placement", placementId).getResultStream().findFirst();
    }

    /** The agreements of many placements at once (no N+1 when listing). */
    public List<Agreement> ofPlacements(List<UUID> placementIds) {
        if (placementIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("from Agreement a where a.placementId in :placements", Agreement.class)
                .setParameter("placements", placementIds).getResultList();
    }
}
