package ch.so.integration.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.security.Actors;
import ch.so.integration.platform.web.ProblemException;

/**
 * Makes creates safe to retry. A client sends {@code Idempotency-Key: <unique value>}; the first request with that
 * key (per operation and caller) runs and its response is stored in the same transaction; a retry with the same
 * key and the same body gets the stored response again (nothing is created twice); the same key with a different
 * body is refused with 422. A concurrent retry waits for the first request's transaction and then replays it.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final Actors actors;

    Idempotency(EntityManager entityManager, ObjectMapper mapper, Actors actors) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.actors = actors;
    }

    /** The outcome of a create: the new (or first) resource's id and response body, and whether it is a replay. */
    public record Result<T>(String id, T body, boolean replayed) {

        /**
         * The 201 answer of a create: {@code Location} {@code <collection>/<id>}, the {@value #REPLAYED_HEADER}
         * header, and the body.
         */
        public jakarta.ws.rs.core.Response created(String collection) {
            return jakarta.ws.rs.core.Response.created(java.net.URI.create(collection + "/" + id))
                    .header(REPLAYED_HEADER, replayed).entity(body).build();
        }

        /** The 200 answer of a retry-safe command: the body and the {@value #REPLAYED_HEADER} header. */
        public jakarta.ws.rs.core.Response ok() {
            return jakarta.ws.rs.core.Response.ok(body).header(REPLAYED_HEADER, replayed).build();
        }
    }

    /**
     * @param operation names the endpoint, e.g. {@code intake.register-person}
     * @param key       the client's Idempotency-Key, or null to run without protection
     * @param request   the request body (its hash detects a key reused for something else)
     * @param create    does the work and returns the new resource's id and response body
     * @param replayed  called with a replayed result: a replay shows personal data again, so callers audit it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Result<T> once(String operation, String key, Object request, Class<T> responseType,
                              Supplier<Result<T>> create, Consumer<Result<T>> replayed) {
        if (key == null) {
            return create.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalidField(HEADER, "must be 1 to 200 visible ASCII characters");
        }
        String scope = operation + ":" + actors.current().name();
        String hash = hash(request);
        int inserted = entityManager.createNativeQuery("""
                        insert into idempotency_key (scope, idempotency_key, request_hash) values (?1, ?2, ?3)
                        on conflict do nothing""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, hash)
                .executeUpdate();
        if (inserted == 1) {
            Result<T> result = create.get();
            entityManager.createNativeQuery("""
                            update idempotency_key set resource_id = ?3, response = cast(?4 as jsonb)
                             where scope = ?1 and idempotency_key = ?2""")
                    .setParameter(1, scope).setParameter(2, key).setParameter(3, result.id())
                    .setParameter(4, json(result.body()))
                    .executeUpdate();
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> stored = entityManager.createNativeQuery("""
                        select request_hash, resource_id, response::text from idempotency_key
                         where scope = ?1 and idempotency_key = ?2""")
                .setParameter(1, scope).setParameter(2, key)
                .getResultList();
        Object[] row = stored.getFirst();
        if (!hash.equals(row[0])) {
            throw new ProblemException(Problem.of(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different request. Use a new key for a new request."));
        }
        Result<T> replay;
        try {
            replay = new Result<>((String) row[1], mapper.readValue((String) row[2], responseType), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent response unreadable", e);
        }
        replayed.accept(replay);
        return replay;
    }

    /**
     * Forgets the stored responses of the given resources (every scope and caller): the rows whose
     * {@code resource_id} is one of the ids are deleted in the caller's transaction. For a service that must erase
     * content for good (a stored response is a copy of it). A later request with a forgotten key runs again, as it
     * would once the key expired. A service calling this should index {@code idempotency_key (resource_id)}.
     *
     * @return the number of rows deleted
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forget(Collection<String> resourceIds) {
        if (resourceIds == null || resourceIds.isEmpty()) {
            return 0;
        }
        int deleted = 0;
        List<String> ids = resourceIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            deleted += entityManager.createNativeQuery("delete from idempotency_key where resource_id in (:ids)")
                    .setParameter("ids", chunk)
                    .executeUpdate();
        }
        return deleted;
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
