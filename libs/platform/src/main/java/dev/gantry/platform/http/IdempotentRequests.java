package dev.gantry.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.GantryException;
import dev.gantry.platform.errors.ProblemType;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Safe retries of POST: the first response to an {@code Idempotency-Key} is stored in the same transaction as the
 * work it describes, and a repeat of the same request with the same key gets that response again instead of doing
 * the work twice. Keys are scoped to the caller and the operation.
 *
 * <p>The key is claimed with {@code INSERT … ON CONFLICT DO NOTHING} before the work: a concurrent request with the
 * same key waits on PostgreSQL's row lock until the first commits, then replays its response. A failed request stores
 * nothing (its transaction rolls back), so it may be retried with the same key.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;
    private static final String KEY_RULE = "must be 1 to " + MAX_KEY_LENGTH + " characters, e.g. a UUID";

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final CurrentUser user;

    IdempotentRequests(EntityManager em, ObjectMapper mapper, CurrentUser user) {
        this.em = em;
        this.mapper = mapper;
        this.user = user;
    }

    /**
     * An {@code Idempotency-Key} header sent empty reaches an endpoint as no header at all, which would silently run
     * the request without the protection the client asked for; it is refused before matching instead.
     */
    @ServerRequestFilter(preMatching = true)
    public Response refuseEmptyKey(ContainerRequestContext request) {
        List<String> keys = request.getHeaders().get(HEADER);
        if (keys == null || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            return null;
        }
        if (keys.stream().anyMatch(key -> key == null || key.isBlank())) {
            FieldError error = FieldError.parameter(HEADER, KEY_RULE);
            return ProblemResponses.of(ProblemType.VALIDATION, 400, HEADER + ": " + KEY_RULE,
                    ServiceRoot.external(request.getUriInfo().getPath()), List.of(error), List.of());
        }
        return null;
    }

    /**
     * Runs {@code work} once per key: {@code operation} names the endpoint (e.g. {@code POST /api/projects}),
     * {@code request} is the parsed body, used to recognise a key reused for a different request.
     */
    @Transactional
    public Response execute(String key, String operation, Object request, Supplier<Response> work) {
        if (key == null) {
            return work.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new ValidationException(FieldError.parameter(HEADER, KEY_RULE));
        }
        String scope = user.id() + " " + operation;
        String hash = hash(operation, request);
        int claimed = em.createNativeQuery("""
                        insert into idempotency_record (scope, idem_key, request_hash, created_at)
                        values (:scope, :key, :hash, now()) on conflict do nothing""")
                .setParameter("scope", scope).setParameter("key", key).setParameter("hash", hash)
                .executeUpdate();
        if (claimed == 0) {
            return replay(scope, key, hash);
        }
        Response response = work.get();
        em.createNativeQuery("""
                        update idempotency_record set status = :status, response_body = :body,
                               location = :location, etag = :etag
                        where scope = :scope and idem_key = :key""")
                .setParameter("status", response.getStatus())
                .setParameter("body", serialize(response.getEntity()))
                .setParameter("location", header(response, HttpHeaders.LOCATION))
                .setParameter("etag", header(response, HttpHeaders.ETAG))
                .setParameter("scope", scope).setParameter("key", key)
                .executeUpdate();
        return response;
    }

    private Response replay(String scope, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select request_hash, status, response_body, location, etag
                        from idempotency_record where scope = :scope and idem_key = :key""")
                .setParameter("scope", scope).setParameter("key", key)
                .getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw new GantryException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different request; use a new key for a new request");
        }
        Response.ResponseBuilder builder = Response.status(((Number) row[1]).intValue())
                .header(REPLAYED_HEADER, "true");
        if (row[2] != null) {
            builder.entity(row[2]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (row[3] != null) {
            builder.header(HttpHeaders.LOCATION, row[3]);
        }
        if (row[4] != null) {
            builder.header(HttpHeaders.ETAG, row[4]);
        }
        return builder.build();
    }

    /** Deletes records older than the retention; called by the platform's housekeeping. */
    @Transactional
    public int deleteOlderThan(java.time.Duration retention) {
        return em.createNativeQuery("delete from idempotency_record where created_at < now() - make_interval(secs => :secs)")
                .setParameter("secs", (double) retention.toSeconds())
                .executeUpdate();
    }

    private String hash(String operation, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(mapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }

    private String serialize(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return entity instanceof String text ? text : mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the response", e);
        }
    }

    private static String header(Response response, String name) {
        Object value = response.getMetadata().getFirst(name);
        return value == null ? null : value.toString();
    }
}
