package dev.gantry.reporting.replay;

import dev.gantry.contracts.Topics;
import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.events.ConsumptionGate;
import dev.gantry.platform.events.EventRejectedException;
import dev.gantry.platform.events.PoisonEventException;
import dev.gantry.platform.events.ProjectEventsConsumer;
import dev.gantry.platform.events.TopicReplayer;
import dev.gantry.reporting.earnedvalue.EarnedValueAlerts;
import dev.gantry.reporting.intake.ResourceEventsConsumer;
import dev.gantry.reporting.intake.RiskEventsConsumer;
import dev.gantry.reporting.intake.ScheduleConsumer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Rebuilds reporting's read models from the topics (docs/operations.md, "Rebuilding reporting's read models"): with the
 * live consumers held at the {@link ConsumptionGate}, empties the read models and this service's inbox, reads every
 * topic it consumes from the beginning to its current end through the same handlers as the live consumers, then lets
 * them go on from their committed offsets (what they receive again, the inbox skips). What was announced is not
 * announced again: alerts are judged once more afterwards and only a real change is published; closure answers and
 * final reports, the PMO's thresholds and the status history are kept, not rebuilt. The audit trail is kept too (it
 * says when each event was first recorded): the replay adds the entries it lacks.
 */
@ApplicationScoped
public class ReplayService {

    private static final Logger LOG = Logger.getLogger(ReplayService.class);

    /** Emptied before a replay, in this order; each is rebuilt from the topics. */
    static final List<String> READ_MODELS = List.of("portfolio_project", "ev_baseline_task",
            "ev_baseline", "ev_progress", "ev_actuals_week", "ev_actuals", "st_risk", "st_risk_action_overdue",
            "st_action_item", "st_overallocation_share", "st_overallocation", "st_schedule", "st_task",
            "st_date_segment", "mw_allocation", "mw_person", "st_risk_event", "sim_result");

    public enum Status { RUNNING, COMPLETED, FAILED }

    public record Run(UUID replayId, String requestedBy, Status status, Instant startedAt, Instant finishedAt,
                      long records, long skipped, String detail) {
    }

    private final EntityManager em;
    private final ConsumptionGate gate;
    private final TopicReplayer replayer;
    private final ProjectEventsConsumer projectEvents;
    private final ResourceEventsConsumer resourceEvents;
    private final RiskEventsConsumer riskEvents;
    private final ScheduleConsumer schedules;
    private final EarnedValueAlerts alerts;
    private final Clock clock;

