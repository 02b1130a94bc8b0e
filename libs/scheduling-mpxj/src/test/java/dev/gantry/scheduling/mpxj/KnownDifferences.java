package dev.gantry.scheduling.mpxj;

import org.mpxj.ConstraintType;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.Task;

import java.util.Optional;

/**
 * Situations where Gantry deliberately computes something other than MPXJ's MicrosoftScheduler,
 * documented in libs/scheduling/README.md ("Known differences"). The differential test reports networks
 * containing them separately instead of failing.
 */
final class KnownDifferences {

    private KnownDifferences() {
    }

    /** The documented difference that explains all of a network's differences, if any. */
    static Optional<String> explain(ProjectFile file, ScheduleComparison.Outcome outcome) {
        if (negativeSlackOnConstrainedTasksOnly(file, outcome)) {
            return Optional.of("negative slack on a task whose own constraint is earlier than its links allow");
        }
        return in(file);
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
        return Optional.empty();
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
