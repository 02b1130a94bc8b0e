package dev.gantry.projects.lesson.persistence;

import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.projects.lesson.domain.Lesson;
import dev.gantry.projects.lesson.domain.LessonCategory;
import dev.gantry.projects.lesson.domain.LessonImpact;
import dev.gantry.projects.lesson.domain.LessonOutcome;
import dev.gantry.projects.project.domain.ProjectType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lessons, and the search over them. The search is PostgreSQL full-text search on a generated, weighted
 * {@code tsvector} column (title and tags weigh most), so "firewall outage" finds "firewalls" and "outages" too.
 */
@ApplicationScoped
public class LessonRepository implements PanacheRepositoryBase<Lesson, UUID> {

    /** Sort keys of a search; {@link #RELEVANCE} only when there is text to rank by. */
    public static final String RELEVANCE = "ts_rank_cd(l.search, websearch_to_tsquery('english', :q))";
    public static final Map<String, String> SORTABLE = Map.of(
            "createdAt", "l.created_at",
            "updatedAt", "l.updated_at",
            "title", "lower(l.title)",
            "impact", "case l.impact when 'HIGH' then 3 when 'MEDIUM' then 2 else 1 end",
            "relevance", RELEVANCE);

    /**
     * Filters; null means "any". {@code projectId} limits the search to one project, {@code visibleTo} to the
     * projects the user is a member of (null: every project).
     */
    public record Filter(UUID projectId, String visibleTo, String text, LessonCategory category,
                         LessonOutcome outcome, LessonImpact impact, String tag, ProjectType projectType) {
    }

    public Optional<Lesson> findInProject(UUID projectId, UUID lessonId) {
        return find("id = ?1 and projectId = ?2", lessonId, projectId).firstResultOptional();
    }

    public PageResponse<Lesson> search(Filter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.projectId() != null) {
            conditions.add("l.project_id = :project");
            parameters.put("project", filter.projectId());
        }
        if (filter.visibleTo() != null) {
            conditions.add("l.project_id in (select m.project_id from project_membership m where m.user_id = :user)");
            parameters.put("user", filter.visibleTo());
        }
        boolean text = filter.text() != null && !filter.text().isBlank();
        if (text) {
            conditions.add("l.search @@ websearch_to_tsquery('english', :q)");
            parameters.put("q", filter.text().strip());
        }
        if (filter.category() != null) {
            conditions.add("l.category = :category");
            parameters.put("category", filter.category().name());
        }
        if (filter.outcome() != null) {
            conditions.add("l.outcome = :outcome");
            parameters.put("outcome", filter.outcome().name());
        }
        if (filter.impact() != null) {
            conditions.add("l.impact = :impact");
            parameters.put("impact", filter.impact().name());
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            conditions.add("l.tags @> array[cast(:tag as text)]");
            parameters.put("tag", Lesson.normalise(List.of(filter.tag()))[0]);
        }
        if (filter.projectType() != null) {
            conditions.add("l.project_id in (select p.id from project p where p.type = :type)");
            parameters.put("type", filter.projectType().name());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);

        Query count = getEntityManager().createNativeQuery("select count(*) from lesson l" + where);
        parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();

        Query ids = getEntityManager().createNativeQuery(
                "select l.id from lesson l" + where + " order by " + page.orderBy(null) + ", l.id",
                UUID.class);
        parameters.forEach(ids::setParameter);
        ids.setFirstResult(page.offset());
        ids.setMaxResults(page.size());
        @SuppressWarnings("unchecked")
        List<UUID> pageIds = ids.getResultList();
        if (pageIds.isEmpty()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), total);
        }
        Map<UUID, Lesson> byId = list("id in ?1", pageIds).stream()
                .collect(Collectors.toMap(l -> l.id, Function.identity()));
        return new PageResponse<>(pageIds.stream().map(byId::get).toList(), page.page(), page.size(), total);
    }
}
