package dev.gantry.projects.project;

import dev.gantry.projects.project.domain.Project;

/**
 * What creating a project needs when the request names a template: the project, then the template's plan scheduled
 * from its start, in one transaction. Implemented by the template feature, which builds on projects and schedules;
 * declared here so that projects depend on neither.
 */
public interface ProjectTemplates {

    /** CreateProject from the template with this code; 400 on /templateCode when there is none. */
    Project createProject(String templateCode, ProjectService.CreateProject command);
}
