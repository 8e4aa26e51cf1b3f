package ch.so.integration.intake.financing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The financing instruments repository. */
@ApplicationScoped
public class FinancingInstruments {

    private final EntityManager entityManager;

    FinancingInstruments(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(FinancingInstrument instrument) {
        entityManager.persist(instrument);
    }

    /**
     * Supersedes the current instrument and adds its successor; the old one is written first, so the database keeps
     * at most one current instrument per placement.
     */
    public void replace(FinancingInstrument current, FinancingInstrument next, java.time.Clock clock) {
        if (current != null) {
            current.supersede(next.neededFrom(), next.id(), clock);
            entityManager.flush();
        }
        entityManager.persist(next);
    }

    public Optional<FinancingInstrument> byId(UUID id) {
        return Optional.ofNullable(entityManager.find(FinancingInstrument.class, id));
    }

    /** All instruments of a placement, newest first (a placement has a handful). */
    public List<FinancingInstrument> ofPlacement(UUID placementId) {
        return entityManager.createQuery("from FinancingInstrument f where f.placementId = :placement "
                        + "order by f.requestedAt desc, f.id", FinancingInstrument.class)
                .setParameter("placement", placementId).getResultList();
    }

    /** The current (requested or granted) instrument of a placement. */
    public Optional<FinancingInstrument> currentOf(UUID placementId) {
        return ofPlacement(placementId).stream().filter(FinancingInstrument::isCurrent).findFirst();
    }

    /** The current instruments of many placements at once (no N+1 when listing). */
    public List<FinancingInstrument> currentOf(List<UUID> placementIds) {
        if (placementIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("from FinancingInstrument f where f.placementId in :placements "
                        + "and f.status in (ch.so.integration.intake.financing.InstrumentStatus.REQUESTED, "
                        + "ch.so.integration.intake.financing.InstrumentStatus.GRANTED)", FinancingInstrument.class)
                .setParameter("placements", placementIds).getResultList();
    }
}
