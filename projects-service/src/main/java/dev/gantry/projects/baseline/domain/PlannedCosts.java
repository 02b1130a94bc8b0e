package dev.gantry.projects.baseline.domain;

import dev.gantry.projects.schedule.domain.Task;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Planned costs of a WBS: a summary task's is its own plus its subtasks' (like MS Project's cost roll-up). */
public final class PlannedCosts {

    private PlannedCosts() {
    }

    /** Each task's rolled-up planned cost (null when neither it nor any subtask has one); tasks in outline order. */
    public static Map<UUID, BigDecimal> rollUp(List<Task> outlineOrder) {
        Map<UUID, BigDecimal> costs = new HashMap<>();
        outlineOrder.forEach(t -> costs.put(t.id, t.plannedCost));
        // Subtasks come after their parent in outline order: walking backwards adds every subtask before its parent.
        for (int i = outlineOrder.size() - 1; i >= 0; i--) {
            Task t = outlineOrder.get(i);
            BigDecimal own = costs.get(t.id);
            if (t.parentId != null && own != null && costs.containsKey(t.parentId)) {
                BigDecimal parent = costs.get(t.parentId);
                costs.put(t.parentId, parent == null ? own : parent.add(own));
            }
        }
        return costs;
    }

    /** The project's total: the planned costs entered on its tasks, each counted once. */
    public static BigDecimal total(List<Task> tasks) {
        return tasks.stream().map(t -> t.plannedCost).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
