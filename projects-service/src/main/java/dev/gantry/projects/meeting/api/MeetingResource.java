package dev.gantry.projects.meeting.api;

import dev.gantry.platform.http.ETags;
import dev.gantry.platform.http.IdempotentRequests;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.projects.meeting.MeetingCalendar;
import dev.gantry.projects.meeting.MeetingService;
import dev.gantry.projects.meeting.domain.Meeting;
import dev.gantry.projects.meeting.domain.MeetingKind;
import dev.gantry.projects.meeting.domain.MeetingStatus;
import dev.gantry.projects.meeting.persistence.MeetingRepository;
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

@Path("/api/projects/{projectId}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Meetings")
public class MeetingResource {

    static final String TEXT_CALENDAR = "text/calendar";
    static final String MEETING_EXAMPLE = """
            {"title": "Steering committee #3", "kind": "STEERING",
             "start": "2027-03-15T10:00:00", "end": "2027-03-15T11:30:00", "timeZone": "Europe/Berlin",
             "location": "Room 4.12, Head office", "onlineLink": "https://meet.example.com/steering-3",
             "description": "Quarterly steering: budget, vendor choice, rollout plan",
             "attendees": [{"userId": "0d1c5e9a-5a4f-3c61-9a44-8c3b8f0e2d11"},
                           {"name": "Dana Whitfield", "email": "dana.whitfield@example.com"}],
             "agenda": [{"title": "Budget review", "presenter": "pm", "minutesAllotted": 20},
                        {"title": "Vendor choice", "minutesAllotted": 40}]}""";
    static final String RECORDED_EXAMPLE = """
            {"title": "Steering committee #3", "kind": "STEERING",
             "start": "2027-03-15T10:00:00+01:00", "end": "2027-03-15T11:30:00+01:00", "timeZone": "Europe/Berlin",
             "location": "Room 4.12, Head office",
             "attendees": [{"userId": "0d1c5e9a-5a4f-3c61-9a44-8c3b8f0e2d11", "attendance": "ATTENDED"},
                           {"name": "Dana Whitfield", "email": "dana.whitfield@example.com", "attendance": "ABSENT"}],
             "agenda": [{"title": "Budget review", "presenter": "pm", "minutesAllotted": 20}],
             "minutes": {"text": "Budget approved; vendor B selected. Rollout starts in May."},
             "decisions": [{"text": "Go ahead with vendor B for the core switches", "decidedBy": "Steering committee"}]}""";

