package dev.gantry.projects.meeting.api;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.http.IdempotentRequests;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.projects.meeting.ActionItemService;
import dev.gantry.projects.meeting.domain.ActionItem;
import dev.gantry.projects.meeting.domain.ActionItemStatus;
import dev.gantry.projects.meeting.persistence.ActionItemRepository;
import dev.gantry.projects.schedule.api.ScheduleMapper;
import dev.gantry.projects.schedule.api.TaskResponse;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/projects/{projectId}/meetings/{meetingId}/action-items")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Meetings")
public class ActionItemResource {

    static final Map<String, String> SORTABLE = Map.of("dueDate", "dueDate", "status", "status",
            "createdAt", "createdAt", "updatedAt", "updatedAt");
    static final String ITEM_EXAMPLE = """
            {"description": "Order the replacement switches for the northern branches",
             "owner": {"userId": "7f3e2d1c-0b9a-3876-a5b4-c3d2e1f0a9b8"}, "dueDate": "2027-03-29"}""";

    private final ActionItemService service;
    private final IdempotentRequests idempotency;

    ActionItemResource(ActionItemService service, IdempotentRequests idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "List a meeting's action items",
            description = "Members, admins and the PMO. Paged; sort dueDate (default), status, createdAt, updatedAt.")
    public PageResponse<ActionItemResponse> list(
            @PathParam("projectId") UUID projectId, @PathParam("meetingId") UUID meetingId,
            @Parameter(description = "Page number from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") Integer size,
            @Parameter(description = "field,asc|desc; fields: dueDate, status, createdAt, updatedAt")
            @QueryParam("sort") List<String> sort,
            @QueryParam("status") ActionItemStatus status) {
        PageRequest pageRequest = PageRequest.of(page, size, sort, SORTABLE, "dueDate,asc");
        return service.list(projectId, new ActionItemRepository.Filter(meetingId, status, null, null), pageRequest)
                .map(MeetingMapper::toResponse);
    }

    @GET
    @Path("/{actionItemId}")
    @Operation(summary = "Read an action item")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ActionItemResponse.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("meetingId") UUID meetingId,
                        @PathParam("actionItemId") UUID actionItemId,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ActionItem item = service.get(projectId, meetingId, actionItemId);
        if (ETags.notModified(ifNoneMatch, item.version)) {
            return Response.notModified().tag(etag(item)).build();
        }
        return Response.ok(MeetingMapper.toResponse(item)).tag(etag(item)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an action item",
            description = "Members with write access, admins and the PMO; not on a cancelled meeting (409). The owner"
                    + " is a project member (userId) or an outside person (name and email); the due date is not before"
                    + " the meeting's date. Idempotency-Key honoured. Publishes ActionItemAdded.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionItemRequest.class),
            examples = @ExampleObject(name = "switches", value = ITEM_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Added; Location names the item",
            content = @Content(schema = @Schema(implementation = ActionItemResponse.class)))
    public Response add(@PathParam("projectId") UUID projectId, @PathParam("meetingId") UUID meetingId,
                        @Parameter(description = "Any unique string (e.g. a UUID) identifying this request for safe"
                                + " retries") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                        @NotNull @Valid ActionItemRequest body,
                        UriInfo uri) {
        return idempotency.execute(idempotencyKey,
                "POST /api/projects/" + projectId + "/meetings/" + meetingId + "/action-items", body, () -> {
                    ActionItem item = service.add(projectId, meetingId, MeetingMapper.toInput(body));
                    return Response.created(uri.getAbsolutePathBuilder().path(item.id.toString()).build())
                            .tag(etag(item))
                            .entity(MeetingMapper.toResponse(item))
                            .build();
                });
    }

    @PUT
    @Path("/{actionItemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an action item",
            description = "Description, owner, due date and status (required here). Requires If-Match with the item's"
                    + " ETag. Publishes ActionItemUpdated when something changed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionItemRequest.class),
            examples = @ExampleObject(name = "done", value = """
                    {"description": "Order the replacement switches for the northern branches",
                     "owner": {"userId": "7f3e2d1c-0b9a-3876-a5b4-c3d2e1f0a9b8"}, "dueDate": "2027-03-29",
                     "status": "DONE"}""")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ActionItemResponse.class)))
    public Response update(@PathParam("projectId") UUID projectId, @PathParam("meetingId") UUID meetingId,
                           @PathParam("actionItemId") UUID actionItemId,
                           @Parameter(description = "The ETag of the version you changed", required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ActionItemRequest body) {
        if (body.status() == null) {
            throw new ValidationException(FieldError.body("/status", "must not be null; send OPEN, DONE or"
                    + " CANCELLED"));
        }
        ActionItem item = service.update(projectId, meetingId, actionItemId, ifMatch, MeetingMapper.toInput(body));
        return Response.ok(MeetingMapper.toResponse(item)).tag(etag(item)).build();
    }

    @POST
    @Path("/{actionItemId}/task")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn an action item into a task",
            description = "Creates a task in the project's WBS, named after the item's description, with the item's due"
                    + " date (17:00) as its deadline, optionally under a summary task and with a duration (default"
                    + " 480 working minutes). The schedule is recomputed (ScheduleChanged). The item records the task"
                    + " (taskId) and the task its origin. Only OPEN items not yet linked to a task (409 otherwise)."
                    + " Idempotency-Key honoured. Publishes ActionItemConvertedToTask.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConvertToTaskRequest.class),
            examples = @ExampleObject(name = "two days", value = "{\"durationMinutes\": 960}")))
    @APIResponse(responseCode = "201", description = "The task was created; Location and ETag are the task's, the body"
            + " is the task with its origin", content = @Content(schema = @Schema(implementation = TaskResponse.class)))
    public Response convert(@PathParam("projectId") UUID projectId, @PathParam("meetingId") UUID meetingId,
                            @PathParam("actionItemId") UUID actionItemId,
                            @Parameter(description = "Any unique string (e.g. a UUID) identifying this request for"
                                    + " safe retries") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                            @Valid ConvertToTaskRequest body,
                            UriInfo uri) {
        ConvertToTaskRequest request = body == null ? new ConvertToTaskRequest(null, null) : body;
        return idempotency.execute(idempotencyKey, "POST /api/projects/" + projectId + "/meetings/" + meetingId
                + "/action-items/" + actionItemId + "/task", request, () -> {
                    ActionItemService.Conversion conversion = service.convertToTask(projectId, meetingId, actionItemId,
                            new ActionItemService.TaskPlacement(request.parentId(), request.durationMinutes()));
                    var task = conversion.task().task();
                    return Response.created(uri.getBaseUriBuilder().path("api/projects/{p}/tasks/{t}")
                                    .build(projectId, task.id))
                            .tag(EntityTag.valueOf(ETags.of(task.version)))
                            .entity(ScheduleMapper.toResponse(conversion.task()))
                            .build();
                });
    }

    private static EntityTag etag(ActionItem item) {
        return EntityTag.valueOf(ETags.of(item.version));
    }
}
