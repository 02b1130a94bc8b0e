package dev.gantry.resources.people.api;

import dev.gantry.platform.text.Texts;
import dev.gantry.platform.http.CsvTables;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.http.IdempotentRequests;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.patch.Patch;
import dev.gantry.platform.security.Roles;
import dev.gantry.resources.people.PersonService;
import dev.gantry.resources.people.domain.JobFamily;
import dev.gantry.resources.people.domain.Person;
import dev.gantry.resources.people.persistence.PersonRepository;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/resources")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "People")
public class PersonResource {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "team", "team",
            "jobFamily", "jobFamily", "capacityHoursPerWeek", "capacityHoursPerWeek", "createdAt", "createdAt",
            "updatedAt", "updatedAt");

    private final PersonService service;
    private final IdempotentRequests idempotency;
    private final Validator validator;
    private final Clock clock;

    PersonResource(PersonService service, IdempotentRequests idempotency, Validator validator, Clock clock) {
        this.service = service;
        this.idempotency = idempotency;
        this.validator = validator;
        this.clock = clock;
    }

    @GET
    @Path("/people")
    @RolesAllowed({Roles.ADMIN, Roles.PMO, Roles.RESOURCE_MANAGER, Roles.PROJECT_MANAGER})
    @Operation(summary = "List people",
            description = "Resource managers, project managers, the PMO and admins. Paged and sorted; filter by team,"
                    + " job family, a skill at a minimum level, or text in the name, email or username.")
    public PageResponse<PersonResponse> list(
            @Parameter(description = "Page number from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1–200 (default 20)") @QueryParam("size") Integer size,
            @Parameter(description = "field,asc|desc; fields: name, team, jobFamily, capacityHoursPerWeek,"
                    + " createdAt, updatedAt") @QueryParam("sort") List<String> sort,
            @Parameter(description = "Team, case-insensitive") @Size(max = 100) @QueryParam("team") String team,
            @QueryParam("jobFamily") JobFamily jobFamily,
            @Parameter(description = "A skill the person has, case-insensitive", example = "Oracle")
            @Size(max = 100) @QueryParam("skill") String skill,
            @Parameter(description = "With skill: the lowest level, 1–5 (default 1)", example = "3")
            @Min(1) @Max(5) @QueryParam("minLevel") Integer minLevel,
            @Parameter(description = "Part of the name, email or username, case-insensitive")
            @Size(max = 200) @QueryParam("q") String q) {
        PageRequest pageRequest = PageRequest.of(page, size, sort, SORTABLE, "name,asc");
        LocalDate today = LocalDate.now(clock);
        return service.list(new PersonRepository.Filter(Texts.blankToNull(team), jobFamily,
                Texts.blankToNull(skill), minLevel, q),
                pageRequest).map(p -> PersonMapper.toResponse(p, today));
    }

    @GET
    @Path("/people/export")
    @Produces(PeopleCsv.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.PMO, Roles.RESOURCE_MANAGER, Roles.PROJECT_MANAGER})
    @Operation(summary = "Export people as CSV",
            description = "As the list, every person by name, as CSV (RFC 4180) with the header row name, email,"
                    + " username, jobFamily, team, capacityHoursPerWeek, skills (Oracle:4; PostgreSQL:3) and rates"
                    + " (2027-01-01 80.00 EUR; 2027-07-01 85.00 EUR): what the import reads.")
    @APIResponse(responseCode = "200", description = "The people", content = @Content(mediaType = PeopleCsv.MEDIA_TYPE,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    example = "name,email,username,jobFamily,team,capacityHoursPerWeek,skills,rates\n"
                            + "Aisha Khan,aisha.khan@example.com,akhan,DBA,Data platform,40,Oracle:4,"
                            + "2027-01-01 80.00 EUR\n")))
    public Response export() {
        return Response.ok(PeopleCsv.write(service.all()))
                .header("Content-Disposition", "attachment; filename=\"people.csv\"").build();
    }

    @POST
    @Path("/people/import")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.RESOURCE_MANAGER})
    @Operation(summary = "Import people from CSV",
            description = "Resource managers and admins. The export's columns (name, jobFamily and"
                    + " capacityHoursPerWeek required), at most 5,000 rows. A row is the person with its username, or"
                    + " else its email address, or a new person; skills and rates replace theirs. All or nothing: any"
                    + " bad row is a 400 whose errors name every bad row and column (pointer /rows/{line}/{column},"
                    + " the line in the file), and nothing is written. Send the file as text/csv (415 otherwise).")
    @APIResponse(responseCode = "200", description = "Imported", content = @Content(
            schema = @Schema(implementation = ImportResponse.class)))
    public ImportResponse importPeople(@NotNull(message = "must be a CSV file") String body,
                                       @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        CsvTables.requireCsvBody(contentType, "people");
        PersonService.ImportResult result = service.importAll(PeopleCsv.read(body, validator));
        return new ImportResponse(result.created(), result.updated(), result.unchanged());
    }

    /** What an import did. */
    @Schema(name = "PeopleImport")
    public record ImportResponse(@Schema(example = "12") int created, @Schema(example = "3") int updated,
                                 @Schema(example = "40") int unchanged) {
    }

    @GET
    @Path("/people/{personId}")
    @RolesAllowed({Roles.ADMIN, Roles.PMO, Roles.RESOURCE_MANAGER, Roles.PROJECT_MANAGER})
    @Operation(summary = "Read a person", description = "Resource managers, project managers, the PMO and admins.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    public Response get(@PathParam("personId") UUID personId,
                        @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return read(service.get(personId), ifNoneMatch);
    }

    @GET
    @Path("/me")
    @Operation(summary = "Read the signed-in user's own person",
            description = "Any signed-in user: the person whose username is theirs; 404 when no person is linked.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    public Response mine(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return read(service.mine(), ifNoneMatch);
    }

    @POST
    @Path("/people")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.RESOURCE_MANAGER})
    @Operation(summary = "Add a person",
            description = "Resource managers and admins. An email address and a username belong to one person (409"
                    + " naming the other). Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Added; Location names the person",
            content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    public Response add(@Parameter(description = "Any unique string (e.g. a UUID) identifying this request for safe retries")
                        @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                        @NotNull @Valid PersonRequest body,
                        UriInfo uri) {
        return idempotency.execute(idempotencyKey, "POST /api/resources/people", body, () -> {
            Person person = service.add(PersonMapper.toDetails(body));
            return Response.created(uri.getAbsolutePathBuilder().path(person.id.toString()).build())
                    .tag(etag(person))
                    .entity(PersonMapper.toResponse(person, LocalDate.now(clock)))
                    .build();
        });
    }

    @PATCH
    @Path("/people/{personId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.ADMIN, Roles.RESOURCE_MANAGER})
    @Operation(summary = "Change a person",
            description = "Resource managers and admins. JSON merge patch: absent fields stay as they are, null clears"
                    + " an optional field, skills and rates replace the whole list. Requires If-Match with the"
                    + " person's ETag.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    public Response update(@PathParam("personId") UUID personId,
                           @Parameter(description = "The ETag of the version you changed", required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid UpdatePersonRequest body) {
        Person person = service.update(personId, ifMatch, PersonMapper.toDetails(body), Patch.presentMembers(body));
        return Response.ok(PersonMapper.toResponse(person, LocalDate.now(clock))).tag(etag(person)).build();
    }

    @DELETE
    @Path("/people/{personId}")
    @RolesAllowed({Roles.ADMIN, Roles.RESOURCE_MANAGER})
    @Operation(summary = "Remove a person",
            description = "Resource managers and admins; the person's absences go with them. Requires If-Match with"
                    + " the person's ETag.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("personId") UUID personId,
                       @Parameter(description = "The ETag of the person", required = true)
                       @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(personId, ifMatch);
    }

    private Response read(Person person, String ifNoneMatch) {
        if (ETags.notModified(ifNoneMatch, person.version)) {
            return Response.notModified().tag(etag(person)).build();
        }
        return Response.ok(PersonMapper.toResponse(person, LocalDate.now(clock))).tag(etag(person)).build();
    }

    private static EntityTag etag(Person person) {
        return EntityTag.valueOf(ETags.of(person.version));
    }

}
