package dev.gantry.projects.schedule.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "CalendarRequest", description = "A working-time calendar. A weekday absent from weekDays is"
        + " inherited from the parent calendar, or non-working without one; an empty list makes it non-working.")
public record CalendarRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Operations (Mon–Fri 07:00–15:00)") String name,
        @Schema(description = "Base calendar whose weekdays and exceptions this one inherits") UUID parentId,
        @Schema(description = "Make this the project calendar, used by tasks without a calendar of their own")
        Boolean projectDefault,
        Map<DayOfWeek, @NotNull @Size(max = 10) List<@NotNull @Valid PeriodDto>> weekDays,
        @Size(max = 2000) List<@NotNull @Valid ExceptionDto> exceptions) {
}
