package ch.so.integration.intake.placement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** The placements repository (and the place capacities). */
@ApplicationScoped
public class Placements {

    private final EntityManager entityManager;

    Placements(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Placement placement) {
        entityManager.persist(placement);
    }

    public Optional<Placement> byId(UUID id) {
        return Optional.ofNullable(entityManager.find(Placement.class, id));
    }

    public Page<Placement> ofPerson(UUID personId, PageQuery page) {
        long total = entityManager.createQuery("select count(p) from Placement p where p.personId = :person", Long.class)
                .setParameter("person", personId).getSingleResult();
        var items = entityManager.createQuery(
                        "from Placement p where p.personId = :person order by p.startDate desc, p.id", Placement.class)
                .setParameter("person", personId)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        return Page.of(items, page, total);
    }

    /**
     * The places of a type taken today (DC-08): pending and active placements, and ended ones whose last day has not
     * passed (an exit with notice keeps the place until then).
     */
    public long openOfType(PlacementType type) {
        return entityManager.createQuery("select count(p) from Placement p where p.type = :type and (p.status in "
                        + "(ch.so.integration.intake.placement.PlacementStatus.PENDING, "
                        + "ch.so.integration.intake.placement.PlacementStatus.ACTIVE) or (p.status = "
                        + "ch.so.integration.intake.placement.PlacementStatus.ENDED and p.endDate >= :today))",
                        Long.class)
                .setParameter("type", type).setParameter("today", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Zurich")))
                .getSingleResult();
    }

    /** Ended AMI placements whose last day passed and whose programme place is still held. */
    public List<Placement> withProgrammePlaceDue(java.time.LocalDate today) {
        return entityManager.createQuery("from Placement p where p.programmeId is not null "
                        + "and p.programmePlaceReleased = false and p.endDate < :today and p.status in "
                        + "(ch.so.integration.intake.placement.PlacementStatus.ENDED, "
                        + "ch.so.integration.intake.placement.PlacementStatus.CANCELLED)", Placement.class)
                .setParameter("today", today).setMaxResults(500).getResultList();
    }

    /** Whether the person ever had a pass(t)genau entry phase booked (PG-02). */
    public boolean hadEntryPhase(UUID personId) {
        return !entityManager.createQuery("select p.id from Placement p join p.modules m where p.personId = :person "
                        + "and p.type = ch.so.integration.intake.placement.PlacementType.PASST_GENAU "
                        + "and m.module = ch.so.integration.intake.placement.PasstGenauModule.ENTRY_PHASE "
                        + "and p.status in (ch.so.integration.intake.placement.PlacementStatus.ACTIVE, "
                        + "ch.so.integration.intake.placement.PlacementStatus.ENDED)", UUID.class)
                .setParameter("person", personId).setMaxResults(1).getResultList().isEmpty();
    }

    /** The capacity of a setting, locked so concurrent placements take places one after the other. */
    public Optional<PlaceCapacity> capacityForUpdate(PlacementType type) {
        return Optional.ofNullable(entityManager.find(PlaceCapacity.class, type, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<PlaceCapacity> capacity(PlacementType type) {
        return Optional.ofNullable(entityManager.find(PlaceCapacity.class, type));
    }

    public List<PlaceCapacity> capacities() {
        return entityManager.createQuery("from PlaceCapacity c order by c.type", PlaceCapacity.class).getResultList();
    }

    public void add(PlaceCapacity capacity) {
        entityManager.persist(capacity);
    }
}
