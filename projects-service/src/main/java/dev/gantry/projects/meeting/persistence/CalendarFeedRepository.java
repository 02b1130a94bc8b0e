package dev.gantry.projects.meeting.persistence;

import dev.gantry.projects.meeting.domain.CalendarFeed;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CalendarFeedRepository implements PanacheRepositoryBase<CalendarFeed, UUID> {

    public Optional<CalendarFeed> findByTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }

    public Optional<CalendarFeed> findInProject(UUID projectId, UUID feedId) {
        return find("id = ?1 and projectId = ?2", feedId, projectId).firstResultOptional();
    }

    public List<CalendarFeed> ofOwner(UUID projectId, String userId) {
        return list("projectId = ?1 and userId = ?2 order by createdAt", projectId, userId);
    }

    public void touch(UUID feedId, Instant when) {
        update("lastUsedAt = ?1 where id = ?2", when, feedId);
    }
}
