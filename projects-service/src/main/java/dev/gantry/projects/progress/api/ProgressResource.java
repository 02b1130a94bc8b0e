package dev.gantry.projects.progress.api;

import dev.gantry.platform.http.ETags;
import dev.gantry.platform.http.IdempotentRequests;
import dev.gantry.platform.patch.Patch;
import dev.gantry.projects.progress.ProgressService;
import dev.gantry.projects.progress.domain.ProgressSummary;
import dev.gantry.projects.schedule.domain.Task;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/projects/{projectId}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Progress", description = "The project's status date, progress reported in bulk, and how far the project is."
        + " Progress of one task can also be changed with PATCH on the task.")
public class ProgressResource {

    private final ProgressService service;
    private final IdempotentRequests idempotency;

    ProgressResource(ProgressService service, IdempotentRequests idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "Read the project's progress summary",
            description = "Members, admins and the PMO. Status date, percent complete (duration-weighted over leaf"
                    + " tasks: sum(percentComplete × duration) / sum(duration)), tasks not started / in progress /"
                    + " complete, late tasks (scheduled to finish by the status date, or by now without one, but not"
                    + " complete) and milestones reached. The ETag is the version of the schedule settings, which"
                    + " If-Match on the status date needs.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProgressSummaryResponse.class),
            examples = @ExampleObject(name = "progress", value = SUMMARY_EXAMPLE)))
    public Response summary(@PathParam("projectId") UUID projectId) {
        ProgressService.SummaryView view = service.summary(projectId);
        return Response.ok(toResponse(view)).tag(etag(view.version())).build();
    }

    @PUT
    @Path("/status-date")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set or clear the project's status date",
            description = "Project managers, admins and the PMO. {\"statusDate\": null} clears it. Requires If-Match"
                    + " with the ETag of GET .../progress. Not before the project's start date. The schedule is"
                    + " recomputed in the same transaction (ScheduleChanged when something moved, the snapshot), and"
                    + " TaskProgressReported carries every task's progress as of the new date. Answers the new summary.")
    @RequestBody(content = @Content(schema = @Schema(implementation = StatusDateRequest.class),
            examples = {@ExampleObject(name = "set", value = "{\"statusDate\": \"2027-03-05T17:00:00\"}"),
                    @ExampleObject(name = "clear", value = "{\"statusDate\": null}")}))
    @APIResponse(responseCode = "200", description = "The summary as of the new status date",
            content = @Content(schema = @Schema(implementation = ProgressSummaryResponse.class)))
    public Response setStatusDate(@PathParam("projectId") UUID projectId,
                                  @Parameter(description = "The ETag of GET .../progress", required = true)
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @NotNull @Valid StatusDateRequest body) {
        ProgressService.SummaryView view = service.setStatusDate(projectId, ifMatch, body.statusDate().value());
        return Response.ok(toResponse(view)).tag(etag(view.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report progress of many tasks",
            description = "Members who may write, admins and the PMO; meant for systems (ticketing) that report in bulk."
                    + " Up to 1000 updates, applied all or nothing with one recomputation of the schedule and one set of"
                    + " events (ScheduleChanged when something moved, the snapshot, TaskProgressReported). Each update"
                    + " changes only the fields it contains (null clears). Rules, as in MS Project: an actual finish"
                    + " needs an actual start and is not before it, and means 100%; a complete task has no remaining"
                    + " work; a task reported with progress but no actual start gets its scheduled start as actual"
                    + " start, a 100% task without actual finish gets its scheduled finish. Errors point at the"
                    + " update (/updates/3/percentComplete). A task's version, when sent and stale, refuses the whole"
                    + " report (409 naming the updates). Summary tasks roll up and are refused. Send an"
                    + " Idempotency-Key to retry safely.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ProgressReportRequest.class)))
    @APIResponse(responseCode = "200", description = "Applied; the tasks with their new versions and dates",
            content = @Content(schema = @Schema(implementation = ProgressReportResponse.class)))
    public Response report(@PathParam("projectId") UUID projectId,
                           @Parameter(description = "Any unique string identifying this request for safe retries")
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           @NotNull @Valid ProgressReportRequest body) {
        List<ProgressService.ProgressUpdate> updates = body.updates().stream()
                .map(u -> new ProgressService.ProgressUpdate(u.taskId(), u.version(), Patch.presentMembers(u),
                        u.actualStart().orElse(null), u.actualFinish().orElse(null),
                        u.percentComplete().orElse(null), u.remainingMinutes().orElse(null)))
                .toList();
        // Written back as sent (absent members left out), an explicit null (clear) and an absent member (keep) are
        // different reports.
        return idempotency.execute(idempotencyKey, "POST /api/projects/" + projectId + "/progress", body, () -> {
            List<TaskProgressResponse> tasks = service.report(projectId, updates).stream().map(r -> {
                Task t = r.task();
                return new TaskProgressResponse(t.id, t.name, t.version, t.percentComplete, t.actualStart,
                        t.actualFinish, t.remainingMinutes, r.dates() == null ? null : r.dates().start,
                        r.dates() == null ? null : r.dates().finish);
            }).toList();
            return Response.ok(new ProgressReportResponse(tasks)).build();
        });
    }

    private static ProgressSummaryResponse toResponse(ProgressService.SummaryView view) {
        ProgressSummary s = view.summary();
        List<ProgressSummaryResponse.LateTask> late = s.late().stream()
                .map(l -> new ProgressSummaryResponse.LateTask(l.task().id, l.task().name, l.dates().finish,
                        l.task().percentComplete))
                .toList();
        List<ProgressSummaryResponse.Milestone> milestones = s.milestones().stream()
                .map(m -> new ProgressSummaryResponse.Milestone(m.task().id, m.task().name, m.dates().finish,
                        m.reached(), m.task().actualFinish))
                .toList();
        return new ProgressSummaryResponse(view.projectId(), s.statusDate(), s.asOf(), s.percentComplete(),
                new ProgressSummaryResponse.Counts(s.tasks(), s.notStarted(), s.inProgress(), s.complete()), late,
                new ProgressSummaryResponse.Milestones(milestones.size(),
                        (int) milestones.stream().filter(ProgressSummaryResponse.Milestone::reached).count(), milestones),
                view.version());
    }

    private static EntityTag etag(long version) {
        return EntityTag.valueOf(ETags.of(version));
    }

    private static final String SUMMARY_EXAMPLE = """
            {"projectId": "5b0f8a52-3c1e-4e0b-9a51-2f7d8c6e4a10", "statusDate": "2027-03-05T17:00:00",
             "asOf": "2027-03-05T17:00:00", "percentComplete": 37.5,
             "tasks": {"total": 4, "notStarted": 1, "inProgress": 2, "complete": 1},
             "lateTasks": [{"taskId": "0c7a9e2b-51d4-4f3e-8a6b-2d9f1e0c3b47", "name": "Order switches",
                            "finish": "2027-03-04T17:00:00", "percentComplete": 60}],
             "milestones": {"total": 1, "reached": 0, "items": [{"taskId": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
                            "name": "Go-live", "finish": "2027-03-12T17:00:00", "reached": false}]},
             "version": 7}""";
}