    ReplayService(EntityManager em, ConsumptionGate gate, TopicReplayer replayer, ProjectEventsConsumer projectEvents,
                  ResourceEventsConsumer resourceEvents, RiskEventsConsumer riskEvents, ScheduleConsumer schedules,
                  EarnedValueAlerts alerts, Clock clock) {
        this.em = em;
        this.gate = gate;
        this.replayer = replayer;
        this.projectEvents = projectEvents;
        this.resourceEvents = resourceEvents;
        this.riskEvents = riskEvents;
        this.schedules = schedules;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** A replay cut short by a restart did not finish: say so. */
    void onStart(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        update replay_run set status = 'FAILED', finished_at = now(),
                            detail = 'Interrupted: the service stopped during the replay; start another'
                        where status = 'RUNNING'""").executeUpdate());
    }

    /** Starts a replay on a thread of its own; 409 while another is running. */
    public Run start(String requestedBy) {
        Run run = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended('reporting-replay', 0))")
                    .getSingleResult();
            Optional<Run> running = find("status = 'RUNNING'", null);
            if (running.isPresent()) {
                throw new ConflictException("Replay " + running.get().replayId() + " is running since "
                        + running.get().startedAt() + "; wait for it to finish");
            }
            UUID id = UUID.randomUUID();
            em.createNativeQuery("""
                            insert into replay_run (replay_id, requested_by, status, started_at)
                            values (?1, ?2, 'RUNNING', ?3)""")
                    .setParameter(1, id).setParameter(2, requestedBy)
                    .setParameter(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).executeUpdate();
            return find("replay_id = ?1", id).orElseThrow();
        });
        Thread thread = new Thread(() -> execute(run.replayId()), "reporting-replay");
        thread.setDaemon(true);
        thread.start();
        return run;
    }

    public Optional<Run> run(UUID replayId) {
        return QuarkusTransaction.requiringNew().call(() -> find("replay_id = ?1", replayId));
    }

    public List<Run> recent() {
        return QuarkusTransaction.requiringNew().call(() -> rows("true order by started_at desc limit 20", null));
    }

    private void execute(UUID replayId) {
        long[] counts = new long[2];
        Map<String, Long> perTopic = new LinkedHashMap<>();
        try {
            gate.closeFor(() -> {
                LOG.infof("Replay %s: emptying the read models", replayId);
                QuarkusTransaction.requiringNew().run(this::empty);
                replay(Topics.PROJECTS, projectEvents::consume, counts, perTopic);
                replay(Topics.PROJECT_SCHEDULES, schedules::consume, counts, perTopic);
                replay(Topics.RESOURCES, resourceEvents::consume, counts, perTopic);
                replay(Topics.RISKS, riskEvents::consume, counts, perTopic);
                return null;
            });
            // The gate is open again: alerts are judged against the rebuilt inputs, announcing only real changes.
            List<UUID> projects = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select distinct project_id from ev_baseline", UUID.class).getResultList().stream()
                    .map(UUID.class::cast).toList());
            for (UUID project : projects) {
                QuarkusTransaction.requiringNew().run(() -> alerts.check(project));
            }
            finish(replayId, Status.COMPLETED, counts, describe(perTopic));
            LOG.infof("Replay %s completed: %s", replayId, describe(perTopic));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Replay %s failed", replayId);
            finish(replayId, Status.FAILED, counts, e.getMessage() + " (after " + describe(perTopic) + ")");
        }
    }

    private void empty() {
        em.createNativeQuery("truncate " + String.join(", ", READ_MODELS)).executeUpdate();
        em.createNativeQuery("delete from inbox where consumer in (?1, ?2, ?3)")
                .setParameter(1, ProjectEventsConsumer.CHANNEL).setParameter(2, ResourceEventsConsumer.CHANNEL)
                .setParameter(3, RiskEventsConsumer.CHANNEL).executeUpdate();
    }

    private void replay(String topic, Consumer<ConsumerRecord<String, String>> consume, long[] counts,
                        Map<String, Long> perTopic) {
        long read = replayer.replay(topic, record -> {
            try {
                consume.accept(record);
            } catch (PoisonEventException | EventRejectedException e) {
                // Live consumption sent it to the dead-letter topic already; a replay only counts it.
                counts[1]++;
                LOG.warnf("Replay skipped %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                        e.getMessage());
            }
        });
        counts[0] += read;
        perTopic.put(topic, read);
    }

    private void finish(UUID replayId, Status status, long[] counts, String detail) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        update replay_run set status = ?2, finished_at = ?3, records = ?4, skipped = ?5, detail = ?6
                        where replay_id = ?1""")
                .setParameter(1, replayId).setParameter(2, status.name())
                .setParameter(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(4, counts[0]).setParameter(5, counts[1]).setParameter(6, detail).executeUpdate());
    }

    private static String describe(Map<String, Long> perTopic) {
        return perTopic.isEmpty() ? "no topic read" : perTopic.entrySet().stream()
                .map(e -> e.getValue() + " records of " + e.getKey()).reduce((a, b) -> a + ", " + b).orElse("");
    }

    private Optional<Run> find(String where, Object parameter) {
        return rows(where + " limit 1", parameter).stream().findFirst();
    }

    private List<Run> rows(String where, Object parameter) {
        var query = em.createNativeQuery("""
                select replay_id, requested_by, status, started_at, finished_at, records, skipped, detail
                from replay_run where """ + " " + where);
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        List<?> found = query.getResultList();
        return found.stream().map(Object[].class::cast).map(row -> new Run((UUID) row[0],
                (String) row[1], Status.valueOf((String) row[2]), instant(row[3]), instant(row[4]),
                ((Number) row[5]).longValue(), ((Number) row[6]).longValue(), (String) row[7])).toList();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof OffsetDateTime at ? at.toInstant() : (Instant) value;
    }
}
