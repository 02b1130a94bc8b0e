package dev.gantry.projects.project.api;

import dev.gantry.platform.security.ProjectMembership;
import dev.gantry.projects.project.ProjectService;
import dev.gantry.projects.project.domain.Project;

/** Maps between the API's records and the domain. Entities never go over the wire. */
final class ProjectMapper {

    private ProjectMapper() {
    }

    static ProjectResponse toResponse(Project project) {
        MoneyDto budget = project.budgetAmount == null ? null
                : new MoneyDto(project.budgetAmount, project.budgetCurrency);
        return new ProjectResponse(project.id, project.name, project.description, project.type.name(),
                project.status.name(), new ProjectResponse.PersonDto(project.managerId, project.managerName),
                project.startDate, budget, project.version, project.createdAt, project.updatedAt);
    }

    static MemberResponse toResponse(ProjectMembership membership) {
        return new MemberResponse(membership.userId, membership.username, membership.role.name());
    }

    static ProjectService.CreateProject toCommand(CreateProjectRequest request) {
        return new ProjectService.CreateProject(request.name(), request.description(), request.type(),
                request.startDate(), request.budget() == null ? null : request.budget().amount(),
                request.budget() == null ? null : request.budget().currency());
    }

    static ProjectService.UpdateProject toCommand(UpdateProjectRequest request) {
        return new ProjectService.UpdateProject(request.name(), request.description(), request.type(),
                request.startDate(), request.budget().map(money -> new Project.Budget(money.amount(), money.currency())));
    }
}
