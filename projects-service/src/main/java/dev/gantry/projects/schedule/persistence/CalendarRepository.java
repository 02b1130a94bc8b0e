package dev.gantry.projects.schedule.persistence;

import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.projects.schedule.domain.ProjectCalendar;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CalendarRepository implements PanacheRepositoryBase<ProjectCalendar, UUID> {

    public List<ProjectCalendar> ofProject(UUID projectId) {
        return list("projectId = ?1 order by createdAt, id", projectId);
    }

    public Optional<ProjectCalendar> findInProject(UUID projectId, UUID calendarId) {
        return find("id = ?1 and projectId = ?2", calendarId, projectId).firstResultOptional();
    }
}
