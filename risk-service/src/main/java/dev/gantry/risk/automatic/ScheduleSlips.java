package dev.gantry.risk.automatic;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.project.BaselineDeleted;
import dev.gantry.contracts.project.BaselineSaved;
import dev.gantry.contracts.project.ScheduleChanged;
import dev.gantry.contracts.project.TaskDates;
import dev.gantry.platform.events.IncomingEvent;
import dev.gantry.platform.events.ProjectEventHandler;
import dev.gantry.risk.RiskConfig;
import dev.gantry.risk.register.AutomaticRisks;
import dev.gantry.risk.register.domain.Signal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Slips against the current baseline: the project's finish, or a baselined milestone, computed more than
 * {@code gantry.risk.slip-threshold-days} calendar days after its baseline date raises a risk (one per project and
 * subject); falling back within the threshold marks it for review. Follows projects-service's events: the baselines
 * saved and deleted (the latest saved is the current one), and each schedule version's finish and moved tasks. A
 * milestone is checked when a schedule change lists its moved tasks (up to 200 of them; a larger move is checked on
 * the project's finish only).
 */
@ApplicationScoped
public class ScheduleSlips implements ProjectEventHandler {

    private static final Set<String> TYPES = Set.of(GantryEvent.typeOf(ScheduleChanged.class),
            GantryEvent.typeOf(BaselineSaved.class), GantryEvent.typeOf(BaselineDeleted.class));
    static final String FINISH = "finish";

    private final EntityManager em;
    private final AutomaticRisks automatic;
    private final int thresholdDays;

    ScheduleSlips(EntityManager em, AutomaticRisks automatic, RiskConfig config) {
        this.em = em;
        this.automatic = automatic;
        this.thresholdDays = config.slipThresholdDays();
    }

    @Override
    public boolean handles(String type) {
        return TYPES.contains(type);
    }

    @Override
    public void handle(IncomingEvent event) {
        event.as(BaselineSaved.class).ifPresent(saved -> {
            em.createNativeQuery("insert into baseline_watch (baseline_id, project_id, name, finish, saved_at)"
                            + " values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                    .setParameter(1, saved.baselineId()).setParameter(2, saved.projectId())
                    .setParameter(3, saved.name()).setParameter(4, saved.finish()).setParameter(5, saved.savedAt())
                    .executeUpdate();
            for (BaselineSaved.Task task : saved.tasks()) {
                if (task.milestone() && task.finish() != null) {
                    em.createNativeQuery("insert into baseline_milestone (baseline_id, task_id, name, finish)"
                                    + " values (?1, ?2, ?3, ?4) on conflict do nothing")
                            .setParameter(1, saved.baselineId()).setParameter(2, task.taskId())
                            .setParameter(3, task.name()).setParameter(4, task.finish()).executeUpdate();
                }
            }
            // The schedule's finish when the baseline was taken is the baseline's: the starting point for a project
            // whose finish was not followed yet (without a baseline, its schedule changes are not recorded).
            em.createNativeQuery("insert into schedule_finish (project_id, finish, version) values (?1, ?2, 0)"
                            + " on conflict do nothing")
                    .setParameter(1, saved.projectId()).setParameter(2, saved.finish()).executeUpdate();
            checkFinish(saved.projectId(), current(saved.projectId()), event.id());
        });
        event.as(BaselineDeleted.class).ifPresent(deleted -> {
            em.createNativeQuery("delete from baseline_watch where baseline_id = ?1")
                    .setParameter(1, deleted.baselineId()).executeUpdate();
            checkFinish(deleted.projectId(), current(deleted.projectId()), event.id());
        });
        event.as(ScheduleChanged.class).ifPresent(changed -> {
            // Most projects have no baseline: one indexed read, and nothing written, for their schedule changes.
            Optional<Baseline> baseline = changed.finish() == null ? Optional.empty() : current(changed.projectId());
            if (baseline.isEmpty()) {
                return;
            }
            em.createNativeQuery("insert into schedule_finish (project_id, finish, version) values (?1, ?2, ?3)"
                            + " on conflict (project_id) do update set finish = excluded.finish, version = excluded.version"
                            + " where schedule_finish.version < excluded.version")
                    .setParameter(1, changed.projectId()).setParameter(2, changed.finish())
                    .setParameter(3, changed.version()).executeUpdate();
            checkFinish(changed.projectId(), baseline, event.id());
            if (changed.complete()) {
                for (TaskDates moved : changed.movedTasks()) {
                    milestone(baseline.get().id(), moved.taskId()).ifPresent(m -> check(changed.projectId(),
                            "milestone:" + moved.taskId(), "milestone '" + moved.name() + "'", baseline.get(),
                            m, moved.finish(), event.id()));
                }
            }
        });
    }

    private record Baseline(UUID id, String name, LocalDateTime finish) {
    }

    private void checkFinish(UUID projectId, Optional<Baseline> baseline, UUID eventId) {
        List<?> finish = em.createNativeQuery("select finish from schedule_finish where project_id = ?1")
                .setParameter(1, projectId).getResultList();
        if (baseline.isEmpty() || baseline.get().finish() == null || finish.isEmpty()) {
            // No baseline to slip against any more: whatever was beyond it is not a slip now.
            for (Object subject : em.createNativeQuery("select subject from slip_episode where project_id = ?1")
                    .setParameter(1, projectId).getResultList()) {
                withinThreshold(projectId, (String) subject, eventId);
            }
            return;
        }
        check(projectId, FINISH, "the project's finish", baseline.get(), baseline.get().finish(),
                toLocal(finish.get(0)), eventId);
    }

    private void check(UUID projectId, String subject, String what, Baseline baseline, LocalDateTime planned,
                       LocalDateTime computed, UUID eventId) {
        long days = ChronoUnit.DAYS.between(planned.toLocalDate(), computed.toLocalDate());
        if (days <= thresholdDays) {
            withinThreshold(projectId, subject, eventId);
            return;
        }
        List<?> known = em.createNativeQuery("select episode_id from slip_episode where project_id = ?1 and subject = ?2")
                .setParameter(1, projectId).setParameter(2, subject).getResultList();
        UUID episode = known.isEmpty() ? UUID.randomUUID() : (UUID) known.get(0);
        if (known.isEmpty()) {
            em.createNativeQuery("insert into slip_episode (project_id, subject, episode_id) values (?1, ?2, ?3)")
                    .setParameter(1, projectId).setParameter(2, subject).setParameter(3, episode).executeUpdate();
        }
        int impact = days > 20 ? 5 : days > 10 ? 4 : 3;
        automatic.raise(new Signal(Signal.Kind.SCHEDULE_SLIP, projectId, subject, episode, eventId,
                "Slip of " + what + " against baseline '" + baseline.name() + "'",
                "The schedule computes " + what + " on " + computed.toLocalDate() + ", " + days + " days after the"
                        + " baseline's " + planned.toLocalDate() + " (threshold " + thresholdDays + " days)",
                "The slip is not recovered", "Commitments tied to " + what + " are missed",
                "SCHEDULE", 4, impact, (int) days, null, null, planned.toLocalDate(),
                "/api/projects/" + projectId + "/baselines/" + baseline.id() + "/variance"));
    }

    private void withinThreshold(UUID projectId, String subject, UUID eventId) {
        List<?> known = em.createNativeQuery("delete from slip_episode where project_id = ?1 and subject = ?2"
                        + " returning episode_id")
                .setParameter(1, projectId).setParameter(2, subject).getResultList();
        if (!known.isEmpty()) {
            automatic.cleared(Signal.Kind.SCHEDULE_SLIP, (UUID) known.get(0), eventId);
        }
    }

    private Optional<Baseline> current(UUID projectId) {
        List<Tuple> rows = em.createNativeQuery("select baseline_id, name, finish from baseline_watch"
                        + " where project_id = ?1 order by saved_at desc, baseline_id limit 1", Tuple.class)
                .setParameter(1, projectId).getResultList();
        return rows.stream().findFirst().map(t -> new Baseline(t.get(0, UUID.class), t.get(1, String.class),
                toLocal(t.get(2))));
    }

    private Optional<LocalDateTime> milestone(UUID baselineId, UUID taskId) {
        List<?> rows = em.createNativeQuery("select finish from baseline_milestone where baseline_id = ?1"
                + " and task_id = ?2").setParameter(1, baselineId).setParameter(2, taskId).getResultList();
        return rows.stream().findFirst().map(ScheduleSlips::toLocal);
    }

    private static LocalDateTime toLocal(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) value;
    }
}
