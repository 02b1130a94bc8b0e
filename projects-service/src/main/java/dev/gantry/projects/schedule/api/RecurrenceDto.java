package dev.gantry.projects.schedule.api;

import dev.gantry.scheduling.calendar.Recurrence;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Set;

@Schema(name = "Recurrence", description = "How an exception repeats within its from–to range (MS Project's recurring"
        + " exceptions): DAILY every n days, WEEKLY every n weeks on daysOfWeek, MONTHLY on dayOfMonth or on the"
        + " ordinal (1–4, 5 = last) dayOfWeek, YEARLY likewise in a month")
public record RecurrenceDto(
        @NotNull Recurrence.Frequency frequency,
        @Min(1) @Max(1000) Integer interval,
        Set<DayOfWeek> daysOfWeek,
        @Min(0) @Max(31) Integer dayOfMonth,
        @Min(0) @Max(5) Integer ordinal,
        DayOfWeek dayOfWeek,
        Month month,
        @Min(0) @Max(10000) @Schema(description = "Number of occurrences; 0 or absent for until 'to'") Integer occurrences) {
}
