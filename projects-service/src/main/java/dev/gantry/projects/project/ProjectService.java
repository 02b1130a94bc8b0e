package dev.gantry.projects.project;

import dev.gantry.contracts.project.Member;
import dev.gantry.contracts.project.Money;
import dev.gantry.contracts.project.ProjectCreated;
import dev.gantry.contracts.project.ProjectMemberAdded;
import dev.gantry.contracts.project.ProjectMemberRemoved;
import dev.gantry.contracts.project.ProjectRole;
import dev.gantry.contracts.project.ProjectUpdated;
import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.patch.Patch;
import dev.gantry.platform.security.CurrentUser;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectMembership;
import dev.gantry.platform.security.ProjectMemberships;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.projects.project.domain.Project;
import dev.gantry.projects.project.domain.ProjectStatus;
import dev.gantry.projects.project.domain.ProjectType;
import dev.gantry.projects.project.persistence.ProjectRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Use cases on projects and their members. Every change publishes its event through the outbox. */
@ApplicationScoped
@Transactional
public class ProjectService {

    /** What a new project starts with. */
    public record CreateProject(String name, String description, ProjectType type, LocalDate startDate,
                                BigDecimal budgetAmount, String budgetCurrency) {
    }

    /** Changes to a project; null fields stay as they are. */
    public record UpdateProject(Patch<String> name, Patch<String> description, Patch<ProjectType> type,
                                Patch<LocalDate> startDate, Patch<Project.Budget> budget) {
    }

    private final ProjectRepository projects;
    private final ProjectMemberships memberships;
    private final ProjectAuthorizer authorizer;
    private final CurrentUser user;
    private final EventPublisher events;
    private final Clock clock;
    private final Event<ProjectStartMoved> startMoved;

    ProjectService(ProjectRepository projects, ProjectMemberships memberships, ProjectAuthorizer authorizer,
                   CurrentUser user, EventPublisher events, Clock clock, Event<ProjectStartMoved> startMoved) {
        this.projects = projects;
        this.memberships = memberships;
        this.authorizer = authorizer;
        this.user = user;
        this.events = events;
        this.clock = clock;
        this.startMoved = startMoved;
    }

    /** CreateProject: the creator becomes the project's manager. */
    public Project create(CreateProject command) {
        Instant now = clock.instant();
        Project project = Project.start(command.name(), command.description(), command.type(), command.startDate(),
                command.budgetAmount(), command.budgetCurrency(), user.id(), user.username(), now);
        projects.persistAndFlush(project);
        Member manager = new Member(user.id(), user.username(), ProjectRole.MANAGER);
        memberships.upsert(project.id, manager);
        events.publish(new ProjectCreated(project.id, project.name, project.description, project.type.name(),
                project.status.name(), manager, project.startDate, budget(project), List.of(manager),
                project.version, now));
        return project;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Project get(UUID id) {
        authorizer.require(id, ProjectPermission.READ);
        return projects.require(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Project> list(ProjectType type, ProjectStatus status, String nameContains,
                                      PageRequest pageRequest) {
        String visibleTo = authorizer.seesAllProjects() ? null : user.id();
        return projects.search(new ProjectRepository.Filter(visibleTo, type, status, nameContains), pageRequest);
    }

    /** UpdateProject: only with the current version in If-Match, so that no one's change is lost. */
    public Project update(UUID id, String ifMatch, UpdateProject command) {
        authorizer.require(id, ProjectPermission.MANAGE);
        Project project = projects.require(id);
        ETags.requireMatch(ifMatch, project.version);
        List<String> changed = project.change(command.name(), command.description(), command.type(),
                command.startDate(), command.budget(), clock.instant());
        if (changed.isEmpty()) {
            return project;
        }
        projects.flush();
        events.publish(new ProjectUpdated(project.id, project.name, project.description, project.type.name(),
                project.startDate, budget(project), changed, project.version, project.updatedAt));
        if (changed.contains("startDate")) {
            startMoved.fire(new ProjectStartMoved(project.id));
        }
        return project;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProjectMembership> members(UUID projectId) {
        authorizer.require(projectId, ProjectPermission.READ);
        return memberships.ofProject(projectId);
    }

    /** AddMember: adds a user to the project or changes their role. Returns true when the user is new. */
    public boolean putMember(UUID projectId, String userId, String username, ProjectRole role) {
        authorizer.require(projectId, ProjectPermission.MANAGE);
        Project project = projects.require(projectId);
        if (project.isManagedBy(userId) && role != ProjectRole.MANAGER) {
            throw new ConflictException("The project's manager keeps the manager role",
                    List.of("Make someone else the project's manager before changing this user's role"));
        }
        boolean added = memberships.find(projectId, userId).isEmpty();
        Member member = new Member(userId, username, role);
        memberships.upsert(projectId, member);
        events.publish(new ProjectMemberAdded(projectId, member, clock.instant()));
        return added;
    }

    /** RemoveMember. */
    public void removeMember(UUID projectId, String userId) {
        authorizer.require(projectId, ProjectPermission.MANAGE);
        Project project = projects.require(projectId);
        if (project.isManagedBy(userId)) {
            throw new ConflictException("The project's manager cannot be removed",
                    List.of("Make someone else the project's manager first"));
        }
        if (!memberships.remove(projectId, userId)) {
            throw new NotFoundException("Member", userId);
        }
        events.publish(new ProjectMemberRemoved(projectId, userId, clock.instant()));
    }

    private static Money budget(Project project) {
        return project.budgetAmount == null ? null : new Money(project.budgetAmount, project.budgetCurrency);
    }
}
