package dev.gantry.risk.simulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.risk.RiskConfig;
import dev.gantry.risk.register.RiskAccess;
import dev.gantry.risk.simulation.api.SimulationDto;
import dev.gantry.risk.simulation.api.SimulationDto.Status;
import dev.gantry.risk.simulation.network.ScheduleRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A project's schedule risk analyses: requested by those who may change its risks, queued, run by the
 * {@link SimulationWorker} one at a time, and kept with their results until deleted; read by the project's members
 * (viewers too).
 */
@ApplicationScoped
@Transactional
public class Simulations {

    static final int DEFAULT_ITERATIONS = 10_000;
    private static final String COLUMNS = """
            id, project_id, status, iterations, seed, array_to_string(milestone_ids, ','), schedule_version,
            inputs_version, requested_by, requested_at, started_at, finished_at, done_iterations, failure,
            cast(result as text)""";
    private static final TypeReference<List<SimulationDto.TaskStatistics>> TASKS = new TypeReference<>() {
    };
    private static final Map<String, String> TASK_SORTS = Map.of("criticality", "criticality", "sensitivity",
            "sensitivity", "name", "name");

    private final EntityManager em;
    private final RiskAccess access;
    private final ScheduleRecords schedules;
    private final ObjectMapper json;
    private final RiskConfig config;
    private final Clock clock;

