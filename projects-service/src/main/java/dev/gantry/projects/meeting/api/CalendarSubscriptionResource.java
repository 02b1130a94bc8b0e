package dev.gantry.projects.meeting.api;

import dev.gantry.platform.http.PublicUrl;
import dev.gantry.projects.meeting.CalendarFeeds;
import dev.gantry.projects.meeting.domain.CalendarFeed;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * Calendar subscriptions: members create personal secret URLs that calendar applications (Outlook, Google Calendar,
 * Apple Calendar) poll without a bearer token.
 */
@Path("/api/projects")
@Tag(name = "Meetings")
public class CalendarSubscriptionResource {

    private final CalendarFeeds feeds;
    private final PublicUrl publicUrl;

    CalendarSubscriptionResource(CalendarFeeds feeds, PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.feeds = feeds;
    }

    @POST
    @Path("/{projectId}/calendar-feeds")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe to the project's calendar",
            description = "Any member of the project (viewers included) creates a personal subscription and gets its"
                    + " secret URL once: the project's meetings and milestones, as GET /calendar.ics gives them, for"
                    + " calendar applications that cannot send a token. The URL stops working when it is revoked or"
                    + " when its owner leaves the project. Admins and the PMO must be members to subscribe (409).")
    @APIResponse(responseCode = "201", description = "Created; the url is shown only now",
            content = @Content(schema = @Schema(implementation = CalendarFeedResponse.class)))
    @RequestBody(required = false, description = "Optional; without a body the subscription has no label",
            content = @Content(schema = @Schema(implementation = CalendarFeedRequest.class)))
    public Response create(@PathParam("projectId") UUID projectId, @Valid CalendarFeedRequest body, UriInfo uri) {
        CalendarFeeds.Created created = feeds.create(projectId, body == null ? null : body.label());
        String url = publicUrl.base(uri).path("api/projects/calendar-feeds/" + created.secret() + ".ics")
                .build().toString();
        return Response.created(uri.getAbsolutePathBuilder().path(created.feed().id.toString()).build())
                .entity(response(created.feed(), url))
                .build();
    }

    @GET
    @Path("/{projectId}/calendar-feeds")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List your calendar subscriptions of the project",
            description = "The caller's own subscriptions, without their URLs (which are not stored).")
    public List<CalendarFeedResponse> mine(@PathParam("projectId") UUID projectId) {
        return feeds.mine(projectId).stream().map(f -> response(f, null)).toList();
    }

    @DELETE
    @Path("/{projectId}/calendar-feeds/{feedId}")
    @Authenticated
    @Operation(summary = "Revoke a calendar subscription",
            description = "Its owner, the project's managers, admins and the PMO. Its URL answers 404 from now on.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke(@PathParam("projectId") UUID projectId, @PathParam("feedId") UUID feedId) {
        feeds.revoke(projectId, feedId);
    }

    @GET
    @Path("/calendar-feeds/{secret}.ics")
    @PermitAll
    @Produces(MeetingResource.TEXT_CALENDAR)
    @Operation(summary = "A calendar subscription (no token: the secret URL is the credential)",
            description = "The project's meetings and milestones as iCalendar, for calendar applications. 404 for an"
                    + " unknown or revoked secret, or when the subscription's owner is no longer a member.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MeetingResource.TEXT_CALENDAR,
            schema = @Schema(type = SchemaType.STRING)))
    public Response feed(@PathParam("secret") String secret) {
        return Response.ok(feeds.render(secret), MeetingResource.TEXT_CALENDAR + "; charset=utf-8")
                .header("Cache-Control", "private, max-age=300")
                .build();
    }

    private static CalendarFeedResponse response(CalendarFeed feed, String url) {
        return new CalendarFeedResponse(feed.id, feed.projectId, feed.label, url, feed.createdAt, feed.lastUsedAt);
    }
}
