package dev.gantry.projects.template;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.projects.schedule.PlanAssembler;
import dev.gantry.projects.schedule.domain.LinkType;
import dev.gantry.projects.template.domain.TemplateDefinition;
import dev.gantry.scheduling.Scheduler;
import dev.gantry.scheduling.calendar.WorkingCalendar;
import dev.gantry.scheduling.error.ProblemCode;
import dev.gantry.scheduling.error.ScheduleValidationException;
import dev.gantry.scheduling.model.Lag;
import dev.gantry.scheduling.model.PlanTask;
import dev.gantry.scheduling.model.ProjectPlan;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a template definition: unique keys, known dependency ends, sane durations and lags, no cycles. */
final class TemplateValidator {

    /** About 40 years of working days. */
    static final BigDecimal MAX_DAYS = BigDecimal.valueOf(10_000);

    private TemplateValidator() {
    }

    static List<FieldError> validate(TemplateDefinition definition, String at) {
        List<FieldError> errors = new ArrayList<>();
        if (definition == null) {
            errors.add(FieldError.body(at, "a template needs a definition"));
            return errors;
        }
        if (definition.phasesOrEmpty().isEmpty()) {
            errors.add(FieldError.body(at + "/phases", "a template needs at least one phase"));
        }
        Map<String, String> phaseOf = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (int p = 0; p < definition.phasesOrEmpty().size(); p++) {
            TemplateDefinition.Phase phase = definition.phasesOrEmpty().get(p);
            String pointer = at + "/phases/" + p;
            if (phase == null) {
                errors.add(FieldError.body(pointer, "must not be null"));
                continue;
            }
            key(phase.key(), pointer, keys, errors);
            name(phase.name(), pointer, errors);
            List<TemplateDefinition.TemplateTask> tasks = phase.tasks() == null ? List.of() : phase.tasks();
            for (int t = 0; t < tasks.size(); t++) {
                TemplateDefinition.TemplateTask task = tasks.get(t);
                String taskPointer = pointer + "/tasks/" + t;
                if (task == null) {
                    errors.add(FieldError.body(taskPointer, "must not be null"));
                    continue;
                }
                if (key(task.key(), taskPointer, keys, errors)) {
                    phaseOf.put(task.key(), phase.key());
                }
                name(task.name(), taskPointer, errors);
                if (task.durationDays() != null && (task.durationDays().signum() < 0
                        || task.durationDays().compareTo(MAX_DAYS) > 0)) {
                    errors.add(FieldError.body(taskPointer + "/durationDays", "must be between 0 and " + MAX_DAYS));
                }
            }
        }

        Set<String> pairs = new HashSet<>();
        List<TemplateDefinition.Dependency> dependencies = definition.dependenciesOrEmpty();
        for (int d = 0; d < dependencies.size(); d++) {
            TemplateDefinition.Dependency dep = dependencies.get(d);
            String pointer = at + "/dependencies/" + d;
            if (dep == null) {
                errors.add(FieldError.body(pointer, "must not be null"));
                continue;
            }
            boolean ok = true;
            if (dep.predecessor() == null || !keys.contains(dep.predecessor())) {
                errors.add(FieldError.body(pointer + "/predecessor", "no phase or task with key " + dep.predecessor()));
                ok = false;
            }
            if (dep.successor() == null || !keys.contains(dep.successor())) {
                errors.add(FieldError.body(pointer + "/successor", "no phase or task with key " + dep.successor()));
                ok = false;
            }
            if (ok && dep.predecessor().equals(dep.successor())) {
                errors.add(FieldError.body(pointer + "/successor", "a task cannot depend on itself"));
                ok = false;
            }
            if (ok && (dep.successor().equals(phaseOf.get(dep.predecessor()))
                    || dep.predecessor().equals(phaseOf.get(dep.successor())))) {
                errors.add(FieldError.body(pointer, "a phase cannot be linked with one of its own tasks"));
                ok = false;
            }
            if (ok && !pairs.add(dep.predecessor() + ">" + dep.successor())) {
                errors.add(FieldError.body(pointer, "these keys are already linked"));
                ok = false;
            }
            if (dep.lagDays() != null && dep.lagDays().abs().compareTo(MAX_DAYS) > 0) {
                errors.add(FieldError.body(pointer + "/lagDays", "must be between -" + MAX_DAYS + " and " + MAX_DAYS));
            }
        }
        if (errors.isEmpty()) {
            errors.addAll(cycles(definition, at));
        }
        return errors;
    }

    /**
     * Cycles as the scheduling engine finds them: it hands a phase's links down to the phase's tasks, so a cycle can
     * run through phases and tasks together (A → B and b1 → A, with b1 in B). Asking the engine itself keeps this
     * check from drifting from what creating a project will do.
     */
    private static List<FieldError> cycles(TemplateDefinition definition, String at) {
        ProjectPlan.Builder plan = ProjectPlan.builder(LocalDateTime.of(2027, 1, 4, 8, 0))
                .defaultCalendar(PlanAssembler.STANDARD_CALENDAR)
                .calendar(WorkingCalendar.standard(PlanAssembler.STANDARD_CALENDAR));
        for (TemplateDefinition.Phase phase : definition.phasesOrEmpty()) {
            List<TemplateDefinition.TemplateTask> tasks = phase.tasks() == null ? List.of() : phase.tasks();
            plan.task(PlanTask.builder(phase.key()).name(phase.name()).milestone(tasks.isEmpty()).build());
            for (TemplateDefinition.TemplateTask t : tasks) {
                plan.task(PlanTask.builder(t.key()).name(t.name()).parent(phase.key())
                        .duration(TemplateService.minutes(t.durationDays()))
                        .milestone(Boolean.TRUE.equals(t.milestone())).build());
            }
        }
        for (TemplateDefinition.Dependency d : definition.dependenciesOrEmpty()) {
            plan.link(d.predecessor(), d.successor(), (d.type() == null ? LinkType.FS : d.type()).engineType(),
                    Lag.workingMinutes(TemplateService.minutes(d.lagDays())));
        }
        try {
            new Scheduler().schedule(plan.build());
            return List.of();
        } catch (ScheduleValidationException e) {
            return e.problems().stream()
                    .map(problem -> FieldError.body(at + "/dependencies", problem.code() == ProblemCode.DEPENDENCY_CYCLE
                            ? "the dependencies form a cycle through " + String.join(", ", problem.taskIds())
                            : problem.message()))
                    .toList();
        }
    }

    private static boolean key(String key, String pointer, Set<String> keys, List<FieldError> errors) {
        if (key == null || key.isBlank() || key.length() > 100) {
            errors.add(FieldError.body(pointer + "/key", "must be 1 to 100 characters"));
            return false;
        }
        if (!keys.add(key)) {
            errors.add(FieldError.body(pointer + "/key", "duplicate key " + key));
            return false;
        }
        return true;
    }

    private static void name(String name, String pointer, List<FieldError> errors) {
        if (name == null || name.isBlank() || name.length() > 500) {
            errors.add(FieldError.body(pointer + "/name", "must be 1 to 500 characters"));
        }
    }
}
