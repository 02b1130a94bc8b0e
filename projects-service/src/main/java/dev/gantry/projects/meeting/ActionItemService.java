package dev.gantry.projects.meeting;

import dev.gantry.contracts.project.ActionItemAdded;
import dev.gantry.contracts.project.ActionItemConvertedToTask;
import dev.gantry.contracts.project.ActionItemEntry;
import dev.gantry.contracts.project.ActionItemUpdated;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.projects.meeting.domain.ActionItem;
import dev.gantry.projects.meeting.domain.ActionItemStatus;
import dev.gantry.projects.meeting.domain.Meeting;
import dev.gantry.projects.meeting.domain.Person;
import dev.gantry.projects.meeting.persistence.ActionItemRepository;
import dev.gantry.projects.project.persistence.ProjectRepository;
import dev.gantry.projects.schedule.TaskInput;
import dev.gantry.projects.schedule.TaskService;
import dev.gantry.projects.schedule.domain.TaskOrigin;
import dev.gantry.projects.schedule.domain.TaskView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Action items of a project's meetings, and turning one into a task of the WBS. Members with write access keep
 * them; every change is published.
 */
@ApplicationScoped
@Transactional
public class ActionItemService {

    /** A task made from an action item is due at the end of the standard working day of the item's due date. */
    public static final LocalTime DEADLINE_TIME = LocalTime.of(17, 0);
    /** Duration of a task made from an action item when none is given: one working day. */
    public static final long DEFAULT_TASK_MINUTES = 480;
    static final int MAX_TASK_NAME = 500;

    /** What the planner may say about the task an action item becomes. */
    public record TaskPlacement(UUID parentId, Long durationMinutes) {
    }

    /** An action item and the task it just became. */
    public record Conversion(ActionItem item, TaskView task) {
    }

    /** What a planner says about an action item; {@code status} null keeps the current one (OPEN for a new item). */
    public record ActionItemInput(String description, Person owner, LocalDate dueDate, ActionItemStatus status) {
    }

    private final ActionItemRepository items;
    private final MeetingService meetings;
    private final ProjectRepository projects;
    private final ProjectAuthorizer authorizer;
    private final People people;
    private final TaskService schedule;
    private final EventPublisher events;
    private final Clock clock;

    ActionItemService(ActionItemRepository items, MeetingService meetings, ProjectRepository projects,
                      ProjectAuthorizer authorizer, People people, TaskService schedule, EventPublisher events,
                      Clock clock) {
        this.items = items;
        this.meetings = meetings;
        this.projects = projects;
        this.authorizer = authorizer;
        this.people = people;
        this.schedule = schedule;
        this.events = events;
        this.clock = clock;
    }

