package dev.gantry.resources.allocation.api;

import dev.gantry.platform.security.Roles;
import dev.gantry.resources.allocation.AllocationService;
import dev.gantry.resources.people.Periods;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
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

/** A person's allocations across projects. */
@Path("/api/resources")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Allocations")
public class PersonAllocationResource {

    private final AllocationService service;
    private final AllocationMapper mapper;

    PersonAllocationResource(AllocationService service, AllocationMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    @Path("/people/{personId}/allocations")
    @RolesAllowed({Roles.ADMIN, Roles.PMO, Roles.RESOURCE_MANAGER, Roles.PROJECT_MANAGER})
    @Operation(summary = "List a person's allocations on every project",
            description = "Resource managers, project managers, the PMO and admins. By first day; from and to keep"
                    + " those that touch the period.")
    public List<AllocationResponse> ofPerson(@PathParam("personId") UUID personId,
                                             @Parameter(description = "Allocations ending on or after this day")
                                             @QueryParam("from") LocalDate from,
                                             @Parameter(description = "Allocations starting on or before this day")
                                             @QueryParam("to") LocalDate to) {
        Periods.requireOrdered(from, to);
        return mapper.toResponses(service.ofPerson(personId, from, to));
    }

    @GET
    @Path("/me/allocations")
    @Operation(summary = "List the signed-in user's own allocations",
            description = "Any signed-in user linked to a person (404 otherwise), on every project.")
    public List<AllocationResponse> mine(@Parameter(description = "Allocations ending on or after this day")
                                         @QueryParam("from") LocalDate from,
                                         @Parameter(description = "Allocations starting on or before this day")
                                         @QueryParam("to") LocalDate to) {
        Periods.requireOrdered(from, to);
        return mapper.toResponses(service.mine(from, to));
    }
}
