package dev.gantry.resources.load.api;

import dev.gantry.platform.text.Texts;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.security.Roles;
import dev.gantry.resources.load.AvailabilityService;
import dev.gantry.resources.load.domain.Load;
import dev.gantry.resources.people.Periods;
import dev.gantry.resources.people.api.PersonMapper;
import dev.gantry.resources.people.domain.JobFamily;
import dev.gantry.resources.people.persistence.PersonRepository;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

@Path("/api/resources/availability")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "People")
public class AvailabilityResource {

    private final AvailabilityService service;

    AvailabilityResource(AvailabilityService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PMO, Roles.RESOURCE_MANAGER, Roles.PROJECT_MANAGER})
    @Operation(summary = "Find people with free hours",
            description = "Resource managers, project managers, the PMO and admins. Who (with a skill at a minimum"
                    + " level, in a team, of a job family) has at least `hours` free between `from` and `to` (at most"
                    + " 366 days): free hours are the hours of each working day the person is available (capacity less"
                    + " absences) and not allocated. Most free first, then the higher skill level, then by name; each"
                    + " with their free hours per week.")
    public AvailabilityResponse search(
            @Parameter(description = "A skill, case-insensitive", example = "Oracle") @Size(max = 100)
            @QueryParam("skill") String skill,
            @Parameter(description = "With skill: the lowest level, 1–5 (default 1)", example = "3")
            @Min(1) @Max(5) @QueryParam("minLevel") Integer minLevel,
            @Parameter(description = "Free hours needed in the period (default 0: everyone the filters keep)",
                    example = "40") @DecimalMin("0") @DecimalMax("10000") @QueryParam("hours") BigDecimal hours,
            @Parameter(description = "First day", required = true, example = "2027-04-05") @NotNull
            @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day, inclusive", required = true, example = "2027-04-30") @NotNull
            @QueryParam("to") LocalDate to,
            @Parameter(description = "Team, case-insensitive") @Size(max = 100) @QueryParam("team") String team,
            @QueryParam("jobFamily") JobFamily jobFamily,
            @Parameter(description = "Most matches to return, 1–200 (default 20)") @Min(1) @Max(200)
            @QueryParam("limit") Integer limit) {
        Periods.requireOrdered(from, to);
        if (ChronoUnit.DAYS.between(from, to) + 1 > LoadResource.MAX_DAYS) {
            throw new ValidationException(FieldError.parameter("to", "must be at most " + LoadResource.MAX_DAYS
                    + " days after from"));
        }
        AvailabilityService.Result result = service.search(new PersonRepository.Filter(Texts.blankToNull(team), jobFamily,
                Texts.blankToNull(skill), minLevel, null), hours == null ? BigDecimal.ZERO : hours, from, to,
                limit == null ? 20 : limit);
        return new AvailabilityResponse(from, to, result.candidates(), result.matches().stream()
                .map(m -> new AvailabilityResponse.Match(m.person().id, m.person().name, m.person().team,
                        m.person().jobFamily.name(), m.skillLevel(), hours(m.availableHours()),
                        hours(m.allocatedHours()), hours(m.freeHours()), weeks(m.days())))
                .toList());
    }

    private static List<AvailabilityResponse.Week> weeks(List<Load.Day> days) {
        List<AvailabilityResponse.Week> weeks = new ArrayList<>();
        LocalDate start = null;
        LocalDate end = null;
        BigDecimal free = BigDecimal.ZERO;
        for (Load.Day day : days) {
            if (start != null && day.day().isAfter(end)) {
                weeks.add(new AvailabilityResponse.Week(start, end, hours(free)));
                start = null;
            }
            if (start == null) {
                start = day.day();
                end = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                free = BigDecimal.ZERO;
            }
            free = free.add(day.available().subtract(day.allocated()).max(BigDecimal.ZERO));
        }
        if (start != null) {
            weeks.add(new AvailabilityResponse.Week(start, days.get(days.size() - 1).day(), hours(free)));
        }
        return weeks;
    }

    private static BigDecimal hours(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

}