    /** Action items of the project, of one meeting when the filter names it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<ActionItem> list(UUID projectId, ActionItemRepository.Filter filter, PageRequest page) {
        authorizer.require(projectId, ProjectPermission.READ);
        if (filter.meetingId() != null) {
            meetings.find(projectId, filter.meetingId());
        } else {
            projects.require(projectId);
        }
        return items.search(projectId, filter, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionItem get(UUID projectId, UUID meetingId, UUID actionItemId) {
        authorizer.require(projectId, ProjectPermission.READ);
        return find(projectId, meetingId, actionItemId);
    }

    public ActionItem add(UUID projectId, UUID meetingId, ActionItemInput input) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        Meeting meeting = meetings.find(projectId, meetingId);
        MeetingService.requireOpen(projects.require(projectId));
        meeting.requireScheduled();
        Person owner = check(projectId, meeting, input, true, Map.of());
        Instant now = clock.instant();
        ActionItem item = ActionItem.add(meeting, input.description(), owner, input.dueDate(),
                input.status() == null ? ActionItemStatus.OPEN : input.status(), now);
        items.persistAndFlush(item);
        events.publish(new ActionItemAdded(projectId, entry(item), now));
        return item;
    }

    /** Replaces the item's content; needs If-Match with the item's ETag. Publishes ActionItemUpdated if it changed. */
    public ActionItem update(UUID projectId, UUID meetingId, UUID actionItemId, String ifMatch, ActionItemInput input) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        Meeting meeting = meetings.find(projectId, meetingId);
        ActionItem item = items.findInMeeting(projectId, meetingId, actionItemId)
                .orElseThrow(() -> new NotFoundException("Action item", actionItemId));
        ETags.requireMatch(ifMatch, item.version);
        MeetingService.requireOpen(projects.require(projectId));
        Map<String, String> known = item.ownerUserId == null ? Map.of() : Map.of(item.ownerUserId, item.ownerName);
        Person owner = check(projectId, meeting, input, !input.dueDate().equals(item.dueDate), known);
        List<String> changed = item.change(input.description(), owner, input.dueDate(),
                input.status() == null ? item.status : input.status(), clock.instant());
        if (changed.isEmpty()) {
            return item;
        }
        items.flush();
        events.publish(new ActionItemUpdated(projectId, entry(item), changed, item.updatedAt));
        return item;
    }

    /**
     * Turns an open action item into a task of the project's WBS through the schedule's own use case (so the
     * schedule is recomputed and published): named after the item, with the item's due date as its deadline. The
     * item and the task name each other; an item linked to a task cannot be converted again (409).
     */
    public Conversion convertToTask(UUID projectId, UUID meetingId, UUID actionItemId, TaskPlacement placement) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        ActionItem item = find(projectId, meetingId, actionItemId);
        MeetingService.requireOpen(projects.require(projectId));
        item.requireConvertibleToTask();
        Set<String> present = new HashSet<>(Set.of("name", "deadline", "durationMinutes"));
        if (placement.parentId() != null) {
            present.add("parentId");
        }
        long duration = placement.durationMinutes() == null ? DEFAULT_TASK_MINUTES : placement.durationMinutes();
        String name = taskName(item.description);
        TaskInput input = new TaskInput(Set.copyOf(present), name,
                placement.parentId(), duration, null, null, null, null, null, null,
                item.dueDate.atTime(DEADLINE_TIME), null, null, null, null, null);
        TaskView task = schedule.createTask(projectId, input, new TaskOrigin(meetingId, item.id));
        Instant now = clock.instant();
        item.convertedTo(task.task().id, now);
        items.flush();
        events.publish(new ActionItemConvertedToTask(projectId, item.id, meetingId, task.task().id, task.task().name,
                now));
        return new Conversion(item, task);
    }

    private ActionItem find(UUID projectId, UUID meetingId, UUID actionItemId) {
        meetings.find(projectId, meetingId);
        return items.findInMeeting(projectId, meetingId, actionItemId)
                .orElseThrow(() -> new NotFoundException("Action item", actionItemId));
    }

    /**
     * Checks the owner (a member, or the one the item already names) and, when {@code checkDueDate}, that the item is
     * not due before its meeting.
     */
    private Person check(UUID projectId, Meeting meeting, ActionItemInput input, boolean checkDueDate,
                         Map<String, String> known) {
        List<FieldError> errors = new ArrayList<>();
        Person owner = people.roster(projectId, known).resolve(input.owner(), "/owner", errors);
        if (checkDueDate && input.dueDate().isBefore(meeting.localDate())) {
            errors.add(FieldError.body("/dueDate", "must not be before the meeting's date (" + meeting.localDate()
                    + ")"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return owner;
    }

    static String taskName(String description) {
        String name = description.strip().replaceAll("\\s+", " ");
        return name.length() <= MAX_TASK_NAME ? name : name.substring(0, MAX_TASK_NAME - 1).strip() + "…";
    }

    static ActionItemEntry entry(ActionItem item) {
        return new ActionItemEntry(item.id, item.meetingId, item.description, MeetingService.person(item.owner()),
                item.dueDate, item.status.name(), item.taskId, item.version);
    }
}
