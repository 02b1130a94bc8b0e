package dev.gantry.reporting.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gantry.platform.events.ConsumptionGate;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The status reports' history, for "as of" answers. Every change to a project's inputs marks the project (a row
 * appended to {@code report_mark}, in the transaction of the event — appended, so that marking never waits for another
 * transaction); a job then stores the project's status report as the day's
 * snapshot — every project at the first run of a day, the marked ones at every run after — so the last snapshot taken
 * on a day is what the report said at the end of it (give or take one interval). Replicas take turns (advisory lock),
 * and no snapshot is taken while a replay is rebuilding the read models.
 */
@ApplicationScoped
public class StatusHistory {

    private static final Logger LOG = Logger.getLogger(StatusHistory.class);
    // Snapshots taken by an older version stay readable: fields it had that the report no longer has are ignored.
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A snapshot: the report as it stood and when it was taken. */
    public record Snapshot(StatusReport report, Instant takenAt) {
    }

    /** The transaction resource holding the projects a transaction has marked already. */
    private static final Object MARKED = new Object();

    private final EntityManager em;
    private final StatusService status;
    private final ConsumptionGate gate;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;

    StatusHistory(EntityManager em, StatusService status, ConsumptionGate gate, Clock clock,
                  TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.status = status;
        this.gate = gate;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * Marks the project for the next snapshot, in the caller's transaction: once per transaction and project (a batch
     * of schedule records, or a whole-network change's dozens of segments, would otherwise append a row for each).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markChanged(UUID projectId) {
        @SuppressWarnings("unchecked")
        Set<UUID> marked = (Set<UUID>) transactions.getResource(MARKED);
        if (marked == null) {
            marked = new HashSet<>();
            transactions.putResource(MARKED, marked);
        }
        if (marked.add(projectId)) {
            em.createNativeQuery("insert into report_mark (project_id) values (?1)").setParameter(1, projectId)
                    .executeUpdate();
        }
    }

    /** The projects with an allocation in an open over-allocation episode. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> projectsOfEpisode(UUID episodeId) {
        return em.createNativeQuery("select distinct project_id from st_overallocation_share where episode_id = ?1",
                UUID.class).setParameter(1, episodeId).getResultList().stream().map(UUID.class::cast).toList();
    }

    @Scheduled(identity = "status-snapshots", every = "${gantry.reporting.status.snapshots.every:60s}",
            delayed = "${gantry.reporting.status.snapshots.delay:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            takeDue();
        } catch (RuntimeException e) {
            LOG.warnf("Taking status snapshots failed (%s); retrying at the next interval", e.getMessage());
        }
    }

    /**
     * Takes the snapshots due now: today's of every project if none were taken today, else of the projects marked
     * since the last run. Returns how many were taken (0 when another replica holds the turn).
     */
    public int takeDue() {
        return gate.through(() -> QuarkusTransaction.requiringNew().call(this::takeDueInTransaction));
    }

    private int takeDueInTransaction() {
        Boolean turn = (Boolean) em.createNativeQuery(
                "select pg_try_advisory_xact_lock(hashtextextended('status-snapshots', 0))").getSingleResult();
        if (!turn) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        boolean firstOfDay = em.createNativeQuery("select 1 from report_snapshot_run where day = ?1")
                .setParameter(1, today).getResultList().isEmpty();
        // The marks committed so far; one appended meanwhile stays for the next run. Deleted in this transaction, so
        // they are back if it fails.
        List<UUID> marked = em.createNativeQuery("delete from report_mark returning project_id", UUID.class)
                .getResultList().stream().map(UUID.class::cast).distinct().toList();
        List<UUID> projects = firstOfDay
                ? em.createNativeQuery("select project_id from portfolio_project order by project_id", UUID.class)
                        .getResultList().stream().map(UUID.class::cast).toList()
                : marked;
        Instant now = clock.instant();
        int taken = 0;
        for (UUID projectId : projects) {
            Optional<StatusReport> report = status.status(projectId, today);
            if (report.isEmpty()) {
                continue;
            }
            em.createNativeQuery("""
                            insert into report_snapshot (project_id, day, body, taken_at) values (?1, ?2, ?3, ?4)
                            on conflict (project_id, day) do update set body = excluded.body,
                                taken_at = excluded.taken_at""")
                    .setParameter(1, projectId).setParameter(2, today).setParameter(3, write(report.get()))
                    .setParameter(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
            rate(report.get(), now);
            taken++;
        }
        if (firstOfDay) {
            em.createNativeQuery("""
                            insert into report_snapshot_run (day, projects, taken_at) values (?1, ?2, ?3)
                            on conflict do nothing""")
                    .setParameter(1, today).setParameter(2, taken)
                    .setParameter(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
        }
        return taken;
    }

    /** Copies the snapshot's ratings and forecast to the portfolio, for filters and totals across projects. */
    private void rate(StatusReport report, Instant now) {
        boolean forecast = report.earnedValue() != null && report.earnedValue().estimateAtCompletion() != null;
        em.createNativeQuery("""
                        update portfolio_project set overall_rag = ?2, schedule_rag = ?3, cost_rag = ?4, risk_rag = ?5,
                            resources_rag = ?6, forecast_amount = ?7, forecast_currency = ?8, rated_at = ?9
                        where project_id = ?1""")
                .setParameter(1, report.projectId()).setParameter(2, report.overall().rag().name())
                .setParameter(3, report.schedule().rag().name()).setParameter(4, report.cost().rag().name())
                .setParameter(5, report.risk().rag().name()).setParameter(6, report.resources().rag().name())
                .setParameter(7, forecast ? report.earnedValue().estimateAtCompletion() : null)
                .setParameter(8, forecast ? report.earnedValue().currency() : null)
                .setParameter(9, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
    }

    /**
     * The last snapshot taken on or before the day of every project {@code visibleTo} is a member of (null: of every
     * project), in no particular order.
     */
    @Transactional
    public List<Snapshot> allAsOf(LocalDate day, String visibleTo) {
        List<?> rows = em.createNativeQuery("""
                        select distinct on (project_id) body, taken_at from report_snapshot
                        where day <= ?1 and (cast(?2 as text) is null
                            or project_id in (select project_id from project_membership where user_id = ?2))
                        order by project_id, day desc""")
                .setParameter(1, day).setParameter(2, visibleTo).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new Snapshot(read((String) row[0]),
                row[1] instanceof OffsetDateTime at ? at.toInstant() : (Instant) row[1])).toList();
    }

    /** The last snapshot of the project taken on or before the day, if any. */
    @Transactional
    public Optional<Snapshot> asOf(UUID projectId, LocalDate day) {
        List<?> rows = em.createNativeQuery("""
                        select body, taken_at from report_snapshot where project_id = ?1 and day <= ?2
                        order by day desc limit 1""")
                .setParameter(1, projectId).setParameter(2, day).getResultList();
        return rows.stream().map(Object[].class::cast).findFirst().map(row -> new Snapshot(read((String) row[0]),
                row[1] instanceof OffsetDateTime at ? at.toInstant() : (Instant) row[1]));
    }

    private static String write(StatusReport report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StatusReport read(String json) {
        try {
            return JSON.readValue(json, StatusReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable status snapshot", e);
        }
    }
}
