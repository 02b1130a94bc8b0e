package dev.gantry.projects.lifecycle.domain;

import dev.gantry.projects.project.domain.Project;
import dev.gantry.projects.project.domain.ProjectStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static dev.gantry.projects.project.domain.ProjectStatus.CANCELLED;
import static dev.gantry.projects.project.domain.ProjectStatus.CLOSED;
import static dev.gantry.projects.project.domain.ProjectStatus.CLOSING;
import static dev.gantry.projects.project.domain.ProjectStatus.EXECUTING;
import static dev.gantry.projects.project.domain.ProjectStatus.INITIATING;
import static dev.gantry.projects.project.domain.ProjectStatus.ON_HOLD;
import static dev.gantry.projects.project.domain.ProjectStatus.PLANNING;

/**
 * The project lifecycle: INITIATING → PLANNING → EXECUTING → CLOSING → CLOSED, with ON_HOLD (from planning or
 * execution, resuming where it was) and CANCELLED (from any state that is not final). Forward moves pass a gate whose
 * criteria are checked against {@link GateFacts}; CLOSING → CLOSED belongs to the closure process.
 */
public final class Lifecycle {

    /** Why CLOSING → CLOSED is not a manual move; the closure feature adds where the project's closure stands. */
    public static final String CLOSURE_REQUIRED = "A project is closed by requesting its closure"
            + " (POST /api/projects/{id}/closure), which releases its allocations, settles its open risks and"
            + " produces the final report; the project closes when every participant has answered";

    private Lifecycle() {
    }

    /** The transitions from the project's current state, in a stable order, each with its criteria. */
    public static List<Transition> next(Project project, GateFacts facts) {
        List<Transition> transitions = new ArrayList<>();
        switch (project.status) {
            case INITIATING -> transitions.add(gate(PLANNING, initiatingToPlanning(facts)));
            case PLANNING -> {
                transitions.add(gate(EXECUTING, planningToExecuting(facts)));
                transitions.add(simple(ON_HOLD, TransitionKind.HOLD));
            }
            case EXECUTING -> {
                transitions.add(gate(CLOSING, List.of()));
                transitions.add(simple(ON_HOLD, TransitionKind.HOLD));
            }
            case CLOSING -> transitions.add(new Transition(CLOSED, TransitionKind.CLOSURE, List.of(),
                    List.of(CLOSURE_REQUIRED)));
            case ON_HOLD -> transitions.add(simple(resumesTo(project), TransitionKind.RESUME));
            case CLOSED, CANCELLED -> {
                return List.of();
            }
        }
        transitions.add(simple(CANCELLED, TransitionKind.CANCEL));
        return transitions;
    }

    /**
     * The transition to {@code to}, with everything that stands in its way. A state that cannot be reached from the
     * current one at all comes back blocked, with a sentence naming the states that can.
     */
    public static Transition check(Project project, ProjectStatus to, GateFacts facts) {
        List<Transition> next = next(project, facts);
        Optional<Transition> transition = next.stream().filter(t -> t.to() == to).findFirst();
        if (transition.isPresent()) {
            return transition.get();
        }
        String why;
        if (to == project.status) {
            why = "The project is already " + to;
        } else if (next.isEmpty()) {
            why = "The project is " + project.status + "; that is final";
        } else {
            why = "A project in " + project.status + " cannot move to " + to + "; it can move to "
                    + next.stream().map(t -> t.to().name()).collect(Collectors.joining(", "));
        }
        return new Transition(to, null, List.of(), List.of(why));
    }

    /** Moves the project; the caller has checked that the transition is allowed. */
    public static void apply(Project project, ProjectStatus to, Instant now) {
        project.statusBeforeHold = to == ON_HOLD ? project.status : null;
        project.status = to;
        project.updatedAt = now;
    }

    /** HOLD and CANCEL need a reason, so that whoever reads the history knows why. */
    public static boolean needsReason(ProjectStatus to) {
        return to == ON_HOLD || to == CANCELLED;
    }

    private static ProjectStatus resumesTo(Project project) {
        return project.statusBeforeHold == null ? PLANNING : project.statusBeforeHold;
    }

    private static List<Criterion> initiatingToPlanning(GateFacts facts) {
        return List.of(
                new Criterion("CHARTER_SCOPE_STATEMENT", "the charter has a scope statement",
                        facts.charterExists() && facts.scopeStatement()),
                new Criterion("CHARTER_OBJECTIVE", "the charter has at least one objective",
                        facts.charterExists() && facts.objectives() > 0),
                new Criterion("OBJECTIVES_MEASURABLE", "every objective has at least one KPI",
                        facts.charterExists() && facts.objectives() > 0 && facts.everyObjectiveHasAKpi()),
                new Criterion("CHARTER_SPONSOR", "the charter names a sponsor",
                        facts.charterExists() && facts.sponsor()));
    }

    private static List<Criterion> planningToExecuting(GateFacts facts) {
        return List.of(
                new Criterion("MANAGER", "the project has a manager who is a member with the MANAGER role",
                        facts.managerIsMember()),
                new Criterion("BUDGET", "the project has a budget greater than zero", facts.budget()),
                new Criterion("CHARTER_PLANNED_END_DATE", "the charter has a planned end date",
                        facts.charterExists() && facts.plannedEndDate()),
                new Criterion("BASELINE", "the project has a saved baseline", facts.baseline()));
    }

    private static Transition gate(ProjectStatus to, List<Criterion> criteria) {
        return new Transition(to, TransitionKind.GATE, criteria, List.of());
    }

    private static Transition simple(ProjectStatus to, TransitionKind kind) {
        return new Transition(to, kind, List.of(), List.of());
    }
}
