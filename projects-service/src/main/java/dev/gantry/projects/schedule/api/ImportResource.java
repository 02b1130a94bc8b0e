package dev.gantry.projects.schedule.api;

import dev.gantry.platform.config.GantryConfig;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.GantryException;
import dev.gantry.platform.errors.ProblemType;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.security.Roles;
import dev.gantry.projects.project.domain.ProjectType;
import dev.gantry.projects.schedule.ScheduleTransfer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Set;

@Path("/api/projects/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class ImportResource {

    private static final Set<String> RAW_TYPES = Set.of(MediaType.APPLICATION_OCTET_STREAM, "application/vnd.ms-project",
            MediaType.APPLICATION_XML, MediaType.TEXT_XML, "application/x-project", "application/msproj");

    private final ScheduleTransfer transfer;
    private final long maxBytes;

    ImportResource(ScheduleTransfer transfer,
                   GantryConfig config) {
        this.transfer = transfer;
        // The platform refuses a declared larger body before it is read; this limit also holds for one sent in chunks.
        this.maxBytes = config.http().maxUploadSize().asLongValue();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.PMO, Roles.PROJECT_MANAGER})
    @Operation(summary = "Create a project from an MS Project file",
            description = "The body is the file: .mpp, MS Project XML (MSPDI), or any format MPXJ reads (Primavera"
                    + " XER/PMXML, ProjectLibre...). Creates a project managed by the caller with the file's calendars,"
                    + " WBS, tasks (externalId = UniqueID), dependencies, constraints and progress; Gantry computes the"
                    + " schedule. 413 over the size limit, 415 for an unknown format, 400 for an unreadable or"
                    + " password-protected file. Publishes ProjectCreated, ScheduleChanged and the snapshot.")
    @APIResponse(responseCode = "201", description = "Created; Location names the project",
            content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    public Response importFile(InputStream body,
                               @Parameter(description = "Project name; default the file's title")
                               @Size(max = 200) @QueryParam("name") String name,
                               @Parameter(description = "Project type; default GENERIC") @QueryParam("type") ProjectType type,
                               @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               UriInfo uri) throws IOException {
        if (contentType != null && !RAW_TYPES.contains(contentType.split(";")[0].trim().toLowerCase(Locale.ROOT))) {
            throw new GantryException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the file as application/octet-stream,"
                    + " application/vnd.ms-project, application/xml or multipart/form-data (part 'file')");
        }
        return created(readLimited(body), name, type, uri);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMIN, Roles.PMO, Roles.PROJECT_MANAGER})
    @Operation(summary = "Create a project from an MS Project file (multipart upload)",
            description = "As the raw upload, with the file in the part named 'file'.")
    @APIResponse(responseCode = "201", description = "Created; Location names the project",
            content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    public Response importMultipart(@RestForm("file") FileUpload file,
                                    @Size(max = 200) @QueryParam("name") String name,
                                    @QueryParam("type") ProjectType type,
                                    UriInfo uri) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw new ValidationException(FieldError.body("/file", "send the project file in a part named 'file'"));
        }
        if (file.size() > maxBytes) {
            throw tooLarge();
        }
        return created(Files.readAllBytes(file.uploadedFile()), name, type, uri);
    }

    private Response created(byte[] content, String name, ProjectType type, UriInfo uri) {
        ScheduleTransfer.Imported imported = transfer.importProject(content, name, type);
        return Response.created(uri.getBaseUriBuilder().path("api/projects").path(imported.project().id.toString()).build())
                .entity(new ImportResponse(imported.project().id, imported.project().name,
                        imported.project().startDate, imported.tasks(), imported.dependencies(), imported.calendars(),
                        imported.warnings()))
                .build();
    }

    private byte[] readLimited(InputStream in) throws IOException {
        if (in == null) {
            throw new ValidationException(FieldError.body("", "the file is empty"));
        }
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (content.length > maxBytes) {
            throw tooLarge();
        }
        return content;
    }

    private GantryException tooLarge() {
        return new GantryException(ProblemType.PAYLOAD_TOO_LARGE,
                "The file is larger than the import limit of " + maxBytes + " bytes");
    }
}
