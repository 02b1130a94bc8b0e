package dev.gantry.risk.simulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.contracts.schedule.ScheduleDates;
import dev.gantry.contracts.risk.SimulationCompleted;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.risk.RiskConfig;
import dev.gantry.risk.simulation.api.ScheduleRiskInputsDto;
import dev.gantry.risk.simulation.api.SimulationDto;
import dev.gantry.risk.simulation.network.ProjectNetwork;
import dev.gantry.risk.simulation.network.ScheduleRecords;
import dev.gantry.scheduling.Simulator;
import dev.gantry.scheduling.engine.SimulationRunner;
import dev.gantry.scheduling.error.Problem;
import dev.gantry.scheduling.error.ScheduleValidationException;
import dev.gantry.scheduling.simulation.CorrelationGroup;
import dev.gantry.scheduling.simulation.Distribution;
import dev.gantry.scheduling.simulation.RiskEvent;
import dev.gantry.scheduling.simulation.SimulationRequest;
import dev.gantry.scheduling.simulation.SimulationResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs queued simulations, one at a time per replica (a simulation uses every core): claims the oldest with SKIP
 * LOCKED, rebuilds the project's network from the schedules topic's records, turns its schedule risk inputs into
 * distributions, runs the engine's {@link Simulator} and stores the result with {@link SimulationCompleted} in one
 * transaction. Progress and a heartbeat are written every half second, and a cancellation asked for through the API
 * is read there. A simulation whose replica stopped reporting (it was restarted, or lost its database) is taken up
 * again after {@code gantry.risk.simulation-stale-after}: the same seed gives the same result, so nothing is lost.
 */
@ApplicationScoped
public class SimulationWorker {

    private static final Logger LOG = Logger.getLogger(SimulationWorker.class);
    private static final long REPORT_EVERY_NANOS = 500_000_000L;
    /** How long a simulation waits for a schedule version whose records are still arriving. */
    private static final long WAIT_FOR_SCHEDULE_MILLIS = 60_000;
    private static final int DRIVERS_IN_EVENT = 5;

