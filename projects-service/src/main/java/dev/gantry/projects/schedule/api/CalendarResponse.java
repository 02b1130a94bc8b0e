package dev.gantry.projects.schedule.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "Calendar")
public record CalendarResponse(UUID id, String name, UUID parentId, boolean projectDefault,
                               Map<DayOfWeek, List<PeriodDto>> weekDays, List<ExceptionDto> exceptions,
                               @Schema(description = "The calendar's id in an imported file") String externalId,
                               long version, Instant createdAt, Instant updatedAt) {
}
