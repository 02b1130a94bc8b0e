package dev.gantry.projects.lesson;

import dev.gantry.contracts.project.LessonEntry;
import dev.gantry.contracts.project.LessonRecorded;
import dev.gantry.contracts.project.LessonRemoved;
import dev.gantry.contracts.project.LessonUpdated;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.security.CurrentUser;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.projects.lesson.domain.Lesson;
import dev.gantry.projects.lesson.domain.LessonDetails;
import dev.gantry.projects.lesson.persistence.LessonRepository;
import dev.gantry.projects.project.domain.Project;
import dev.gantry.projects.project.persistence.ProjectRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lessons learned. Members with write access record them for their project at any stage, closed and cancelled
 * projects included; anyone searches the lessons of the projects they can see.
 */
@ApplicationScoped
@Transactional
public class LessonService {

    /** A lesson found by a search, with the project it was learned in. */
    public record Found(Lesson lesson, Project project) {
    }

    private final LessonRepository lessons;
    private final ProjectRepository projects;
    private final ProjectAuthorizer authorizer;
    private final CurrentUser user;
    private final EventPublisher events;
    private final Clock clock;

    LessonService(LessonRepository lessons, ProjectRepository projects, ProjectAuthorizer authorizer,
                  CurrentUser user, EventPublisher events, Clock clock) {
        this.lessons = lessons;
        this.projects = projects;
        this.authorizer = authorizer;
        this.user = user;
        this.events = events;
        this.clock = clock;
    }

    /** The lessons of one project. The filter's projectId and visibility are set here. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Lesson> list(UUID projectId, LessonRepository.Filter filter, PageRequest page) {
        authorizer.require(projectId, ProjectPermission.READ);
        projects.require(projectId);
        return lessons.search(new LessonRepository.Filter(projectId, null, filter.text(), filter.category(),
                filter.outcome(), filter.impact(), filter.tag(), null), page);
    }

    /** The lessons of every project the user can see: all of them for admins and the PMO, else their projects'. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Found> search(LessonRepository.Filter filter, PageRequest page) {
        String visibleTo = authorizer.seesAllProjects() ? null : user.id();
        PageResponse<Lesson> found = lessons.search(new LessonRepository.Filter(null, visibleTo, filter.text(),
                filter.category(), filter.outcome(), filter.impact(), filter.tag(), filter.projectType()), page);
        Set<UUID> projectIds = found.items().stream().map(l -> l.projectId).collect(Collectors.toSet());
        Map<UUID, Project> byId = projectIds.isEmpty() ? Map.of()
                : projects.list("id in ?1", projectIds).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        return found.map(l -> new Found(l, byId.get(l.projectId)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Lesson get(UUID projectId, UUID lessonId) {
        authorizer.require(projectId, ProjectPermission.READ);
        return find(projectId, lessonId);
    }

    public Lesson record(UUID projectId, LessonDetails details) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        projects.require(projectId);
        Instant now = clock.instant();
        Lesson lesson = Lesson.record(projectId, details, user.id(), now);
        lessons.persistAndFlush(lesson);
        events.publish(new LessonRecorded(projectId, entry(lesson), now));
        return lesson;
    }

    /** Replaces the lesson's content; needs If-Match. Publishes LessonUpdated when something changed. */
    public Lesson replace(UUID projectId, UUID lessonId, String ifMatch, LessonDetails details) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        Lesson lesson = find(projectId, lessonId);
        ETags.requireMatch(ifMatch, lesson.version);
        List<String> changed = lesson.replace(details, clock.instant());
        if (changed.isEmpty()) {
            return lesson;
        }
        lessons.flush();
        events.publish(new LessonUpdated(projectId, entry(lesson), changed, lesson.updatedAt));
        return lesson;
    }

    public void remove(UUID projectId, UUID lessonId, String ifMatch) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        Lesson lesson = find(projectId, lessonId);
        ETags.requireMatch(ifMatch, lesson.version);
        lessons.delete(lesson);
        events.publish(new LessonRemoved(projectId, lessonId, clock.instant()));
    }

    private Lesson find(UUID projectId, UUID lessonId) {
        projects.require(projectId);
        return lessons.findInProject(projectId, lessonId)
                .orElseThrow(() -> new NotFoundException("Lesson", lessonId));
    }

    private static LessonEntry entry(Lesson l) {
        return new LessonEntry(l.id, l.title, l.outcome.name(), l.category.name(), l.impact.name(), l.description,
                l.recommendation, l.tagList(), l.recordedBy, l.createdAt, l.version);
    }
}
