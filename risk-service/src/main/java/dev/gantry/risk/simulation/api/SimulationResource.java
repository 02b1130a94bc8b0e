package dev.gantry.risk.simulation.api;

import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.risk.simulation.SimulationWorker;
import dev.gantry.risk.simulation.Simulations;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

@Path("/api/risks/projects/{projectId}/simulations")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Schedule risk")
public class SimulationResource {

    private static final String WHO_READS = "Members of the project (viewers too), risk managers, the PMO and admins.";
    private static final String WHO_RUNS = "Those who may change the project's risks: its members and managers, risk"
            + " managers, admins.";

    private final Simulations simulations;
    private final SimulationWorker worker;

    SimulationResource(Simulations simulations, SimulationWorker worker) {
        this.simulations = simulations;
        this.worker = worker;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a schedule risk analysis (Monte Carlo simulation)",
            description = WHO_RUNS + " Simulates the project's current network as scheduled (calendars, link types,"
                    + " lags, constraints, progress) with its schedule risk inputs: each iteration draws every"
                    + " varying task's duration and each mapped risk's occurrence and impact, and schedules the"
                    + " network. Answers 202 with the simulation, QUEUED; follow its Location for progress and the"
                    + " result. 409 while no schedule of the project has reached risk-service, or while"
                    + " gantry.risk.simulation-max-active (3) of the project's simulations wait or run.")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(schema = @Schema(implementation =
            SimulationDto.Response.class)))
    public Response start(@PathParam("projectId") UUID projectId, @NotNull @Valid SimulationDto.Request body,
                          @Context UriInfo uri) {
        SimulationDto.Response queued = simulations.start(projectId, body);
        worker.wake();
        return Response.accepted(queued).location(uri.getAbsolutePathBuilder().path(queued.id().toString()).build())
                .build();
    }

    @GET
    @Operation(summary = "List the project's simulations", description = WHO_READS + " Newest first, with their"
            + " results.")
    public PageResponse<SimulationDto.Response> list(@PathParam("projectId") UUID projectId,
                                                     @Parameter(description = "Only simulations in this status")
                                                     @QueryParam("status") SimulationDto.Status status,
                                                     @QueryParam("page") Integer page,
                                                     @QueryParam("size") Integer size) {
        return simulations.list(projectId, status, PageRequest.of(page, size, null, Map.of("requestedAt",
                "requestedAt"), "requestedAt"));
    }

    @GET
    @Path("/{simulationId}")
    @Operation(summary = "Read a simulation", description = WHO_READS + " Its status and progress; once COMPLETED,"
            + " the percentiles of the project finish and of the milestones, the chances of meeting the planned and"
            + " the baseline finish, the tornado of the strongest drivers and the histogram with its cumulative"
            + " curve.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation =
            SimulationDto.Response.class)))
    public SimulationDto.Response get(@PathParam("projectId") UUID projectId,
                                      @PathParam("simulationId") UUID simulationId) {
        return simulations.get(projectId, simulationId);
    }

    @GET
    @Path("/{simulationId}/tasks")
    @Operation(summary = "Every task's criticality and sensitivity in a simulation", description = WHO_READS
            + " The leaf tasks of the network, a page at a time; by criticality (most critical first) unless sort"
            + " says otherwise (criticality, sensitivity — by its absolute value — or name). 409 until the"
            + " simulation has completed.")
    public PageResponse<SimulationDto.TaskStatistics> tasks(@PathParam("projectId") UUID projectId,
                                                            @PathParam("simulationId") UUID simulationId,
                                                            @QueryParam("page") Integer page,
                                                            @QueryParam("size") Integer size,
                                                            @Parameter(example = "criticality,desc")
                                                            @QueryParam("sort") List<String> sort) {
        return simulations.tasks(projectId, simulationId, page, size, sort);
    }

    @POST
    @Path("/{simulationId}/cancel")
    @Operation(summary = "Cancel a simulation", description = WHO_RUNS + " A QUEUED simulation is CANCELLED at once;"
            + " a RUNNING one stops within half a second (its status says so then). 409 once it has ended.")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation =
            SimulationDto.Response.class)))
    public Response cancel(@PathParam("projectId") UUID projectId, @PathParam("simulationId") UUID simulationId) {
        return Response.accepted(simulations.cancel(projectId, simulationId)).build();
    }

    @DELETE
    @Path("/{simulationId}")
    @Operation(summary = "Delete a simulation", description = WHO_RUNS + " With its result; 409 while it waits or"
            + " runs (cancel it first).")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("projectId") UUID projectId, @PathParam("simulationId") UUID simulationId) {
        simulations.delete(projectId, simulationId);
    }
}
