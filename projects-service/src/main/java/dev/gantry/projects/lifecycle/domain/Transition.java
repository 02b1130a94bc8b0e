package dev.gantry.projects.lifecycle.domain;

import dev.gantry.projects.project.domain.ProjectStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * A possible move from the current state: its gate criteria and, independent of them, what rules it out
 * ({@code blockers}, e.g. "closure must be requested"). It may be taken when nothing blocks it and every criterion is met.
 */
public record Transition(ProjectStatus to, TransitionKind kind, List<Criterion> criteria, List<String> blockers) {

    public Transition {
        criteria = List.copyOf(criteria);
        blockers = List.copyOf(blockers);
    }

    public boolean allowed() {
        return blockers.isEmpty() && criteria.stream().allMatch(Criterion::met);
    }

    /** Everything that stands in the way, one sentence each: the blockers, then every unmet criterion. */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>(blockers);
        criteria.stream().filter(c -> !c.met()).forEach(c -> reasons.add("Gate criterion not met: " + c.description()));
        return reasons;
    }
}
