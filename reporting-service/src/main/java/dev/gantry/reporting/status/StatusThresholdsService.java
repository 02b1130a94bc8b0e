package dev.gantry.reporting.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.http.ETags;
import dev.gantry.reporting.status.domain.StatusThresholds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The RAG thresholds in force: the PMO's (table {@code st_thresholds}, version 1 and up) once it has set them, the
 * configured defaults (version 0) until then.
 */
@ApplicationScoped
public class StatusThresholdsService {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    /** The thresholds with their version (the ETag) and who set them (null for the defaults). */
    public record Current(StatusThresholds thresholds, long version, String updatedBy, Instant updatedAt) {
    }

    private final EntityManager em;
    private final StatusConfig config;
    private final Clock clock;

    StatusThresholdsService(EntityManager em, StatusConfig config, Clock clock) {
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    /** Contradictory configured defaults stop the service at start-up rather than rate projects wrongly. */
    void onStart(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event) {
        Map<String, String> problems = defaults().problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("gantry.reporting.status.thresholds: " + problems);
        }
    }

    @Transactional
    public Current current() {
        List<?> rows = em.createNativeQuery("select body, version, updated_by, updated_at from st_thresholds")
                .getResultList();
        if (rows.isEmpty()) {
            return new Current(defaults(), 0, null, null);
        }
        Object[] row = (Object[]) rows.get(0);
        return new Current(read((String) row[0]), ((Number) row[1]).longValue(), (String) row[2],
                row[3] instanceof OffsetDateTime at ? at.toInstant() : (Instant) row[3]);
    }

    /** Replaces the thresholds if {@code ifMatch} names the version in force: 428 without it, 412 if stale. */
    @Transactional
    public Current replace(String ifMatch, StatusThresholds thresholds, String user) {
        // One writer at a time, whether or not a row exists yet.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended('status-thresholds', 0))")
                .getSingleResult();
        Current current = current();
        ETags.requireMatch(ifMatch, current.version());
        Map<String, String> problems = thresholds.problems();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.entrySet().stream()
                    .map(p -> FieldError.body("/" + p.getKey(), p.getValue())).toList());
        }
        long version = current.version() + 1;
        Instant now = clock.instant();
        em.createNativeQuery("""
                        insert into st_thresholds (id, body, version, updated_by, updated_at) values (1, ?1, ?2, ?3, ?4)
                        on conflict (id) do update set body = excluded.body, version = excluded.version,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .setParameter(1, write(thresholds)).setParameter(2, version).setParameter(3, user)
                .setParameter(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
        return new Current(thresholds, version, user, now);
    }

    private StatusThresholds defaults() {
        StatusConfig.Thresholds t = config.thresholds();
        return new StatusThresholds(t.amberSlipDays(), t.redSlipDays(), t.spiAmberBelow(), t.spiRedBelow(),
                t.cpiAmberBelow(), t.cpiRedBelow(), t.forecastAmberOverPercent(), t.forecastRedOverPercent(),
                t.riskAmberLevel(), t.riskRedLevel(), t.resourcesRedEpisodes());
    }

    private static StatusThresholds read(String json) {
        try {
            return JSON.readValue(json, StatusThresholds.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable status thresholds in st_thresholds", e);
        }
    }

    private static String write(StatusThresholds thresholds) {
        try {
            return JSON.writeValueAsString(thresholds);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
