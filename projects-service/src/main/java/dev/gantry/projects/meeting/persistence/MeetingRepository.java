package dev.gantry.projects.meeting.persistence;

import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.projects.meeting.domain.Meeting;
import dev.gantry.projects.meeting.domain.MeetingKind;
import dev.gantry.projects.meeting.domain.MeetingStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    /** Filters of the meeting list; null means "any". Meetings overlapping [from, to) match the date range. */
    public record Filter(Instant from, Instant to, MeetingKind kind, MeetingStatus status) {
    }

    public Optional<Meeting> findInProject(UUID projectId, UUID meetingId) {
        return find("id = ?1 and projectId = ?2", meetingId, projectId).firstResultOptional();
    }

    public List<Meeting> ofProject(UUID projectId) {
        return list("projectId", Sort.by("startsAt").and("id"), projectId);
    }

    public PageResponse<Meeting> search(UUID projectId, Filter filter, PageRequest pageRequest) {
        List<String> conditions = new ArrayList<>(List.of("projectId = :project"));
        Map<String, Object> parameters = new HashMap<>(Map.of("project", projectId));
        if (filter.from() != null) {
            conditions.add("endsAt > :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("startsAt < :to");
            parameters.put("to", filter.to());
        }
        if (filter.kind() != null) {
            conditions.add("kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.put("status", filter.status());
        }
        PanacheQuery<Meeting> results = find(String.join(" and ", conditions), pageRequest.sort().and("id"),
                parameters);
        return pageRequest.fetch(results);
    }
}
