package ch.so.integration.intake.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** The programmes repository. Every lookup has an index (see the migration). */
@ApplicationScoped
public class Programmes {

    /** A programme found by the search, with its distance from the origin in km. */
    public record Nearby(Programme programme, double distanceKm) {
    }

    /*
     * Great-circle (haversine) distance in km from the origin (?1 latitude, ?2 longitude) to a postal code's centre c;
     * the same formula as Coordinates.distanceKm.
     */
    private static final String DISTANCE = """
            2 * %s * asin(least(1, sqrt(
                power(sin(radians(c.latitude - ?1) / 2), 2)
                + cos(radians(?1)) * cos(radians(c.latitude)) * power(sin(radians(c.longitude - ?2) / 2), 2))))"""
            .formatted(Coordinates.EARTH_RADIUS_KM);

    /*
     * Programmes whose postal code's centre (the mean of its places' coordinates) lies within the radius (?3 km).
     * The bounding box (?4 to ?7) picks the candidate postal codes through the coordinates index; the exact distance
     * then decides.
     */
    private static final String NEARBY = """
             from programme p
             join (select zipcode, avg(latitude) as latitude, avg(longitude) as longitude
                     from postal_code
                    where zipcode in (select zipcode from postal_code
                                       where latitude between ?4 and ?5 and longitude between ?6 and ?7)
                    group by zipcode) c on c.zipcode = p.postal_code
            where %s <= ?3""".formatted(DISTANCE);

    private final EntityManager entityManager;

    Programmes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Programme programme) {
        entityManager.persist(programme);
    }

    public Optional<Programme> byId(UUID id) {
        return Optional.ofNullable(entityManager.find(Programme.class, id));
    }

    /**
     * The programme with its row locked for writing until the caller's transaction ends: concurrent placements take
     * its places one after the other. Needs an active transaction.
     */
    public Optional<Programme> byIdForUpdate(UUID id) {
        return Optional.ofNullable(entityManager.find(Programme.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Programmes by name, optionally of one provider and/or one type; with their providers (one query). */
    public Page<Programme> list(UUID providerId, ProgrammeType type, PageQuery page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (providerId != null) {
            where.append(" and p.providerId = :provider");
        }
        if (type != null) {
            where.append(" and p.type = :type");
        }
        TypedQuery<Long> count = entityManager.createQuery("select count(p) from Programme p" + where, Long.class);
        TypedQuery<Programme> select = entityManager.createQuery(
                "from Programme p join fetch p.provider" + where + " order by p.name, p.id", Programme.class);
        for (TypedQuery<?> query : List.of(count, select)) {
            if (providerId != null) {
                query.setParameter("provider", providerId);
            }
            if (type != null) {
                query.setParameter("type", type);
            }
        }
        List<Programme> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, count.getSingleResult());
    }

    /**
     * AM-04: programmes (optionally of one type) that run within {@code radiusKm} of the origin, nearest first, with
     * their providers. Three queries whatever the page size: count, ids with distances, programmes.
     */
    public Page<Nearby> near(Coordinates origin, double radiusKm, ProgrammeType type, PageQuery page) {
        String typeFilter = type == null ? "" : " and p.type = ?8";
        Query count = entityManager.createNativeQuery("select count(*)" + NEARBY + typeFilter);
        Query select = entityManager.createNativeQuery("select p.id, " + DISTANCE + " as distance" + NEARBY
                + typeFilter + " order by distance, p.name, p.id");
        Coordinates.BoundingBox box = origin.around(radiusKm);
        for (Query query : List.of(count, select)) {
            query.setParameter(1, origin.latitude()).setParameter(2, origin.longitude()).setParameter(3, radiusKm)
                    .setParameter(4, box.minLatitude()).setParameter(5, box.maxLatitude())
                    .setParameter(6, box.minLongitude()).setParameter(7, box.maxLongitude());
            if (type != null) {
                query.setParameter(8, type.name());
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        if (rows.isEmpty()) {
            return Page.of(List.of(), page, total);
        }
        List<UUID> ids = rows.stream().map(row -> (UUID) row[0]).toList();
        Map<UUID, Programme> programmes = entityManager.createQuery(
                        "from Programme p join fetch p.provider where p.id in :ids", Programme.class)
                .setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Programme::id, Function.identity()));
        List<Nearby> items = new ArrayList<>();
        for (Object[] row : rows) {
            items.add(new Nearby(programmes.get((UUID) row[0]), ((Number) row[1]).doubleValue()));
        }
        return Page.of(items, page, total);
    }
}
