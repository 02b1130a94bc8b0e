package dev.gantry.scheduling.engine;

import dev.gantry.scheduling.model.ProjectPlan;

import java.util.function.IntFunction;

/**
 * WBS codes: the planner's own where given, else outline numbers (1, 1.1, 1.2, 2...) in plan order.
 * Codes are built on first access and memoised, so a large schedule that nobody asks WBS codes of does
 * not pay for 100,000 strings.
 */
final class WbsNumbering implements IntFunction<String> {

    private final ProjectPlan plan;
    private final int[] parent;
    private final int[] position;
    private final String[] codes;

    WbsNumbering(ProjectPlan plan, CompiledPlan c) {
        this.plan = plan;
        int n = c.taskCount;
        this.parent = c.parent;
        this.position = new int[n];
        this.codes = new String[n];
        int[] childCount = new int[n];
        int topCount = 0;
        for (int i = 0; i < n; i++) {
            int p = parent[i];
            position[i] = p < 0 ? ++topCount : ++childCount[p];
        }
    }

    @Override
    public synchronized String apply(int task) {
        String code = codes[task];
        if (code != null) {
            return code;
        }
        // Walk up to the nearest ancestor with a known code, then build codes downwards: no recursion.
        int depth = 0;
        int[] path = new int[8];
        for (int cur = task; cur >= 0 && codes[cur] == null; cur = parent[cur]) {
            if (depth == path.length) {
                path = java.util.Arrays.copyOf(path, depth * 2);
            }
            path[depth++] = cur;
        }
        for (int k = depth - 1; k >= 0; k--) {
            int i = path[k];
            String given = plan.tasks().get(i).wbs();
            if (given != null && !given.isBlank()) {
                codes[i] = given;
            } else {
                int p = parent[i];
                codes[i] = p < 0 ? Integer.toString(position[i]) : codes[p] + "." + position[i];
            }
        }
        return codes[task];
    }
}
