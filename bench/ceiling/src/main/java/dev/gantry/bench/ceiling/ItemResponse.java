package dev.gantry.bench.ceiling;

import java.time.Instant;
import java.util.UUID;

public record ItemResponse(UUID id, UUID projectId, String name, long durationMinutes, int position, Instant createdAt) {

    static ItemResponse of(CeilingItem item) {
        return new ItemResponse(item.id, item.projectId, item.name, item.durationMinutes, item.position, item.createdAt);
    }
}