    private static final Map<String, String> SORTABLE = Map.of("start", "startsAt", "title", "title",
            "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final MeetingService service;
    private final MeetingCalendar calendar;
    private final IdempotentRequests idempotency;

    MeetingResource(MeetingService service, MeetingCalendar calendar, IdempotentRequests idempotency) {
        this.service = service;
        this.calendar = calendar;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "List the project's meetings",
            description = "Members, admins and the PMO. Paged and sorted (default: start,asc); filter by a date range"
                    + " (meetings overlapping [from, to)), kind or status. Cancelled meetings are listed too.")
    public PageResponse<MeetingResponse> list(
            @PathParam("projectId") UUID projectId,
            @Parameter(description = "Page number from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") Integer size,
            @Parameter(description = "field,asc|desc; fields: start, title, createdAt, updatedAt")
            @QueryParam("sort") List<String> sort,
            @Parameter(description = "Meetings ending after this date (midnight UTC) or date-time with offset",
                    example = "2027-03-01") @QueryParam("from") String from,
            @Parameter(description = "Meetings starting before this date (midnight UTC) or date-time with offset",
                    example = "2027-04-01") @QueryParam("to") String to,
            @QueryParam("kind") MeetingKind kind,
            @QueryParam("status") MeetingStatus status) {
        PageRequest pageRequest = PageRequest.of(page, size, sort, SORTABLE, "start,asc");
        MeetingRepository.Filter filter = new MeetingRepository.Filter(MeetingMapper.instantParameter(from, "from"),
                MeetingMapper.instantParameter(to, "to"), kind, status);
        return service.list(projectId, filter, pageRequest).map(MeetingMapper::toResponse);
    }

    @GET
    @Path("/{meetingId}")
    @Operation(summary = "Read a meeting", description = "The meeting document: details, attendees with attendance,"
            + " agenda, minutes and decisions. ETag; If-None-Match gives 304.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MeetingResponse.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("meetingId") UUID meetingId,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Meeting meeting = service.get(projectId, meetingId);
        if (ETags.notModified(ifNoneMatch, meeting.version)) {
            return Response.notModified().tag(etag(meeting)).build();
        }
        return Response.ok(MeetingMapper.toResponse(meeting)).tag(etag(meeting)).build();
    }

    @GET
    @Path("/{meetingId}.ics")
    @Produces(TEXT_CALENDAR)
    @Operation(summary = "One meeting as iCalendar", description = "A VCALENDAR with the meeting's VEVENT (same UID"
            + " and SEQUENCE as in the project's calendar feed), for adding it to a calendar program.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = TEXT_CALENDAR,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response ics(@PathParam("projectId") UUID projectId, @PathParam("meetingId") UUID meetingId) {
        return Response.ok(calendar.meeting(projectId, meetingId), TEXT_CALENDAR + "; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"meeting-" + meetingId + ".ics\"")
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule a meeting",
            description = "Members with write access (MANAGER, MEMBER), admins and the PMO. Times with a UTC offset, or"
                    + " local with timeZone; the end after the start. Attendees are project members (userId) or"
                    + " outside people (name and email). Without an organiser, the caller organises. Send an"
                    + " Idempotency-Key to retry safely. Publishes MeetingScheduled.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MeetingRequest.class),
            examples = @ExampleObject(name = "steering", value = MEETING_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Scheduled; Location names the meeting",
            content = @Content(schema = @Schema(implementation = MeetingResponse.class)))
    public Response schedule(@PathParam("projectId") UUID projectId,
                             @Parameter(description = "Any unique string (e.g. a UUID) identifying this request for"
                                     + " safe retries") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                             @NotNull @Valid MeetingRequest body,
                             UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/projects/" + projectId + "/meetings", body, () -> {
            Meeting meeting = service.schedule(projectId, MeetingMapper.toDetails(body));
            return Response.created(uri.getAbsolutePathBuilder().path(meeting.id.toString()).build())
                    .tag(etag(meeting))
                    .entity(MeetingMapper.toResponse(meeting))
                    .build();
        });
    }

    @PUT
    @Path("/{meetingId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a meeting document",
            description = "Sends the whole document (details, attendees with attendance, agenda, minutes, decisions);"
                    + " what is absent is cleared, except the organiser, which stays. Use it to reschedule, record"
                    + " attendance, minutes and decisions. Requires If-Match with the meeting's ETag. A cancelled"
                    + " meeting no longer changes (409). Publishes MeetingUpdated when something changed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MeetingRequest.class),
            examples = @ExampleObject(name = "after the meeting", value = RECORDED_EXAMPLE)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MeetingResponse.class)))
    public Response update(@PathParam("projectId") UUID projectId, @PathParam("meetingId") UUID meetingId,
                           @Parameter(description = "The ETag of the version you changed", required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid MeetingRequest body) {
        Meeting meeting = service.update(projectId, meetingId, ifMatch, MeetingMapper.toDetails(body));
        return Response.ok(MeetingMapper.toResponse(meeting)).tag(etag(meeting)).build();
    }

    @POST
    @Path("/{meetingId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a meeting",
            description = "The meeting stays readable and in the calendar feed with STATUS:CANCELLED; it no longer"
                    + " changes. Requires If-Match with the meeting's ETag. Publishes MeetingCancelled.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CancelMeetingRequest.class),
            examples = @ExampleObject(name = "moved", value = "{\"reason\": \"The sponsor is travelling; moved to April\"}")))
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = MeetingResponse.class)))
    public Response cancel(@PathParam("projectId") UUID projectId, @PathParam("meetingId") UUID meetingId,
                           @Parameter(description = "The ETag of the meeting", required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid CancelMeetingRequest body) {
        String reason = body == null || body.reason() == null || body.reason().isBlank() ? null : body.reason().strip();
        Meeting meeting = service.cancel(projectId, meetingId, ifMatch, reason);
        return Response.ok(MeetingMapper.toResponse(meeting)).tag(etag(meeting)).build();
    }

    private static EntityTag etag(Meeting meeting) {
        return EntityTag.valueOf(ETags.of(meeting.version));
    }
}
