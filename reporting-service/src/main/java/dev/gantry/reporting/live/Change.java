package dev.gantry.reporting.live;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * A change notice: something reporting-service learnt about a project changed what its reads answer. Small on
 * purpose — the client fetches what it shows again. {@code id} orders the notices of one replica.
 */
@Schema(name = "ChangeNotice", description = "Sent as the data of a server-sent event named `change`")
public record Change(
        @Schema(description = "Increasing on this replica; resume with Last-Event-ID", example = "4711") long id,
        UUID projectId,
        @Schema(description = "What changed: project, members, schedule, baseline, progress, earned-value, risks,"
                + " resources, meetings, simulation, status-report", example = "schedule") String topic,
        @Schema(description = "The CloudEvents type of the event that changed it",
                example = "dev.gantry.project.schedule-version.v2") String eventType,
        Instant at) {
}