    Simulations(EntityManager em, RiskAccess access, ScheduleRecords schedules, ObjectMapper json, RiskConfig config,
                Clock clock) {
        this.em = em;
        this.access = access;
        this.schedules = schedules;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    /** Queues a simulation of the project's current schedule. */
    public SimulationDto.Response start(UUID projectId, SimulationDto.Request r) {
        access.require(projectId, ProjectPermission.WRITE);
        int iterations = r.iterations() == null ? DEFAULT_ITERATIONS : r.iterations();
        List<UUID> milestones = r.milestoneIds() == null ? List.of() : r.milestoneIds();
        List<FieldError> errors = new ArrayList<>();
        if (iterations > config.simulationMaxIterations()) {
            errors.add(FieldError.body("/iterations", "must be at most " + config.simulationMaxIterations()));
        }
        if (new HashSet<>(milestones).size() != milestones.size()) {
            errors.add(FieldError.body("/milestoneIds", "names a task twice"));
        }
        if (schedules.announcedVersion(projectId).isEmpty()) {
            throw new ConflictException("No schedule of project " + projectId + " has reached risk-service yet: a"
                    + " project's schedule arrives moments after its first task is created; try again then");
        }
        Set<UUID> known = new HashSet<>(schedules.knownTasks(projectId, milestones));
        for (int i = 0; i < milestones.size(); i++) {
            if (!known.contains(milestones.get(i))) {
                errors.add(FieldError.body("/milestoneIds/" + i, "is not a task of the project's schedule: "
                        + milestones.get(i)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        // Counted under the project's lock, so that concurrent requests cannot both pass the limit.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(cast(?1 as text), 7))")
                .setParameter(1, projectId.toString()).getSingleResult();
        long active = ((Number) em.createNativeQuery("select count(*) from simulation where project_id = ?1"
                + " and status in ('QUEUED', 'RUNNING')").setParameter(1, projectId).getSingleResult()).longValue();
        if (active >= config.simulationMaxActive()) {
            throw new ConflictException(active + " simulations of this project are waiting or running: wait for one"
                    + " to finish, or cancel one");
        }
        UUID id = UUID.randomUUID();
        long seed = r.seed() != null ? r.seed() : ThreadLocalRandom.current().nextLong(1L << 53);
        em.createNativeQuery("""
                        insert into simulation (id, project_id, status, iterations, seed, milestone_ids,
                                                requested_by, requested_at)
                        values (?1, ?2, 'QUEUED', ?3, ?4, cast(?5 as uuid[]), ?6, ?7)""")
                .setParameter(1, id).setParameter(2, projectId).setParameter(3, iterations).setParameter(4, seed)
                .setParameter(5, ScheduleRiskInputs.array(milestones))
                .setParameter(6, access.who()).setParameter(7, OffsetDateTime.ofInstant(clock.instant(),
                        ZoneOffset.UTC))
                .executeUpdate();
        return read(projectId, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SimulationDto.Response get(UUID projectId, UUID simulationId) {
        access.require(projectId, ProjectPermission.READ);
        return read(projectId, simulationId);
    }

    /** The project's simulations, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<SimulationDto.Response> list(UUID projectId, Status status, PageRequest page) {
        access.require(projectId, ProjectPermission.READ);
        String filter = status == null ? "" : " and status = '" + status.name() + "'";
        long total = ((Number) em.createNativeQuery("select count(*) from simulation where project_id = ?1" + filter)
                .setParameter(1, projectId).getSingleResult()).longValue();
        List<SimulationDto.Response> items = new ArrayList<>();
        for (Object row : em.createNativeQuery("select " + COLUMNS + " from simulation where project_id = ?1"
                        + filter + " order by requested_at desc, id").setParameter(1, projectId)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()) {
            items.add(toResponse((Object[]) row));
        }
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    /** Every task's criticality and sensitivity in a completed simulation, a page at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<SimulationDto.TaskStatistics> tasks(UUID projectId, UUID simulationId, Integer page,
                                                            Integer size, List<String> sort) {
        access.require(projectId, ProjectPermission.READ);
        PageRequest request = PageRequest.of(page, size, sort, TASK_SORTS, "criticality,desc");
        SimulationDto.Response simulation = read(projectId, simulationId);
        if (simulation.status() != Status.COMPLETED) {
            throw new ConflictException("Simulation " + simulationId + " is " + simulation.status()
                    + ": task statistics come with a completed simulation");
        }
        String stored = (String) em.createNativeQuery("select cast(task_statistics as text) from simulation"
                + " where id = ?1").setParameter(1, simulationId).getSingleResult();
        List<SimulationDto.TaskStatistics> all = new ArrayList<>(readJson(stored, TASKS));
        Comparator<SimulationDto.TaskStatistics> order = null;
        for (String clause : sort == null || sort.isEmpty() ? List.of("criticality,desc") : sort) {
            String[] parts = clause.split(",");
            Comparator<SimulationDto.TaskStatistics> next = switch (parts[0].trim()) {
                case "sensitivity" -> Comparator.comparingDouble(t -> Math.abs(t.sensitivity()));
                case "name" -> Comparator.comparing(SimulationDto.TaskStatistics::name,
                        String.CASE_INSENSITIVE_ORDER);
                default -> Comparator.comparingDouble(SimulationDto.TaskStatistics::criticality);
            };
            if (parts.length == 2 && parts[1].trim().equalsIgnoreCase("desc")) {
                next = next.reversed();
            }
            order = order == null ? next : order.thenComparing(next);
        }
        all.sort(order.thenComparing(t -> t.taskId().toString()));
        int from = Math.min(all.size(), request.offset());
        return new PageResponse<>(all.subList(from, Math.min(all.size(), from + request.size())), request.page(),
                request.size(), all.size());
    }

    /**
     * Cancels a waiting simulation at once, and asks a running one to stop (it stops within a block of iterations).
     */
    public SimulationDto.Response cancel(UUID projectId, UUID simulationId) {
        access.require(projectId, ProjectPermission.WRITE);
        SimulationDto.Response current = read(projectId, simulationId, true);
        switch (current.status()) {
            case QUEUED -> em.createNativeQuery("update simulation set status = 'CANCELLED', finished_at = ?2"
                            + " where id = ?1").setParameter(1, simulationId)
                    .setParameter(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).executeUpdate();
            case RUNNING -> em.createNativeQuery("update simulation set cancel_requested = true where id = ?1")
                    .setParameter(1, simulationId).executeUpdate();
            default -> throw new ConflictException("Simulation " + simulationId + " is " + current.status()
                    + " already: only a QUEUED or RUNNING simulation can be cancelled");
        }
        return read(projectId, simulationId);
    }

    /** Deletes a simulation that has ended, with its result. */
    public void delete(UUID projectId, UUID simulationId) {
        access.require(projectId, ProjectPermission.WRITE);
        SimulationDto.Response current = read(projectId, simulationId, true);
        if (current.status() == Status.QUEUED || current.status() == Status.RUNNING) {
            throw new ConflictException("Simulation " + simulationId + " is " + current.status()
                    + ": cancel it first");
        }
        em.createNativeQuery("delete from simulation where id = ?1").setParameter(1, simulationId).executeUpdate();
    }

    private SimulationDto.Response read(UUID projectId, UUID simulationId) {
        return read(projectId, simulationId, false);
    }

    private SimulationDto.Response read(UUID projectId, UUID simulationId, boolean lock) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from simulation where id = ?1 and project_id = ?2"
                        + (lock ? " for update" : "")).setParameter(1, simulationId).setParameter(2, projectId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Simulation", simulationId);
        }
        return toResponse((Object[]) rows.get(0));
    }

    private SimulationDto.Response toResponse(Object[] c) {
        Status status = Status.valueOf((String) c[2]);
        int iterations = ((Number) c[3]).intValue();
        int done = ((Number) c[12]).intValue();
        return new SimulationDto.Response((UUID) c[0], (UUID) c[1], status, iterations, ((Number) c[4]).longValue(),
                ScheduleRiskInputs.ids((String) c[5]),
                c[6] == null ? null : ((Number) c[6]).longValue(), c[7] == null ? null : ((Number) c[7]).longValue(),
                (String) c[8], instant(c[9]), instant(c[10]), instant(c[11]),
                new SimulationDto.Progress(done, iterations, Math.round(1000.0 * done / iterations) / 10.0),
                (String) c[13], c[14] == null ? null : readJson((String) c[14], SimulationDto.Result.class));
    }

    static Instant instant(Object at) {
        return at == null ? null : at instanceof OffsetDateTime o ? o.toInstant()
                : at instanceof Timestamp ts ? ts.toInstant() : (Instant) at;
    }

    private <T> T readJson(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored simulation: " + e.getOriginalMessage(), e);
        }
    }

    private <T> T readJson(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored simulation: " + e.getOriginalMessage(), e);
        }
    }
}
