package dev.gantry.scheduling.engine;

import dev.gantry.scheduling.model.ProjectPlan;

/** WBS codes: the planner's own where given, else outline numbers (1, 1.1, 1.2, 2...) in plan order. */
final class WbsNumbering {

    private WbsNumbering() {
    }

    static String[] number(ProjectPlan plan, CompiledPlan c) {
        int n = c.taskCount;
        int[] position = new int[n];
        int[] childCount = new int[n];
        int topCount = 0;
        for (int i = 0; i < n; i++) {
            int p = c.parent[i];
            position[i] = p < 0 ? ++topCount : ++childCount[p];
        }
        String[] wbs = new String[n];
        // Parents before children: reverse of the bottom-up order.
        for (int x = n - 1; x >= 0; x--) {
            int i = c.bottomUp[x];
            String given = plan.tasks().get(i).wbs();
            if (given != null && !given.isBlank()) {
                wbs[i] = given;
            } else {
                int p = c.parent[i];
                wbs[i] = p < 0 ? Integer.toString(position[i]) : wbs[p] + "." + position[i];
            }
        }
        return wbs;
    }
}
