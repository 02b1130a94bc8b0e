package dev.gantry.projects.meeting.persistence;

import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.projects.meeting.domain.ActionItem;
import dev.gantry.projects.meeting.domain.ActionItemStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ActionItemRepository implements PanacheRepositoryBase<ActionItem, UUID> {

    /** Filters of action item lists; null means "any". {@code dueBefore} is inclusive. */
    public record Filter(UUID meetingId, ActionItemStatus status, String ownerUserId, LocalDate dueBefore) {
    }

    public Optional<ActionItem> findInMeeting(UUID projectId, UUID meetingId, UUID actionItemId) {
        return find("id = ?1 and projectId = ?2 and meetingId = ?3", actionItemId, projectId, meetingId)
                .firstResultOptional();
    }

    public PageResponse<ActionItem> search(UUID projectId, Filter filter, PageRequest pageRequest) {
        List<String> conditions = new ArrayList<>(List.of("projectId = :project"));
        Map<String, Object> parameters = new HashMap<>(Map.of("project", projectId));
        if (filter.meetingId() != null) {
            conditions.add("meetingId = :meeting");
            parameters.put("meeting", filter.meetingId());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.ownerUserId() != null) {
            conditions.add("ownerUserId = :owner");
            parameters.put("owner", filter.ownerUserId());
        }
        if (filter.dueBefore() != null) {
            conditions.add("dueDate <= :due");
            parameters.put("due", filter.dueBefore());
        }
        PanacheQuery<ActionItem> results = find(String.join(" and ", conditions), pageRequest.sort().and("id"),
                parameters);
        return pageRequest.fetch(results);
    }
}
