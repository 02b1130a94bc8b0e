package dev.gantry.projects.meeting.api;

import dev.gantry.projects.meeting.MeetingCalendar;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/projects/{projectId}/calendar.ics")
@Authenticated
@Tag(name = "Meetings")
public class CalendarFeedResource {

    private final MeetingCalendar calendar;

    CalendarFeedResource(MeetingCalendar calendar) {
        this.calendar = calendar;
    }

    @GET
    @Produces(MeetingResource.TEXT_CALENDAR)
    @Operation(summary = "The project's calendar feed (iCalendar)",
            description = "Members, admins and the PMO (bearer token). An RFC 5545 VCALENDAR with a VEVENT per meeting"
                    + " (UID <meetingId>@meetings.gantry.dev, SEQUENCE = the meeting's version, times in UTC,"
                    + " ORGANIZER and ATTENDEEs with PARTSTAT from the attendance, STATUS CONFIRMED or CANCELLED) and an"
                    + " all-day VEVENT per milestone of the computed schedule (UID <taskId>@milestones.gantry.dev).")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MeetingResource.TEXT_CALENDAR,
            schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "feed", value = """
                    BEGIN:VCALENDAR
                    PRODID:-//Gantry//projects-service//EN
                    VERSION:2.0
                    CALSCALE:GREGORIAN
                    X-WR-CALNAME:Core switch rollout
                    BEGIN:VEVENT
                    UID:8d3c2b1a-0f9e-4d8c-b7a6-5e4f3a2b1c0d@meetings.gantry.dev
                    DTSTAMP:20270220T140500Z
                    SEQUENCE:0
                    DTSTART:20270315T090000Z
                    DTEND:20270315T103000Z
                    SUMMARY:Steering committee #3
                    STATUS:CONFIRMED
                    ORGANIZER;CN=pm:urn:gantry:user:0d1c5e9a-5a4f-3c61-9a44-8c3b8f0e2d11
                    END:VEVENT
                    BEGIN:VEVENT
                    UID:a7b8c9d0-e1f2-4a3b-9c4d-5e6f7a8b9c0d@milestones.gantry.dev
                    DTSTAMP:20270301T080000Z
                    DTSTART;VALUE=DATE:20270430
                    DTEND;VALUE=DATE:20270501
                    SUMMARY:Milestone: Rollout complete
                    END:VEVENT
                    END:VCALENDAR
                    """)))
    public Response feed(@PathParam("projectId") UUID projectId) {
        return Response.ok(calendar.feed(projectId), MeetingResource.TEXT_CALENDAR + "; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"project-" + projectId + ".ics\"")
                .build();
    }
}
