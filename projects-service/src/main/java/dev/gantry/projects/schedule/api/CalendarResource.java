package dev.gantry.projects.schedule.api;

import dev.gantry.platform.http.IdempotentRequests;
import dev.gantry.projects.schedule.CalendarService;
import dev.gantry.projects.schedule.domain.ProjectCalendar;
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
import java.util.UUID;

@Path("/api/projects/{projectId}/calendars")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Calendars", description = "Working time. A project without calendars uses the standard calendar"
        + " (Mon–Fri 08:00–12:00, 13:00–17:00).")
public class CalendarResource {

    private final CalendarService service;
    private final IdempotentRequests idempotency;

    CalendarResource(CalendarService service, IdempotentRequests idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "List the project's calendars")
    public List<CalendarResponse> list(@PathParam("projectId") UUID projectId) {
        List<ProjectCalendar> calendars = service.listCalendars(projectId);
        UUID projectDefault = service.defaultCalendarId(projectId);
        return calendars.stream().map(c -> ScheduleMapper.toResponse(c, projectDefault)).toList();
    }

    @GET
    @Path("/{calendarId}")
    @Operation(summary = "Read a calendar")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CalendarResponse.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("calendarId") UUID calendarId) {
        ProjectCalendar calendar = service.calendar(projectId, calendarId);
        return Response.ok(ScheduleMapper.toResponse(calendar, service.defaultCalendarId(projectId)))
                .tag(TaskResource.etag(calendar.version)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a calendar", description = "400 when it has no working time at all. With projectDefault"
            + " it becomes the project calendar and the schedule is recomputed.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CalendarResponse.class)))
    public Response create(@PathParam("projectId") UUID projectId,
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           @NotNull @Valid CalendarRequest body, UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/projects/" + projectId + "/calendars", body, () -> {
            ProjectCalendar calendar = service.createCalendar(projectId, ScheduleMapper.toInput(body));
            return Response.created(uri.getAbsolutePathBuilder().path(calendar.id.toString()).build())
                    .tag(TaskResource.etag(calendar.version))
                    .entity(ScheduleMapper.toResponse(calendar, service.defaultCalendarId(projectId))).build();
        });
    }

    @PUT
    @Path("/{calendarId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a calendar", description = "Requires If-Match. The schedule is recomputed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CalendarResponse.class)))
    public Response replace(@PathParam("projectId") UUID projectId, @PathParam("calendarId") UUID calendarId,
                            @Parameter(description = "The ETag of the calendar", required = true)
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid CalendarRequest body) {
        ProjectCalendar calendar = service.updateCalendar(projectId, calendarId, ifMatch, ScheduleMapper.toInput(body));
        return Response.ok(ScheduleMapper.toResponse(calendar, service.defaultCalendarId(projectId)))
                .tag(TaskResource.etag(calendar.version)).build();
    }
}
