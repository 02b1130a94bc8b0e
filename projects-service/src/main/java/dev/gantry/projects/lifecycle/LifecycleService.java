package dev.gantry.projects.lifecycle;

import dev.gantry.contracts.project.ProjectRole;
import dev.gantry.contracts.project.ProjectStatusChanged;
import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectMemberships;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.projects.baseline.persistence.BaselineRepository;
import dev.gantry.projects.charter.domain.Charter;
import dev.gantry.projects.charter.persistence.CharterRepository;
import dev.gantry.projects.lifecycle.domain.GateFacts;
import dev.gantry.projects.lifecycle.domain.Lifecycle;
import dev.gantry.projects.lifecycle.domain.Transition;
import dev.gantry.projects.lifecycle.domain.TransitionKind;
import dev.gantry.projects.project.domain.Project;
import dev.gantry.projects.project.domain.ProjectStatus;
import dev.gantry.projects.project.persistence.ProjectRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Moves projects through their lifecycle, checking each gate. Every move publishes ProjectStatusChanged. */
@ApplicationScoped
@Transactional
public class LifecycleService {

    /** A move that happened. */
    public record Moved(Project project, ProjectStatus from, ProjectStatus to, String reason) {
    }

    /** The project and the transitions open to it now. */
    public record Gates(Project project, List<Transition> transitions) {
    }

    private final ProjectRepository projects;
    private final CharterRepository charters;
    private final BaselineRepository baselines;
    private final ProjectMemberships memberships;
    private final ProjectAuthorizer authorizer;
    private final EventPublisher events;
    private final Clock clock;
    private final ClosureProgress closure;

    LifecycleService(ProjectRepository projects, CharterRepository charters, BaselineRepository baselines,
                     ProjectMemberships memberships, ProjectAuthorizer authorizer, EventPublisher events, Clock clock,
                     ClosureProgress closure) {
        this.projects = projects;
        this.charters = charters;
        this.baselines = baselines;
        this.memberships = memberships;
        this.authorizer = authorizer;
        this.events = events;
        this.clock = clock;
        this.closure = closure;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Gates gates(UUID projectId) {
        authorizer.require(projectId, ProjectPermission.READ);
        Project project = projects.require(projectId);
        return new Gates(project, Lifecycle.next(project, facts(project)).stream()
                .map(t -> withClosureProgress(project, t)).toList());
    }

    /**
     * Moves the project to {@code to} if the lifecycle allows it and the gate's criteria are met; otherwise 409 with
     * every reason. Requires If-Match with the project's ETag. The project row is locked so that the gate is checked
     * against what is committed.
     */
    public Moved transition(UUID projectId, String ifMatch, ProjectStatus to, String reason) {
        authorizer.require(projectId, ProjectPermission.MANAGE);
        Project project = projects.requireForUpdate(projectId);
        ETags.requireMatch(ifMatch, project.version);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null && Lifecycle.needsReason(to)) {
            throw new ValidationException(FieldError.body("/reason",
                    "is required when the project goes " + to + ", so that everyone knows why"));
        }
        Transition transition = withClosureProgress(project, Lifecycle.check(project, to, facts(project)));
        if (!transition.allowed()) {
            throw new ConflictException("The project cannot move from " + project.status + " to " + to,
                    transition.reasons());
        }
        return move(project, to, why);
    }

    /**
     * Moves a project whose row the caller has locked and whose move the caller has decided (a gate passed, or the
     * closure saga completed), and publishes ProjectStatusChanged.
     */
    public Moved move(Project project, ProjectStatus to, String why) {
        ProjectStatus from = project.status;
        Lifecycle.apply(project, to, clock.instant());
        projects.flush();
        events.publish(new ProjectStatusChanged(project.id, from.name(), to.name(), why, project.version,
                project.updatedAt));
        return new Moved(project, from, to, why);
    }

    /** CLOSING → CLOSED is blocked by the closure process; say where the project's closure stands. */
    private Transition withClosureProgress(Project project, Transition transition) {
        if (transition.kind() != TransitionKind.CLOSURE) {
            return transition;
        }
        return new Transition(transition.to(), transition.kind(), transition.criteria(),
                List.of(closure.blocker(project.id)));
    }

    private GateFacts facts(Project project) {
        Charter charter = charters.findByIdOptional(project.id).orElse(null);
        boolean managerIsMember = memberships.find(project.id, project.managerId)
                .map(m -> m.role == ProjectRole.MANAGER).orElse(false);
        boolean budget = project.budgetAmount != null && project.budgetAmount.compareTo(BigDecimal.ZERO) > 0;
        boolean baseline = baselines.anyFor(project.id);
        if (charter == null) {
            return new GateFacts(false, false, 0, false, false, false, managerIsMember, budget, baseline);
        }
        return new GateFacts(true, charter.hasScopeStatement(), charter.objectives.size(),
                charter.everyObjectiveHasAKpi(), charter.hasSponsor(), charter.plannedEndDate != null,
                managerIsMember, budget, baseline);
    }
}
