package dev.gantry.reporting.mywork.api;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.http.CsvTables;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.security.CurrentUser;
import dev.gantry.reporting.mywork.MyWorkService;
import dev.gantry.reporting.mywork.persistence.MyWorkRepository;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

@Path("/api/reports/me/work")
@Produces({MediaType.APPLICATION_JSON, CsvTables.TEXT_CSV})
@Authenticated
@Tag(name = "My work")
public class MyWorkResource {

    static final List<String> CSV_COLUMNS = List.of("allocationId", "projectId", "projectName", "role", "percent",
            "hoursPerDay", "firstDay", "lastDay", "taskId", "taskName", "wbs", "critical", "slackDays",
            "percentComplete", "state");

    private final MyWorkService work;
    private final CurrentUser user;
    private final Clock clock;

    MyWorkResource(MyWorkService work, CurrentUser user, Clock clock) {
        this.work = work;
        this.user = user;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The signed-in user's work across every project",
            description = "Any signed-in user, about themselves. Their allocations not released (the person whose"
                    + " username is the caller's), each with the task it follows — its current dates, total slack in"
                    + " 8-hour days, percent complete — and its state (NOT_STARTED, IN_PROGRESS, LATE, DONE), from"
                    + " `from` on (default today; tasks not complete are listed however late); the open risks they"
                    + " own; their risk response actions announced overdue; their open action items. With Accept:"
                    + " text/csv, the allocations as CSV.")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = MyWorkService.MyWork.class)))
    public Response get(@Parameter(description = "List work that ends on or after this day (default: today)",
            example = "2027-01-01") @QueryParam("from") LocalDate from,
                        @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        LocalDate today = LocalDate.now(clock);
        if (from != null && (from.isBefore(LocalDate.of(2000, 1, 1)) || from.isAfter(LocalDate.of(9999, 1, 1)))) {
            throw new ValidationException(new FieldError(null, "from", "must be between 2000-01-01 and 9999-01-01"));
        }
        MyWorkService.MyWork mine = work.of(user.id(), user.username(), today, from == null ? today : from);
        if (CsvTables.wanted(accept)) {
            return CsvTables.answer(CSV_COLUMNS, mine.allocations().stream().<List<?>>map(a -> {
                MyWorkRepository.Task t = a.task();
                return Arrays.asList(a.allocationId(), a.projectId(), a.projectName(), a.role(), a.percent(),
                        a.hoursPerDay(), a.firstDay(), a.lastDay(), t == null ? null : t.taskId(),
                        t == null ? null : t.name(), t == null ? null : t.wbs(), t == null ? null : t.critical(),
                        t == null ? null : t.slackDays(), t == null ? null : t.percentComplete(), a.state());
            }).toList(), "my-work.csv");
        }
        return Response.ok(mine, MediaType.APPLICATION_JSON).build();
    }
}
