package dev.gantry.projects.meeting.api;

import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.projects.meeting.ActionItemService;
import dev.gantry.projects.meeting.domain.ActionItemStatus;
import dev.gantry.projects.meeting.persistence.ActionItemRepository;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The action items of all of a project's meetings, e.g. "my open items" or "overdue items". */
@Path("/api/projects/{projectId}/action-items")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Meetings")
public class ProjectActionItemResource {

    private final ActionItemService service;

    ProjectActionItemResource(ActionItemService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List the action items of all the project's meetings",
            description = "Members, admins and the PMO. Paged; sort dueDate (default), status, createdAt, updatedAt;"
                    + " filter by status, owner (a member's userId), meeting or due date.")
    public PageResponse<ActionItemResponse> list(
            @PathParam("projectId") UUID projectId,
            @Parameter(description = "Page number from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") Integer size,
            @Parameter(description = "field,asc|desc; fields: dueDate, status, createdAt, updatedAt")
            @QueryParam("sort") List<String> sort,
            @QueryParam("status") ActionItemStatus status,
            @Parameter(description = "Items owned by this project member") @Size(max = 200) @QueryParam("ownerId")
            String ownerId,
            @QueryParam("meetingId") UUID meetingId,
            @Parameter(description = "Items due on or before this date", example = "2027-03-31")
            @QueryParam("dueBefore") LocalDate dueBefore) {
        PageRequest pageRequest = PageRequest.of(page, size, sort, ActionItemResource.SORTABLE, "dueDate,asc");
        return service.list(projectId, new ActionItemRepository.Filter(meetingId, status,
                        ownerId == null || ownerId.isBlank() ? null : ownerId.strip(), dueBefore), pageRequest)
                .map(MeetingMapper::toResponse);
    }
}
