package dev.gantry.resources.hardware.api;

import dev.gantry.resources.hardware.HardwareService;
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
            + " days included), for one of its tasks or a person if given")
    public record ReservationRequest(@NotNull UUID assetId, UUID taskId, UUID personId,
                                     @NotNull @Schema(example = "2027-03-01") LocalDate firstDay,
                                     @NotNull @Schema(example = "2027-03-31") LocalDate lastDay,
                                     @Size(max = 1000) @Schema(example = "Pilot wave test rig") String note) {
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
    public Response reserve(@jakarta.ws.rs.PathParam("projectId") UUID projectId,
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

    @DELETE
    @Path("/{reservationId}")
    @Operation(summary = "Cancel a reservation", description = "As reserving.")
    @APIResponse(responseCode = "204", description = "Cancelled")
    public void cancel(@PathParam("projectId") UUID projectId, @PathParam("reservationId") UUID reservationId) {
        hardware.cancel(projectId, reservationId);
    }
}
