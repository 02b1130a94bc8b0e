package dev.gantry.scheduling.mpxj;

import org.mpxj.ConstraintType;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.Task;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Situations where Gantry deliberately computes something other than MPXJ's MicrosoftScheduler,
 * documented in libs/scheduling/README.md ("Known differences"). The differential test reports networks
 * containing them separately instead of failing.
 */
final class KnownDifferences {

    private KnownDifferences() {
    }

    /** Fields computed by the backward pass: the only ones the documented link differences can change. */
    private static final Set<String> BACKWARD_PASS = Set.of("lateStart", "lateFinish", "totalSlack");

    /**
     * The documented differences that explain all of a network's differences, if they do: each difference must sit on
     * a task that one of the documented causes reaches, never merely somewhere in a network that has a cause.
     */
    static Optional<String> explain(ProjectFile file, ScheduleComparison.Outcome outcome) {
        List<Cause> causes = causes(file);
        List<Set<Integer>> upstream = new ArrayList<>();
        List<Set<Integer>> lateDriven = new ArrayList<>();
        for (Cause cause : causes) {
            Set<Integer> reached = upstreamOf(cause.predecessors());
            upstream.add(reached);
            lateDriven.add(lateDriven(file, reached));
        }
        Set<String> used = new java.util.TreeSet<>();
        for (ScheduleComparison.Difference d : outcome.differences()) {
            if (negativeSlackOnConstrainedTask(file, d)) {
                used.add("negative slack on a task whose own constraint is earlier than its links allow");
                continue;
            }
            // Both link differences are about how late a predecessor may finish: they change the late dates and
            // slack of the link's predecessor and of everything upstream of it (the backward pass), and any date of a
            // task whose dates follow late dates — an as-late-as-possible task among those, and what follows it.
            boolean explained = false;
            for (int c = 0; c < causes.size() && !explained; c++) {
                if (lateDriven.get(c).contains(d.uniqueId())
                        || (BACKWARD_PASS.contains(d.field()) && upstream.get(c).contains(d.uniqueId()))) {
                    used.add(causes.get(c).name());
                    explained = true;
                }
            }
            if (!explained) {
                return Optional.empty();
            }
        }
        return used.isEmpty() ? Optional.empty() : Optional.of(String.join(" + ", used));
    }

    /** A documented cause found in a network: its name and the predecessors of the links that have it. */
    private record Cause(String name, List<Task> predecessors) {
    }

    private static List<Cause> causes(ProjectFile file) {
        List<Task> intoSummary = new ArrayList<>();
        List<Task> intoStarted = new ArrayList<>();
        for (Task t : file.getTasks()) {
            for (Relation r : t.getPredecessors()) {
                if (r.getSuccessorTask().getSummary() && hasCompletedLeaf(r.getSuccessorTask())) {
                    intoSummary.add(r.getPredecessorTask());
                }
                if (r.getType() == org.mpxj.RelationType.FINISH_START && hasStartedLeaf(r.getSuccessorTask())) {
                    intoStarted.add(r.getPredecessorTask());
                }
            }
        }
        List<Cause> causes = new ArrayList<>();
        if (!intoSummary.isEmpty()) {
            causes.add(new Cause("link into a summary task containing a completed task", intoSummary));
        }
        if (!intoStarted.isEmpty()) {
            causes.add(new Cause("finish-to-start link into a task in progress", intoStarted));
        }
        return causes;
    }

    /**
     * The tasks whose late dates a change in these tasks' late finish can reach: the tasks themselves (all tasks under
     * a summary among them), their predecessors, transitively, and the summaries around each, whose predecessors
     * are reached in turn.
     */
    private static Set<Integer> upstreamOf(List<Task> tasks) {
        Set<Integer> reached = new HashSet<>();
        Set<Integer> expanded = new HashSet<>();
        Deque<Task> pending = new ArrayDeque<>(tasks);
        while (!pending.isEmpty()) {
            Task t = pending.removeFirst();
            if (!expanded.add(t.getUniqueID())) {
                continue;
            }
            pending.addAll(t.getChildTasks());
            // The task and the summaries around it (whose late dates roll up from it), and their predecessors.
            for (Task a = t; a != null; a = a.getParentTask()) {
                reached.add(a.getUniqueID());
                for (Relation r : a.getPredecessors()) {
                    pending.add(r.getPredecessorTask());
                }
            }
        }
        return reached;
    }

    /** The as-late-as-possible tasks among {@code reached}, and everything scheduled after them, by unique id. */
    private static Set<Integer> lateDriven(ProjectFile file, Set<Integer> reached) {
        Set<Integer> driven = new HashSet<>();
        Deque<Task> pending = new ArrayDeque<>();
        for (Task t : file.getTasks()) {
            if (t.getConstraintType() == ConstraintType.AS_LATE_AS_POSSIBLE && reached.contains(t.getUniqueID())) {
                pending.add(t);
            }
        }
        while (!pending.isEmpty()) {
            Task t = pending.removeFirst();
            if (!driven.add(t.getUniqueID())) {
                continue;
            }
            if (t.getParentTask() != null) {
                pending.add(t.getParentTask());
            }
            pending.addAll(t.getChildTasks());
            for (Relation r : t.getSuccessors()) {
                pending.add(r.getSuccessorTask());
            }
        }
        return driven;
    }

    /**
     * MS Project keeps an MSO/MFO/SNLT/FNLT date that is earlier than the task's links allow as its early
     * date, but measures the task's own total slack from where the links would put it, so the conflict
     * shows as negative slack on the task itself (slack9.mpp: "Milestone 2", MFO, -1 day). MPXJ measures
     * from the constraint date and reports 0. The symptom: only total slack differs, only on tasks with
     * such a constraint, and Gantry's is lower — checked per difference.
     */
    private static boolean negativeSlackOnConstrainedTask(ProjectFile file, ScheduleComparison.Difference d) {
        if (!"totalSlack".equals(d.field())) {
            return false;
        }
        ConstraintType type = file.getTaskByUniqueID(d.uniqueId()).getConstraintType();
        boolean canPullEarlier = type == ConstraintType.MUST_START_ON || type == ConstraintType.MUST_FINISH_ON
                || type == ConstraintType.START_NO_LATER_THAN || type == ConstraintType.FINISH_NO_LATER_THAN;
        return canPullEarlier && (Long) d.actual() < (Long) d.expected();
    }

    /**
     * MS Project (Software Development.mpp) lets the predecessor of a task in progress finish as late as
     * the point where the successor's remaining work resumes (its actual start plus the work done); MPXJ
     * uses the successor's late start computed from its remaining duration.
     */
    private static boolean hasStartedLeaf(Task task) {
        if (!task.getSummary()) {
            return task.getActualStart() != null && task.getActualFinish() == null && task.getDuration().getDuration() > 0;
        }
        for (Task child : task.getChildTasks()) {
            if (hasStartedLeaf(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * MPXJ ignores completed successors in the backward pass for ordinary links, but not for the links it
     * derives from a link into a summary task, so a completed subtask's actual finish caps the
     * predecessor's late finish there. Gantry ignores completed successors in both cases.
     */
    private static boolean hasCompletedLeaf(Task summary) {
        for (Task child : summary.getChildTasks()) {
            if (child.getSummary() ? hasCompletedLeaf(child) : child.getActualFinish() != null) {
                return true;
            }
        }
        return false;
    }
}
