package dev.gantry.scheduling.mpxj;

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
