package ch.so.integration.daycenter.mis;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ch.so.integration.daycenter.place.Place;
import ch.so.integration.daycenter.place.PlaceStatus;

/** The places the MIS counts (read only; uses the index on status and dates). */
@ApplicationScoped
public class MisPlaces {

    private final EntityManager entityManager;

    MisPlaces(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Places not cancelled that overlap the days from {@code from} to {@code to}, with their work areas. */
    public List<Place> overlapping(LocalDate from, LocalDate to) {
        return entityManager.createQuery("""
                        select distinct p from Place p left join fetch p.workAreas
                         where p.status <> :cancelled and p.startDate <= :to
                           and (p.endDate is null or p.endDate >= :from)""", Place.class)
                .setParameter("cancelled", PlaceStatus.CANCELLED)
                .setParameter("from", from).setParameter("to", to)
                .getResultList();
    }
}
