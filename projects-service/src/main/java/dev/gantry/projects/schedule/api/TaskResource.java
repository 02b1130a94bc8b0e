package dev.gantry.projects.schedule.api;

import dev.gantry.platform.http.ETags;
import dev.gantry.platform.http.IdempotentRequests;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.projects.schedule.TaskService;
import dev.gantry.projects.schedule.domain.TaskView;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/projects/{projectId}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Tasks", description = "The project's WBS. Every change recomputes the schedule in the same transaction.")
public class TaskResource {

    private static final Map<String, String> SORTABLE = Map.of("position", "position", "name", "name",
            "createdAt", "createdAt", "durationMinutes", "durationMinutes");

    private final TaskService service;
    private final IdempotentRequests idempotency;

    TaskResource(TaskService service, IdempotentRequests idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a task",
            description = "Project members who may write (and admins, the PMO). The schedule is recomputed; a change"
                    + " the engine rejects (409) writes nothing. Publishes ScheduleChanged and the schedule snapshot."
                    + " Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Created, with its computed dates",
            content = @Content(schema = @Schema(implementation = TaskResponse.class)))
    public Response create(@PathParam("projectId") UUID projectId,
                           @Parameter(description = "Any unique string identifying this request for safe retries")
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           @NotNull @Valid TaskRequest body, UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/projects/" + projectId + "/tasks", body, () -> {
            TaskView task = service.createTask(projectId, ScheduleMapper.toInput(body));
            return Response.created(uri.getAbsolutePathBuilder().path(task.task().id.toString()).build())
                    .tag(etag(task.task().version)).entity(ScheduleMapper.toResponse(task)).build();
        });
    }

    @GET
    @Operation(summary = "List the project's tasks", description = "In WBS order by default, paged.")
    public PageResponse<TaskResponse> list(
            @PathParam("projectId") UUID projectId,
            @Parameter(description = "Page number from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") Integer size,
            @Parameter(description = "field,asc|desc; fields: position, name, createdAt, durationMinutes")
            @QueryParam("sort") List<String> sort,
            @Parameter(description = "Only the direct subtasks of this summary task") @QueryParam("parentId") UUID parentId) {
        PageRequest pageRequest = PageRequest.of(page, size, sort, SORTABLE, "position,asc");
        return service.listTasks(projectId, parentId, pageRequest).map(ScheduleMapper::toResponse);
    }

    @GET
    @Path("/{taskId}")
    @Operation(summary = "Read a task with its computed dates")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TaskResponse.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("taskId") UUID taskId) {
        TaskView task = service.task(projectId, taskId);
        return Response.ok(ScheduleMapper.toResponse(task)).tag(etag(task.task().version)).build();
    }

    @PATCH
    @Path("/{taskId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change a task",
            description = "JSON merge patch: only the fields present change. Requires If-Match with the task's ETag."
                    + " Progress changes go here too. The schedule is recomputed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TaskResponse.class)))
    public Response update(@PathParam("projectId") UUID projectId, @PathParam("taskId") UUID taskId,
                           @Parameter(description = "The ETag of the version you changed", required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid UpdateTaskRequest body) {
        TaskView task = service.updateTask(projectId, taskId, ifMatch, ScheduleMapper.toInput(body));
        return Response.ok(ScheduleMapper.toResponse(task)).tag(etag(task.task().version)).build();
    }

    @DELETE
    @Path("/{taskId}")
    @Operation(summary = "Delete a task", description = "Its dependencies go with it; a summary task must be emptied"
            + " first (409). Requires If-Match. The schedule is recomputed.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("projectId") UUID projectId, @PathParam("taskId") UUID taskId,
                       @Parameter(description = "The ETag of the task", required = true)
                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteTask(projectId, taskId, ifMatch);
    }

    static EntityTag etag(long version) {
        return EntityTag.valueOf(ETags.of(version));
    }
}