    private final EntityManager em;
    private final ScheduleRecords schedules;
    private final ScheduleRiskInputs inputs;
    private final EventPublisher events;
    private final ObjectMapper json;
    private final RiskConfig config;
    private final Clock clock;
    private final Simulator simulator = new Simulator();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "simulation-worker");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile boolean stopping;

    SimulationWorker(EntityManager em, ScheduleRecords schedules, ScheduleRiskInputs inputs, EventPublisher events,
                     ObjectMapper json, RiskConfig config, Clock clock) {
        this.em = em;
        this.schedules = schedules;
        this.inputs = inputs;
        this.events = events;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    /** Looks for work now (after a simulation was queued) rather than at the next poll. */
    public void wake() {
        if (!stopping && draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    @Scheduled(identity = "simulation-worker", every = "${gantry.risk.simulation-poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        executor.shutdownNow();
    }

    private void drain() {
        try {
            for (Optional<UUID> next = claim(); next.isPresent() && !stopping; next = claim()) {
                run(next.get());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Looking for simulations to run failed (%s); trying again at the next poll", e.toString());
        } finally {
            draining.set(false);
        }
    }

    /** Claims the oldest waiting simulation, or one whose replica stopped reporting. */
    private Optional<UUID> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = now();
            em.createNativeQuery("""
                            update simulation set status = 'CANCELLED', finished_at = ?1
                            where status = 'RUNNING' and cancel_requested and heartbeat_at < ?2""")
                    .setParameter(1, now).setParameter(2, now.minus(config.simulationStaleAfter())).executeUpdate();
            List<?> found = em.createNativeQuery("""
                            select id from simulation
                            where status = 'QUEUED' or (status = 'RUNNING' and heartbeat_at < ?1)
                            order by requested_at limit 1 for update skip locked""")
                    .setParameter(1, now.minus(config.simulationStaleAfter())).getResultList();
            if (found.isEmpty()) {
                return Optional.<UUID>empty();
            }
            UUID id = (UUID) found.get(0);
            em.createNativeQuery("""
                            update simulation set status = 'RUNNING', started_at = ?2, heartbeat_at = ?2,
                                done_iterations = 0 where id = ?1""")
                    .setParameter(1, id).setParameter(2, now).executeUpdate();
            return Optional.of(id);
        });
    }

    record Job(UUID id, UUID projectId, int iterations, long seed, List<UUID> milestones, String requestedBy) {
    }

    private void run(UUID id) {
        Job job = QuarkusTransaction.requiringNew().call(() -> {
            Object[] c = (Object[]) em.createNativeQuery("""
                            select project_id, iterations, seed, array_to_string(milestone_ids, ','), requested_by
                            from simulation where id = ?1""").setParameter(1, id).getSingleResult();
            return new Job(id, (UUID) c[0], ((Number) c[1]).intValue(), ((Number) c[2]).longValue(),
                    ScheduleRiskInputs.ids((String) c[3]), (String) c[4]);
        });
        long started = System.nanoTime();
        try {
            ProjectNetwork network = network(job);
            Inputs read = QuarkusTransaction.requiringNew().call(() -> new Inputs(inputs.read(job.projectId()),
                    baseline(job.projectId()), closedRisks(job.projectId())));
            ScheduleRiskInputsDto.Response given = read.given();
            Baseline baseline = read.baseline();
            Set<UUID> closedRisks = read.closedRisks();
            List<String> warnings = new ArrayList<>();
            Model model = model(job, network, given, closedRisks, warnings);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                            update simulation set schedule_version = ?2, inputs_version = ?3, milestone_ids =
                                cast(?4 as uuid[]) where id = ?1""")
                    .setParameter(1, id).setParameter(2, network.schedule().version())
                    .setParameter(3, given.version()).setParameter(4, ScheduleRiskInputs.array(model.milestones())).executeUpdate());
            SimulationRequest request = new SimulationRequest(network.plan(), model.durations(), 0,
                    model.correlations(), model.risks(), model.milestones().stream().map(UUID::toString).toList(),
                    // The baseline's finish is whole minutes: a finish counts as on time when it is that minute to
                    // the nearest minute, as the dates shown are, so up to 29 s after it.
                    baseline == null || baseline.finish() == null ? null : baseline.finish().plusSeconds(29), job.iterations(), job.seed(),
                    Runtime.getRuntime().availableProcessors());
            SimulationResult result = simulator.run(request, new Progress(id));
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            LocalDateTime received = network.schedule().header().finish();
            if (received != null && !received.equals(minute(result.plannedFinish()))) {
                warnings.add("The network as received schedules to " + minute(result.plannedFinish()) + ", while"
                        + " projects-service computed " + received + " for schedule version "
                        + network.schedule().version());
            }
            complete(job, network, model, baseline, result, warnings, elapsed);
            LOG.infof("Simulation %s of project %s: %d iterations of %d tasks in %d ms", id, job.projectId(),
                    job.iterations(), network.plan().tasks().size(), elapsed);
        } catch (CancellationException cancelled) {
            if (!stopping) {
                end(id, "CANCELLED", null);
            }
        } catch (ScheduleValidationException e) {
            end(id, "FAILED", "The project's network cannot be scheduled: " + e.problems().stream()
                    .map(Problem::message).limit(5).reduce((a, b) -> a + "; " + b).orElse(""));
        } catch (Unsimulable e) {
            end(id, "FAILED", e.getMessage());
        } catch (RuntimeException e) {
            if (stopping) {
                return; // taken up again once the replica is back, or by another one
            }
            LOG.warnf(e, "Simulation %s failed", id);
            end(id, "FAILED", "The simulation failed unexpectedly: " + e);
        }
    }

    /**
     * The project's complete schedule; waits for one whose records are still arriving (keeping the heartbeat, and
     * stopping when cancelled).
     */
    private ProjectNetwork network(Job job) {
        UUID projectId = job.projectId();
        long deadline = System.currentTimeMillis() + WAIT_FOR_SCHEDULE_MILLIS;
        while (true) {
            var schedule = QuarkusTransaction.requiringNew().call(() -> schedules.complete(projectId));
            if (schedule.isPresent()) {
                return ProjectNetwork.of(schedule.get());
            }
            boolean cancel = QuarkusTransaction.requiringNew().call(() -> Boolean.TRUE.equals(em.createNativeQuery(
                    "select cancel_requested from simulation where id = ?1").setParameter(1, job.id())
                    .getResultList().stream().findFirst().orElse(Boolean.TRUE)));
            if (cancel) {
                throw new CancellationException("cancelled while waiting for the schedule");
            }
            if (System.currentTimeMillis() > deadline || stopping) {
                throw new Unsimulable("The schedule of project " + projectId + " was still being received after "
                        + WAIT_FOR_SCHEDULE_MILLIS / 1000 + " s: try again in a moment");
            }
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update simulation set heartbeat_at = ?2 where id = ?1").setParameter(1, job.id())
                    .setParameter(2, now()).executeUpdate());
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("stopping");
            }
        }
    }

    /** What varies, in the engine's terms. */
    record Model(Map<String, Distribution> durations, List<CorrelationGroup> correlations, List<RiskEvent> risks,
                 List<UUID> milestones, Map<String, UUID> riskOfEvent) {
    }

    /**
     * The inputs as distributions over the network's tasks: an estimate for a task no longer in the network, or for a
     * summary task (whose subtasks vary instead), is left out with a warning, as are closed risks.
     */
    static Model model(Job job, ProjectNetwork network, ScheduleRiskInputsDto.Response given, Set<UUID> closedRisks,
                       List<String> warnings) {
        Map<UUID, ScheduleRiskInputsDto.Estimate> estimates = new HashMap<>();
        int missing = 0;
        int summaries = 0;
        for (ScheduleRiskInputsDto.Estimate e : given.estimates()) {
            if (!network.schedule().tasks().containsKey(e.taskId())) {
                missing++;
            } else if (network.summary(e.taskId())) {
                summaries++;
            } else {
                estimates.put(e.taskId(), e);
            }
        }
        if (missing > 0) {
            warnings.add(missing + " estimate(s) name tasks no longer in the schedule and were left out");
        }
        if (summaries > 0) {
            warnings.add(summaries + " estimate(s) are of summary tasks, whose subtasks vary instead; left out");
        }
        String defaultKind = given.defaultDistribution();
        double low = 1 + given.defaultLowPercent().doubleValue() / 100;
        double high = 1 + given.defaultHighPercent().doubleValue() / 100;
        Map<String, Distribution> durations = new LinkedHashMap<>();
        for (var task : network.plan().tasks()) {
            UUID taskId = UUID.fromString(task.id());
            if (network.summary(taskId) || task.milestone()) {
                continue;
            }
            ScheduleRiskInputsDto.Estimate e = estimates.get(taskId);
            if (e != null) {
                durations.put(task.id(), distribution(e.distribution().name(), e.optimisticMinutes(),
                        e.mostLikelyMinutes(), e.pessimisticMinutes()));
            } else if (task.durationMinutes() > 0 && (low != 1 || high != 1)) {
                double d = task.durationMinutes();
                durations.put(task.id(), distribution(defaultKind, d * low, d, d * high));
            }
        }
        Set<String> known = new HashSet<>();
        network.plan().tasks().forEach(t -> known.add(t.id()));
        List<CorrelationGroup> correlations = new ArrayList<>();
        for (ScheduleRiskInputsDto.CorrelationGroup g : given.correlationGroups()) {
            List<String> ids = g.taskIds().stream().map(UUID::toString).filter(known::contains).toList();
            if (ids.size() < g.taskIds().size()) {
                warnings.add("Correlation group \"" + g.name() + "\": " + (g.taskIds().size() - ids.size())
                        + " task(s) no longer in the schedule were left out");
            }
            if (ids.size() >= 2) {
                correlations.add(new CorrelationGroup(ids, g.correlation().doubleValue()));
            }
        }
        List<RiskEvent> risks = new ArrayList<>();
        Map<String, UUID> riskOfEvent = new HashMap<>();
        int closed = 0;
        for (ScheduleRiskInputsDto.RiskEvent r : given.riskEvents()) {
            if (closedRisks.contains(r.riskId())) {
                closed++;
                continue;
            }
            List<String> ids = r.taskIds().stream().map(UUID::toString).filter(known::contains).toList();
            if (ids.size() < r.taskIds().size()) {
                warnings.add("Risk " + r.riskId() + ": " + (r.taskIds().size() - ids.size())
                        + " task(s) no longer in the schedule were left out");
            }
            if (!ids.isEmpty()) {
                ScheduleRiskInputsDto.Impact impact = r.impact();
                risks.add(new RiskEvent(r.riskId().toString(), r.probability().doubleValue(),
                        distribution(impact.distribution().name(), impact.minMinutes(), impact.mostLikelyMinutes(),
                                impact.maxMinutes()), ids));
                riskOfEvent.put(r.riskId().toString(), r.riskId());
            }
        }
        if (closed > 0) {
            warnings.add(closed + " closed risk(s) mapped to tasks were left out");
        }
        List<UUID> milestones = new ArrayList<>(job.milestones());
        if (milestones.isEmpty()) {
            network.milestones().stream().limit(SimulationDto.MAX_MILESTONES).forEach(milestones::add);
        } else {
            int before = milestones.size();
            milestones.removeIf(id -> !network.schedule().tasks().containsKey(id));
            if (milestones.size() < before) {
                warnings.add((before - milestones.size()) + " milestone(s) asked for are no longer in the schedule");
            }
        }
        return new Model(durations, correlations, risks, milestones, riskOfEvent);
    }

    private static Distribution distribution(String kind, double low, double mostLikely, double high) {
        if (low == high) {
            return Distribution.fixed(low);
        }
        return switch (kind) {
            case "PERT" -> Distribution.pert(low, mostLikely, high);
            case "UNIFORM" -> Distribution.uniform(low, high);
            case "FIXED" -> Distribution.fixed(mostLikely);
            default -> Distribution.triangular(low, mostLikely, high);
        };
    }

    private record Baseline(String name, LocalDateTime finish, Map<UUID, LocalDateTime> milestones) {
    }

    /** What a simulation reads besides the network, in one transaction. */
    private record Inputs(ScheduleRiskInputsDto.Response given, Baseline baseline, Set<UUID> closedRisks) {
    }

    private Baseline baseline(UUID projectId) {
        List<?> rows = em.createNativeQuery("""
                        select baseline_id, name, finish from baseline_watch where project_id = ?1
                        order by saved_at desc limit 1""").setParameter(1, projectId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] c = (Object[]) rows.get(0);
        if (c[2] == null) {
            return null;
        }
        Map<UUID, LocalDateTime> milestones = new HashMap<>();
        for (Object row : em.createNativeQuery("select task_id, finish from baseline_milestone where baseline_id = ?1")
                .setParameter(1, c[0]).getResultList()) {
            Object[] m = (Object[]) row;
            milestones.put((UUID) m[0], localDateTime(m[1]));
        }
        return new Baseline((String) c[1], localDateTime(c[2]), milestones);
    }

    private Set<UUID> closedRisks(UUID projectId) {
        Set<UUID> closed = new HashSet<>();
        for (Object id : em.createNativeQuery("select id from risk where project_id = ?1 and status = 'CLOSED'")
                .setParameter(1, projectId).getResultList()) {
            closed.add((UUID) id);
        }
        return closed;
    }

    private void complete(Job job, ProjectNetwork network, Model model, Baseline baseline, SimulationResult r,
                          List<String> warnings, long elapsed) {
        List<SimulationDto.Milestone> milestones = new ArrayList<>();
        for (UUID m : model.milestones()) {
            milestones.add(new SimulationDto.Milestone(m, network.name(m), network.finish(m),
                    baseline == null ? null : baseline.milestones().get(m),
                    percentiles(r.milestones().get(m.toString()))));
        }
        Map<String, SimulationResult.TaskStatistics> statsById = new HashMap<>();
        r.tasks().forEach(t -> statsById.put(t.taskId(), t));
        List<SimulationDto.Driver> tornado = r.tornado().stream().map(t -> new SimulationDto.Driver(
                UUID.fromString(t.taskId()), network.name(UUID.fromString(t.taskId())), round(t.sensitivity()),
                round(t.criticality()), minute(t.finishWhenLow()), minute(t.finishWhenHigh()))).toList();
        // Bin edges keep their seconds: rounded, the 20 bins of a spread of a few minutes would not be of equal width.
        List<SimulationDto.Bin> histogram = r.histogram().stream().map(b -> new SimulationDto.Bin(b.from(), b.to(),
                b.count(), round(b.cumulative()))).toList();
        Set<String> varied = new HashSet<>(model.durations().keySet());
        model.risks().forEach(e -> varied.addAll(e.taskIds()));
        SimulationDto.Result result = new SimulationDto.Result(minute(r.plannedFinish()),
                baseline == null ? null : baseline.finish(), baseline == null ? null : baseline.name(),
                percentiles(r.finish()), round(r.probabilityOfPlannedFinish()),
                r.probabilityOfTarget() == null ? null : round(r.probabilityOfTarget()), milestones, tornado,
                histogram, varied.size(), model.risks().size(), warnings, elapsed);
        List<SimulationDto.TaskStatistics> tasks = r.tasks().stream().map(t -> new SimulationDto.TaskStatistics(
                UUID.fromString(t.taskId()), network.name(UUID.fromString(t.taskId())), round(t.criticality()),
                round(t.sensitivity()))).toList();
        String resultJson = write(result);
        String tasksJson = write(tasks);
        QuarkusTransaction.requiringNew().run(() -> {
            int updated = em.createNativeQuery("""
                            update simulation set status = 'COMPLETED', finished_at = ?2, done_iterations = iterations,
                                result = cast(?3 as jsonb), task_statistics = cast(?4 as jsonb)
                            where id = ?1 and status = 'RUNNING'""")
                    .setParameter(1, job.id()).setParameter(2, now()).setParameter(3, resultJson)
                    .setParameter(4, tasksJson).executeUpdate();
            if (updated == 0) {
                return; // cancelled or deleted meanwhile
            }
            events.publish(new SimulationCompleted(job.projectId(), job.id(), network.schedule().version(),
                    r.iterations(), r.seed(), result.plannedFinish(), result.baselineFinish(), result.finish().p10(),
                    result.finish().p50(), result.finish().p80(), result.finish().p90(), result.finish().p95(),
                    result.probabilityOfPlannedFinish(), result.probabilityOfBaselineFinish(),
                    tornado.stream().limit(DRIVERS_IN_EVENT).map(d -> new SimulationCompleted.Driver(d.taskId(),
                            d.name(), d.sensitivity(), d.criticality())).toList(),
                    histogram.stream().map(b -> new SimulationCompleted.Bin(b.from(), b.to(), b.count(),
                            b.cumulative())).toList(),
                    job.requestedBy(), clock.instant()));
        });
    }

    private void end(UUID id, String status, String failure) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                            update simulation set status = ?2, failure = ?3, finished_at = ?4
                            where id = ?1 and status = 'RUNNING'""")
                    .setParameter(1, id).setParameter(2, status).setParameter(3, failure).setParameter(4, now())
                    .executeUpdate());
        } catch (RuntimeException e) {
            LOG.warnf("Cannot record that simulation %s ended %s (%s); it is taken up again later", id, status, e);
        }
    }

    /** Writes progress and the heartbeat every half second, and reads whether the simulation was cancelled. */
    private final class Progress implements SimulationRunner.Listener {
        private final UUID id;
        private volatile boolean cancelled;
        private long lastReport = System.nanoTime();

        Progress(UUID id) {
            this.id = id;
        }

        @Override
        public synchronized void progress(int done, int total) {
            long now = System.nanoTime();
            if (now - lastReport < REPORT_EVERY_NANOS) {
                return;
            }
            lastReport = now;
            try {
                Boolean cancel = QuarkusTransaction.requiringNew().call(() -> {
                    em.createNativeQuery("update simulation set done_iterations = greatest(done_iterations, ?2),"
                                    + " heartbeat_at = ?3 where id = ?1").setParameter(1, id).setParameter(2, done)
                            .setParameter(3, now()).executeUpdate();
                    List<?> flag = em.createNativeQuery("select cancel_requested from simulation where id = ?1")
                            .setParameter(1, id).getResultList();
                    return flag.isEmpty() || Boolean.TRUE.equals(flag.get(0));
                });
                cancelled = cancel;
            } catch (RuntimeException e) {
                LOG.debugf("Cannot report the progress of simulation %s: %s", id, e);
            }
        }

        @Override
        public boolean cancelled() {
            return cancelled || stopping;
        }
    }

    private static SimulationDto.Percentiles percentiles(SimulationResult.Percentiles p) {
        return p == null ? null : new SimulationDto.Percentiles(minute(p.p10()), minute(p.p50()), minute(p.p80()),
                minute(p.p90()), minute(p.p95()), minute(p.mean()), minute(p.min()), minute(p.max()));
    }

    /**
     * A date of the simulation to the nearest minute: the engine counts seconds, the platform's schedules are in whole
     * minutes (ADR 0030), so the planned finish here is the one projects-service publishes.
     */
    private static LocalDateTime minute(LocalDateTime t) {
        return ScheduleDates.Computed.toMinute(t);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static LocalDateTime localDateTime(Object value) {
        return value instanceof java.sql.Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) value;
    }

    /** A simulation that cannot run, for a reason its requester can act on. */
    private static final class Unsimulable extends RuntimeException {
        Unsimulable(String message) {
            super(message);
        }
    }
}
