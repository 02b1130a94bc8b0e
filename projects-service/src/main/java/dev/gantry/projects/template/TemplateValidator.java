package dev.gantry.projects.template;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.projects.template.domain.TemplateDefinition;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

        Map<String, List<String>> successors = new LinkedHashMap<>();
        Set<String> pairs = new HashSet<>();
        List<TemplateDefinition.Dependency> dependencies = definition.dependenciesOrEmpty();
        boolean linksValid = true;
        for (int d = 0; d < dependencies.size(); d++) {
            TemplateDefinition.Dependency dep = dependencies.get(d);
            String pointer = at + "/dependencies/" + d;
            if (dep == null) {
                errors.add(FieldError.body(pointer, "must not be null"));
                linksValid = false;
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
            if (ok) {
                successors.computeIfAbsent(dep.predecessor(), k -> new ArrayList<>()).add(dep.successor());
            } else {
                linksValid = false;
            }
        }
        if (linksValid) {
            List<String> cycle = cycle(keys, successors);
            if (!cycle.isEmpty()) {
                errors.add(FieldError.body(at + "/dependencies",
                        "the dependencies form a cycle: " + String.join(" → ", cycle)));
            }
        }
        return errors;
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

    /** A cycle of the dependency graph (first key repeated at the end), or empty. */
    private static List<String> cycle(Set<String> keys, Map<String, List<String>> successors) {
        Map<String, Integer> state = new HashMap<>();
        for (String start : successors.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            List<String> found = visit(start, successors, state, path);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> visit(String key, Map<String, List<String>> successors, Map<String, Integer> state,
                                      Deque<String> path) {
        state.put(key, 1);
        path.addLast(key);
        for (String next : successors.getOrDefault(key, List.of())) {
            Integer s = state.get(next);
            if (s == null) {
                List<String> found = visit(next, successors, state, path);
                if (!found.isEmpty()) {
                    return found;
                }
            } else if (s == 1) {
                List<String> cycle = new ArrayList<>();
                boolean in = false;
                for (String k : path) {
                    in |= k.equals(next);
                    if (in) {
                        cycle.add(k);
                    }
                }
                cycle.add(next);
                return cycle;
            }
        }
        path.removeLast();
        state.put(key, 2);
        return List.of();
    }
}
