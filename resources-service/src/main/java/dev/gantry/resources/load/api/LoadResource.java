package dev.gantry.resources.load.api;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.security.Roles;
import dev.gantry.resources.load.LoadService;
import dev.gantry.resources.load.domain.Load;
import dev.gantry.resources.load.domain.OverallocationEpisode;
import dev.gantry.resources.people.PersonService;
import dev.gantry.resources.people.Periods;
import dev.gantry.resources.people.domain.Person;
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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A person's load: capacity, absences and allocations per day or week, and their over-allocations. */
@Path("/api/resources")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "People")
public class LoadResource {

    /** The longest period one request covers. */
    public static final int MAX_DAYS = 366;
    /** The period when none is given: twelve weeks from this week's Monday. */
    static final int DEFAULT_WEEKS = 12;

    public enum By { DAY, WEEK }

    private final PersonService people;
    private final LoadService load;
    private final Clock clock;

    LoadResource(PersonService people, LoadService load, Clock clock) {
        this.people = people;
        this.load = load;
        this.clock = clock;
    }

    @GET
    @Path("/people/{personId}/load")
    @RolesAllowed({Roles.ADMIN, Roles.PMO, Roles.RESOURCE_MANAGER, Roles.PROJECT_MANAGER})
    @Operation(summary = "Read a person's load",
            description = "Resource managers, project managers, the PMO and admins. Per day or per week (Monday to"
                    + " Sunday): capacity, absences, available and allocated hours, and each allocation's share;"
                    + " at most 366 days, twelve weeks from this week's Monday by default.")
    public LoadResponse ofPerson(@PathParam("personId") UUID personId,
                                 @Parameter(description = "First day (default: this week's Monday)", example = "2027-03-01")
                                 @QueryParam("from") LocalDate from,
                                 @Parameter(description = "Last day, inclusive", example = "2027-05-23")
                                 @QueryParam("to") LocalDate to,
                                 @Parameter(description = "DAY or WEEK (default)") @QueryParam("by") By by) {
        return respond(people.get(personId), from, to, by);
    }

    @GET
    @Path("/me/load")
    @Operation(summary = "Read the signed-in user's own load",
            description = "Any signed-in user linked to a person (404 otherwise); as a person's load.")
    public LoadResponse mine(@Parameter(description = "First day (default: this week's Monday)") @QueryParam("from") LocalDate from,
                             @Parameter(description = "Last day, inclusive") @QueryParam("to") LocalDate to,
                             @Parameter(description = "DAY or WEEK (default)") @QueryParam("by") By by) {
        return respond(people.mine(), from, to, by);
    }

    private LoadResponse respond(Person person, LocalDate from, LocalDate to, By by) {
        LocalDate first = from != null ? from
                : LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = to != null ? to : first.plusWeeks(DEFAULT_WEEKS).minusDays(1);
        Periods.requireOrdered(first, last);
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new ValidationException(FieldError.parameter("to", "must be at most " + MAX_DAYS
                    + " days after from: ask for a longer period in parts"));
        }
        By grouping = by == null ? By.WEEK : by;
        List<Load.Day> days = load.days(person, first, last);
        List<LoadResponse.Period> periods = new ArrayList<>();
        int i = 0;
        while (i < days.size()) {
            LocalDate start = days.get(i).day();
            LocalDate end = grouping == By.DAY ? start : start.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            List<Load.Day> group = new ArrayList<>();
            while (i < days.size() && !days.get(i).day().isAfter(end)) {
                group.add(days.get(i++));
            }
            periods.add(period(start, group.get(group.size() - 1).day(), group));
        }
        List<LoadResponse.Episode> episodes = load.episodes(person.id).stream()
                .filter(e -> !e.firstDay.isAfter(last) && !e.lastDay.isBefore(first))
                .map(LoadResource::episode).toList();
        return new LoadResponse(person.id, person.name, person.capacityHoursPerWeek, first, last, grouping.name(),
                periods, episodes);
    }

    private static LoadResponse.Period period(LocalDate start, LocalDate end, List<Load.Day> days) {
        BigDecimal capacity = BigDecimal.ZERO;
        BigDecimal absent = BigDecimal.ZERO;
        BigDecimal allocated = BigDecimal.ZERO;
        boolean over = false;
        Map<UUID, LoadResponse.Share> shares = new LinkedHashMap<>();
        for (Load.Day day : days) {
            capacity = capacity.add(day.capacity());
            absent = absent.add(day.absent());
            allocated = allocated.add(day.allocated());
            over |= day.overallocated();
            for (Load.Share s : day.shares()) {
                LoadResponse.Share sum = shares.get(s.allocationId());
                shares.put(s.allocationId(), new LoadResponse.Share(s.allocationId(), s.projectId(),
                        sum == null ? s.hours() : sum.hours().add(s.hours())));
            }
        }
        BigDecimal available = capacity.subtract(absent);
        return new LoadResponse.Period(start, end, hours(capacity), hours(absent), hours(available), hours(allocated),
                hours(available.subtract(allocated)), over, shares.values().stream()
                .map(s -> new LoadResponse.Share(s.allocationId(), s.projectId(), hours(s.hours()))).toList());
    }

    private static LoadResponse.Episode episode(OverallocationEpisode e) {
        return new LoadResponse.Episode(e.id, e.firstDay, e.lastDay, e.peakDay, e.allocatedHours, e.availableHours);
    }

    private static BigDecimal hours(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
