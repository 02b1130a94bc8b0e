package dev.gantry.scheduling.mpxj;

import org.mpxj.ConstraintType;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.Task;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
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

    /** The documented difference that explains all of a network's differences, if any. */
    static Optional<String> explain(ProjectFile file, ScheduleComparison.Outcome outcome) {
        if (negativeSlackOnConstrainedTasksOnly(file, outcome)) {
            return Optional.of("negative slack on a task whose own constraint is earlier than its links allow");
        }
        // Both link differences are about how late a predecessor may finish. A network that has one is excused only
        // when every difference is a late date or slack, or sits on a task whose dates follow late dates: an
        // as-late-as-possible task, or a task downstream of one (successors, and the summaries around them).
        Set<Integer> lateDriven = lateDriven(file);
        boolean explainable = outcome.differences().stream()
                .allMatch(d -> BACKWARD_PASS.contains(d.field()) || lateDriven.contains(d.uniqueId()));
        return explainable ? in(file) : Optional.empty();
    }

    /** As-late-as-possible tasks and everything scheduled after them, by unique id. */
    private static Set<Integer> lateDriven(ProjectFile file) {
        Set<Integer> driven = new HashSet<>();
        Deque<Task> pending = new ArrayDeque<>();
        for (Task t : file.getTasks()) {
            if (t.getConstraintType() == ConstraintType.AS_LATE_AS_POSSIBLE) {
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
     * such a constraint, and Gantry's is lower.
     */
    private static boolean negativeSlackOnConstrainedTasksOnly(ProjectFile file, ScheduleComparison.Outcome outcome) {
        for (ScheduleComparison.Difference d : outcome.differences()) {
            if (!"totalSlack".equals(d.field())) {
                return false;
            }
            ConstraintType type = file.getTaskByUniqueID(d.uniqueId()).getConstraintType();
            boolean canPullEarlier = type == ConstraintType.MUST_START_ON || type == ConstraintType.MUST_FINISH_ON
                    || type == ConstraintType.START_NO_LATER_THAN || type == ConstraintType.FINISH_NO_LATER_THAN;
            if (!canPullEarlier || (Long) d.actual() >= (Long) d.expected()) {
                return false;
            }
        }
        return true;
    }

    /** The documented difference a network exhibits, if any. */
    static Optional<String> in(ProjectFile file) {
        for (Task t : file.getTasks()) {
            for (Relation r : t.getPredecessors()) {
                if (r.getSuccessorTask().getSummary() && hasCompletedLeaf(r.getSuccessorTask())) {
                    return Optional.of("link into a summary task containing a completed task");
                }
            }
        }
        for (Task t : file.getTasks()) {
            for (Relation r : t.getPredecessors()) {
                if (r.getType() == org.mpxj.RelationType.FINISH_START && hasStartedLeaf(r.getSuccessorTask())) {
                    return Optional.of("finish-to-start link into a task in progress");
                }
            }
        }
        return Optional.empty();
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
