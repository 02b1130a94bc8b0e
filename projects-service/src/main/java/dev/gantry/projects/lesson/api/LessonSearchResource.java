package dev.gantry.projects.lesson.api;

import dev.gantry.platform.paging.PageResponse;
import dev.gantry.projects.lesson.LessonService;
import dev.gantry.projects.project.domain.ProjectType;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/projects/lessons")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Lessons learned")
public class LessonSearchResource {

    private final LessonService service;

    LessonSearchResource(LessonService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Search lessons learned across projects",
            description = "The lessons of every project the caller is a member of (every project for admins and the"
                    + " PMO), each with its project. Full-text search with q, ranked by relevance; filter by the"
                    + " project type to learn from similar projects, e.g. every NETWORK_ROLLOUT lesson about"
                    + " VENDOR that WENT_BADLY.")
    public PageResponse<LessonSearchHit> search(
            @Valid @BeanParam LessonQuery query,
            @Parameter(description = "Only lessons of projects of this type", example = "NETWORK_ROLLOUT")
            @QueryParam("projectType") ProjectType projectType) {
        return service.search(query.filter(projectType), query.pageRequest()).map(LessonMapper::toHit);
    }
}
