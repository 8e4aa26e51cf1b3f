package ch.so.integration.intake.programme;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/** The postal-code coordinates (Postal code data © GeoNames, CC BY 4.0). Lookups by zip code use the primary key. */
@ApplicationScoped
public class PostalCodes {

    static final int BATCH_SIZE = 500;

    private static final String UPSERT = """
            insert into postal_code (zipcode, place, municipality_number, canton_code, latitude, longitude, imported_at)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (zipcode, place, municipality_number) do update
               set canton_code = excluded.canton_code, latitude = excluded.latitude,
                   longitude = excluded.longitude, imported_at = excluded.imported_at""";

    private final EntityManager entityManager;

    PostalCodes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Inserts new entries and updates known ones (same zip code, place and municipality), in JDBC batches, in the
     * caller's transaction. Entries must be distinct by {@link PostalCodeEntry#key()}.
     */
    public void upsert(Collection<PostalCodeEntry> entries, Instant importedAt) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
                Timestamp at = Timestamp.from(importedAt);
                int pending = 0;
                for (PostalCodeEntry entry : entries) {
                    statement.setString(1, entry.zipcode());
                    statement.setString(2, entry.place());
                    statement.setInt(3, entry.municipalityNumber());
                    statement.setString(4, entry.cantonCode());
                    statement.setDouble(5, entry.latitude());
                    statement.setDouble(6, entry.longitude());
                    statement.setTimestamp(7, at);
                    statement.addBatch();
                    if (++pending == BATCH_SIZE) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        });
    }

    /** The places of a zip code, by name. */
    public List<PostalCodeEntry> byZipcode(String zipcode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select zipcode, place, municipality_number, canton_code, latitude, longitude
                          from postal_code where zipcode = ?1 order by place, municipality_number""")
                .setParameter(1, zipcode)
                .getResultList();
        return rows.stream().map(row -> new PostalCodeEntry((String) row[0], (String) row[1],
                ((Number) row[2]).intValue(), (String) row[3], ((Number) row[4]).doubleValue(),
                ((Number) row[5]).doubleValue())).toList();
    }

    /** The centre of a zip code: the mean of its places' coordinates; empty for an unknown zip code. */
    public Optional<Coordinates> centreOf(String zipcode) {
        Object[] row = (Object[]) entityManager.createNativeQuery(
                        "select avg(latitude), avg(longitude) from postal_code where zipcode = ?1")
                .setParameter(1, zipcode)
                .getSingleResult();
        if (row[0] == null) {
            return Optional.empty();
        }
        return Optional.of(new Coordinates(((Number) row[0]).doubleValue(), ((Number) row[1]).doubleValue()));
    }

    /** The first place name of a zip code (by name), e.g. to name where a programme runs. */
    public Optional<String> placeOf(String zipcode) {
        return byZipcode(zipcode).stream().map(PostalCodeEntry::place).findFirst();
    }
}
