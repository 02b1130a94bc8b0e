package dev.gantry.projects.schedule.api;

import dev.gantry.projects.schedule.domain.LinkType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Dependency")
public record DependencyResponse(UUID id, UUID predecessorId, UUID successorId, LinkType type, LagDto lag, long version,
                                 Instant createdAt) {
}
