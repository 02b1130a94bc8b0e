package dev.gantry.scheduling.engine;

import dev.gantry.scheduling.model.PlanTask;
import dev.gantry.scheduling.model.ProjectPlan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Task ids to positions and parent positions, computed once and shared by validation and compilation. */
final class PlanIndex {

    static final int NO_PARENT = -1;
    static final int MISSING_PARENT = -2;

    final Map<String, Integer> positions;
    final List<String> duplicateIds = new ArrayList<>();
    final int[] parent;
    /** Positions of each dependency's predecessor and successor; -1 when the task is missing. */
    final int[] dependencyPredecessor;
    final int[] dependencySuccessor;

    private PlanIndex(ProjectPlan plan) {
        List<PlanTask> tasks = plan.tasks();
        int n = tasks.size();
        positions = new HashMap<>(Math.max(16, (int) (n / 0.7f)));
        for (int i = 0; i < n; i++) {
            if (positions.putIfAbsent(tasks.get(i).id(), i) != null) {
                duplicateIds.add(tasks.get(i).id());
            }
        }
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            String p = tasks.get(i).parentId();
            if (p == null) {
                parent[i] = NO_PARENT;
            } else {
                Integer at = positions.get(p);
                parent[i] = at == null ? MISSING_PARENT : at;
            }
        }
        int m = plan.dependencies().size();
        dependencyPredecessor = new int[m];
        dependencySuccessor = new int[m];
        for (int k = 0; k < m; k++) {
            dependencyPredecessor[k] = position(plan.dependencies().get(k).predecessorId());
            dependencySuccessor[k] = position(plan.dependencies().get(k).successorId());
        }
    }

    static PlanIndex of(ProjectPlan plan) {
        return new PlanIndex(plan);
    }

    /** Position of a task id, or -1. */
    int position(String id) {
        Integer at = positions.get(id);
        return at == null ? -1 : at;
    }
}
