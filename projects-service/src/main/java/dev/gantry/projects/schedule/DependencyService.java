package dev.gantry.projects.schedule;

import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.projects.schedule.domain.LinkType;
import dev.gantry.projects.schedule.domain.TaskLink;
import dev.gantry.projects.schedule.persistence.LinkRepository;
import dev.gantry.projects.schedule.persistence.TaskRepository;
import dev.gantry.scheduling.model.Lag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Use cases on the dependencies between a project's tasks. */
@ApplicationScoped
@Transactional
public class DependencyService {

    private final TaskRepository tasks;
    private final LinkRepository links;
    private final Rescheduler rescheduler;
    private final ProjectAuthorizer authorizer;
    private final Clock clock;

    DependencyService(TaskRepository tasks, LinkRepository links, Rescheduler rescheduler, ProjectAuthorizer authorizer,
                      Clock clock) {
        this.tasks = tasks;
        this.links = links;
        this.rescheduler = rescheduler;
        this.authorizer = authorizer;
        this.clock = clock;
    }

    public TaskLink createLink(UUID projectId, UUID predecessorId, UUID successorId, LinkType type, double lagValue,
                               Lag.LagUnit lagUnit) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        return rescheduler.change(projectId, change -> createLink(change, predecessorId, successorId, type, lagValue,
                lagUnit)).value();
    }

    /** Links two tasks as part of a larger change (authorised by its caller). */
    public TaskLink createLink(PlanChange change, UUID predecessorId, UUID successorId, LinkType type, double lagValue,
                               Lag.LagUnit lagUnit) {
        UUID projectId = change.projectId();
        List<FieldError> errors = new ArrayList<>();
        if (tasks.findInProject(projectId, predecessorId).isEmpty()) {
            errors.add(FieldError.body("/predecessorId", "no task " + predecessorId + " in this project"));
        }
        if (tasks.findInProject(projectId, successorId).isEmpty()) {
            errors.add(FieldError.body("/successorId", "no task " + successorId + " in this project"));
        }
        if (errors.isEmpty() && predecessorId.equals(successorId)) {
            errors.add(FieldError.body("/successorId", "a task cannot depend on itself"));
        }
        if (lagUnit == Lag.LagUnit.PERCENT && Math.abs(lagValue) > 10_000) {
            errors.add(FieldError.body("/lag/value", "a percent lag must be between -10000 and 10000"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (links.exists(predecessorId, successorId)) {
            throw new ConflictException("These tasks are already linked",
                    List.of("Delete the existing dependency to link them differently"));
        }
        TaskLink link = TaskLink.create(projectId, predecessorId, successorId, type, lagValue, lagUnit, clock.instant());
        links.persist(link);
        links.flush();
        change.linkChanged(link.id);
        return link;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<TaskLink> listLinks(UUID projectId, UUID taskId, PageRequest pageRequest) {
        authorizer.require(projectId, ProjectPermission.READ);
        return links.page(projectId, taskId, pageRequest);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskLink link(UUID projectId, UUID linkId) {
        authorizer.require(projectId, ProjectPermission.READ);
        return links.findInProject(projectId, linkId).orElseThrow(() -> new NotFoundException("Dependency", linkId));
    }

    public void deleteLink(UUID projectId, UUID linkId, String ifMatch) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        rescheduler.change(projectId, change -> {
            TaskLink link = links.findInProject(projectId, linkId)
                    .orElseThrow(() -> new NotFoundException("Dependency", linkId));
            ETags.requireMatch(ifMatch, link.version);
            links.delete(link);
            links.flush();
            change.linkChanged(linkId);
            return null;
        });
    }
}
