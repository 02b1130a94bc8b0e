package dev.gantry.scheduling.engine;

import dev.gantry.scheduling.model.Dependency;
import dev.gantry.scheduling.model.PlanTask;
import dev.gantry.scheduling.model.ProjectPlan;

import java.util.List;
import java.util.Objects;

/**
 * What a run compiled of a plan's structure alone: the task index, the outline (parents, summaries, leaves, levels),
 * the links and the leaf network with its topological order, all found valid. A later run of a plan with the same
 * structure (the same task ids in the same order under the same parents, and equal dependencies) takes them from here
 * and compiles only the tasks' own data: durations, constraints, progress, calendars. An edit that changes a task's
 * duration in a 10,000-task plan then skips the index, the structural checks and the network, about a third of a
 * run's time.
 * <p>
 * Never changed once built, so one shape may serve several runs at once. Obtained from
 * {@link dev.gantry.scheduling.Scheduler#schedule(ProjectPlan, PlanShape)}; opaque to callers.
 */
public final class PlanShape {

    private final String[] ids;
    private final String[] parentIds;
    private final List<Dependency> dependencies;

    final PlanIndex index;
    // The outline
    final int[] parent;
    final boolean[] summary;
    final int[] outlineLevel;
    final int[] leaves;
    final int[] leafDescendantsStart;
    final int[] leafDescendants;
    final int[] bottomUp;
    // The links as given
    final int linkCount;
    final int[] linkPred;
    final int[] linkSucc;
    final byte[] linkType;
    final byte[] lagUnit;
    final double[] lagValue;
    final boolean[] hasDirectSuccessors;
    final boolean hasSummaryLinks;
    // The networks
    final LinkGraph leafNetwork;
    final int[] leafOrder;
    final LinkGraph planLinks;

    private PlanShape(ProjectPlan plan, PlanIndex index, CompiledPlan c, LinkGraph leafNetwork, int[] leafOrder,
                      LinkGraph planLinks) {
        List<PlanTask> tasks = plan.tasks();
        int n = tasks.size();
        this.ids = new String[n];
        this.parentIds = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = tasks.get(i).id();
            parentIds[i] = tasks.get(i).parentId();
        }
        this.dependencies = plan.dependencies();
        this.index = index;
        this.parent = c.parent;
        this.summary = c.summary;
        this.outlineLevel = c.outlineLevel;
        this.leaves = c.leaves;
        this.leafDescendantsStart = c.leafDescendantsStart;
        this.leafDescendants = c.leafDescendants;
        this.bottomUp = c.bottomUp;
        this.linkCount = c.linkCount;
        this.linkPred = c.linkPred;
        this.linkSucc = c.linkSucc;
        this.linkType = c.linkType;
        this.lagUnit = c.lagUnit;
        this.lagValue = c.lagValue;
        this.hasDirectSuccessors = c.hasDirectSuccessors;
        this.hasSummaryLinks = c.hasSummaryLinks;
        this.leafNetwork = leafNetwork;
        this.leafOrder = leafOrder;
        this.planLinks = planLinks;
    }

    /** The shape of a plan that was validated and compiled, and whose leaf network has {@code leafOrder}. */
    static PlanShape of(ProjectPlan plan, PlanIndex index, CompiledPlan c, LinkGraph leafNetwork, int[] leafOrder,
                        LinkGraph planLinks) {
        return new PlanShape(plan, index, c, leafNetwork, leafOrder, planLinks);
    }

    /**
     * Whether {@code plan} has this structure: the same task ids in the same order, each under the same parent, and
     * dependencies equal one by one (ends, type and lag). Everything else about the tasks may differ. Callers that
     * hand the same String and Dependency instances from run to run make this a comparison of references.
     */
    boolean fits(ProjectPlan plan) {
        List<PlanTask> tasks = plan.tasks();
        List<Dependency> deps = plan.dependencies();
        if (tasks.size() != ids.length || deps.size() != dependencies.size()) {
            return false;
        }
        for (int i = 0; i < ids.length; i++) {
            PlanTask t = tasks.get(i);
            if (!same(ids[i], t.id()) || !same(parentIds[i], t.parentId())) {
                return false;
            }
        }
        if (deps != dependencies) {
            for (int k = 0; k < deps.size(); k++) {
                Dependency was = dependencies.get(k);
                Dependency is = deps.get(k);
                if (was != is && !was.equals(is)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean same(String a, String b) {
        return a == b || Objects.equals(a, b);
    }

    /** Number of tasks of the plans this shape fits. */
    public int taskCount() {
        return ids.length;
    }
}
