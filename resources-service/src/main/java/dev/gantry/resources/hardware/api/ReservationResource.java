package dev.gantry.resources.hardware.api;

import dev.gantry.resources.hardware.HardwareService;
import dev.gantry.resources.hardware.ReservationConflicts;
import dev.gantry.resources.hardware.persistence.AssetRepository;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/resources/projects/{projectId}/asset-reservations")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Hardware")
public class ReservationResource {

    @Schema(name = "AssetReservationRequest", description = "An asset reserved for the project over a period (both"
            + " days included), for a person if given; or for one of its tasks, over the task's days (then leave"
            + " firstDay and lastDay out), following the task when it moves")
    public record ReservationRequest(@NotNull UUID assetId,
                                     @Schema(description = "The task: the reservation takes its days and follows them")
                                     UUID taskId,
                                     UUID personId,
                                     @Schema(description = "Required without taskId", example = "2027-03-01")
                                     LocalDate firstDay,
                                     @Schema(description = "Required without taskId", example = "2027-03-31")
                                     LocalDate lastDay,
                                     @Size(max = 1000) @Schema(example = "Pilot wave test rig") String note) {
    }

    @Schema(name = "AssetCheckOut", description = "The reserved asset handed over, to a person (by default the"
            + " reservation's) or else to the project, and its condition then")
    public record CheckOutRequest(@Schema(description = "Who takes it; the reservation's person if left out")
                                  UUID personId,
                                  @Size(max = 1000) @Schema(example = "Good; charger and dock included")
                                  String condition) {
    }

    @Schema(name = "AssetCheckIn", description = "The asset back, its condition, and whether it goes to repair")
    public record CheckInRequest(@Size(max = 1000) @Schema(example = "Scratched lid, works") String condition,
                                 @Schema(description = "IN_REPAIR instead of IN_STOCK (default false)")
                                 Boolean needsRepair) {
    }

    private final HardwareService hardware;
    private final UriInfo uri;

    ReservationResource(HardwareService hardware, UriInfo uri) {
        this.hardware = hardware;
        this.uri = uri;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reserve an asset for the project",
            description = "The project's managers and resource managers. One asset is never double-booked: a period"
                    + " overlapping another reservation of the asset gets 409 naming it (the database refuses it, so"
                    + " of two concurrent requests exactly one succeeds). A retired asset, one in repair, or a closed"
                    + " project: 409.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation =
            AssetRepository.Reservation.class)))
    @APIResponse(responseCode = "409", description = "The asset is reserved for an overlapping period, or cannot be")
    public Response reserve(@PathParam("projectId") UUID projectId,
                            @NotNull @Valid ReservationRequest body) {
        AssetRepository.Reservation reservation = hardware.reserve(projectId, body.assetId(), body.taskId(),
                body.personId(), body.firstDay(), body.lastDay(), body.note());
        return Response.created(uri.getAbsolutePathBuilder().path(reservation.id().toString()).build())
                .entity(reservation).build();
    }

    @GET
    @Operation(summary = "The project's asset reservations", description = "Members of the project, resource"
            + " managers, admins and the PMO; the earliest first.")
    public List<AssetRepository.Reservation> list(@PathParam("projectId") UUID projectId) {
        return hardware.reservations(projectId);
    }

    @GET
    @Path("/conflicts")
    @Operation(summary = "Reservations that could not follow their task",
            description = "As the list. A reservation for a task follows the task's days when the schedule changes;"
                    + " where the asset is reserved over the new days already, the reservation keeps its days, the"
                    + " conflict is announced (AssetReservationConflict) and listed here with the days the task wants"
                    + " and the reservations in the way, until it can follow again or is cancelled.")
    public List<ReservationConflicts.Conflict> conflicts(@PathParam("projectId") UUID projectId) {
        return hardware.conflicts(projectId);
    }

    @GET
    @Path("/{reservationId}")
    @Operation(summary = "A reservation", description = "As the list; with its check-out and check-in, and overdue"
            + " when its asset is still out after its last day.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation =
            AssetRepository.Reservation.class)))
    @APIResponse(responseCode = "404", description = "No such reservation of the project")
    public AssetRepository.Reservation get(@PathParam("projectId") UUID projectId,
                                           @PathParam("reservationId") UUID reservationId) {
        return hardware.reservationOfProject(projectId, reservationId);
    }

    @POST
    @Path("/{reservationId}/check-out")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check the reserved asset out", description = "As reserving. The asset becomes ALLOCATED,"
            + " held by the person (or the project) until it is checked in; due back on the reservation's last day."
            + " 409 if the reservation has ended or was checked out before, or the asset is not IN_STOCK or"
            + " RESERVED.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation =
            AssetRepository.Reservation.class)))
    @APIResponse(responseCode = "409", description = "Cannot be checked out")
    public AssetRepository.Reservation checkOut(@PathParam("projectId") UUID projectId,
                                                @PathParam("reservationId") UUID reservationId,
                                                @NotNull @Valid CheckOutRequest body) {
        return hardware.checkOut(projectId, reservationId, body.personId(), body.condition());
    }

    @POST
    @Path("/{reservationId}/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check the asset back in", description = "As reserving. The asset is IN_STOCK again (IN_REPAIR"
            + " with needsRepair) and nobody's; a late return is noted in its history. 409 if it is not out against"
            + " this reservation.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation =
            AssetRepository.Reservation.class)))
    @APIResponse(responseCode = "409", description = "Nothing is checked out against the reservation")
    public AssetRepository.Reservation checkIn(@PathParam("projectId") UUID projectId,
                                               @PathParam("reservationId") UUID reservationId,
                                               @NotNull @Valid CheckInRequest body) {
        return hardware.checkIn(projectId, reservationId, body.condition(), Boolean.TRUE.equals(body.needsRepair()));
    }

    @DELETE
    @Path("/{reservationId}")
    @Operation(summary = "Cancel a reservation", description = "As reserving; 409 while its asset is checked out.")
    @APIResponse(responseCode = "204", description = "Cancelled")
    public void cancel(@PathParam("projectId") UUID projectId, @PathParam("reservationId") UUID reservationId) {
        hardware.cancel(projectId, reservationId);
    }
}
