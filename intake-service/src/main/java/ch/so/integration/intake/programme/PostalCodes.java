package ch.so.integration.intake.programme;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/** The postal-code coordinates (Postal code data © GeoNames, CC BY 4.0). Lookups by zip code use the primary key. */
@ApplicationScoped
public class PostalCodes {

    /** Rows per statement. */
    static final int BATCH_SIZE = 1_000;

    /*
     * One statement per batch: the rows travel as one array per column. A known row (same zip code, place and
     * municipality) is updated only when its canton or coordinates changed, so re-importing the same file writes
     * nothing.
     */
    private static final String UPSERT = """
            insert into postal_code (zipcode, place, municipality_number, canton_code, latitude, longitude, imported_at)
            select zipcode, place, municipality_number, canton_code, latitude, longitude, ?
              from unnest(?::varchar[], ?::varchar[], ?::integer[], ?::varchar[], ?::float8[], ?::float8[])
                   as row (zipcode, place, municipality_number, canton_code, latitude, longitude)
            on conflict (zipcode, place, municipality_number) do update
               set canton_code = excluded.canton_code, latitude = excluded.latitude,
                   longitude = excluded.longitude, imported_at = excluded.imported_at
             where (postal_code.canton_code, postal_code.latitude, postal_code.longitude)
                   is distinct from (excluded.canton_code, excluded.latitude, excluded.longitude)""";

    private final EntityManager entityManager;

    PostalCodes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Inserts new entries and updates changed ones (same zip code, place and municipality), in batches, in the
     * caller's transaction. Entries must be distinct by {@link PostalCodeEntry#key()}.
     *
     * @return how many rows were inserted or changed
     */
    public int upsert(List<PostalCodeEntry> entries, Instant importedAt) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            int written = 0;
            try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
                for (int from = 0; from < entries.size(); from += BATCH_SIZE) {
                    List<PostalCodeEntry> batch = entries.subList(from, Math.min(entries.size(), from + BATCH_SIZE));
                    statement.setObject(1, OffsetDateTime.ofInstant(importedAt, ZoneOffset.UTC));
                    statement.setArray(2, connection.createArrayOf("varchar",
                            batch.stream().map(PostalCodeEntry::zipcode).toArray()));
                    statement.setArray(3, connection.createArrayOf("varchar",
                            batch.stream().map(PostalCodeEntry::place).toArray()));
                    statement.setArray(4, connection.createArrayOf("integer",
                            batch.stream().map(PostalCodeEntry::municipalityNumber).toArray()));
                    statement.setArray(5, connection.createArrayOf("varchar",
                            batch.stream().map(PostalCodeEntry::cantonCode).toArray()));
                    statement.setArray(6, connection.createArrayOf("float8",
                            batch.stream().map(PostalCodeEntry::latitude).toArray()));
                    statement.setArray(7, connection.createArrayOf("float8",
                            batch.stream().map(PostalCodeEntry::longitude).toArray()));
                    written += statement.executeUpdate();
                }
            }
            return written;
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
