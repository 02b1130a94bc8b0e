package dev.gantry.reporting.mywork;

import dev.gantry.contracts.resources.AllocationChanged;
import dev.gantry.contracts.resources.AllocationRemoved;
import dev.gantry.contracts.resources.PersonChanged;
import dev.gantry.contracts.resources.PersonRemoved;
import dev.gantry.platform.events.IncomingEvent;
import dev.gantry.reporting.mywork.persistence.MyWorkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Keeps people's allocations from resources-service's events and answers "my work" for a user. */
@ApplicationScoped
public class MyWorkService {

    /** Where a task stands for the person working on it, on a given day. */
    public enum TaskState { NOT_STARTED, IN_PROGRESS, LATE, DONE }

    @Schema(name = "MyWork", description = "The signed-in user's work across every project: allocations (with the task"
            + " each follows, its current dates, slack and state), open risks they own, their overdue risk response"
            + " actions and open action items")
    public record MyWork(String username, LocalDate today, List<Assignment> allocations,
                         List<MyWorkRepository.Risk> risks, List<MyWorkRepository.OverdueResponse> overdueRiskResponses,
                         List<Item> actionItems) {
    }

    @Schema(name = "MyWorkAllocation")
    public record Assignment(UUID allocationId, UUID projectId, String projectName, String role,
                             java.math.BigDecimal percent, java.math.BigDecimal hoursPerDay, LocalDate firstDay,
                             LocalDate lastDay, MyWorkRepository.Task task, TaskState state) {
    }

    @Schema(name = "MyWorkActionItem")
    public record Item(UUID projectId, String projectName, UUID actionItemId, UUID meetingId, String description,
                       LocalDate dueDate, boolean overdue) {
    }

    private final MyWorkRepository repository;

    MyWorkService(MyWorkRepository repository) {
        this.repository = repository;
    }

    /** An allocation or person event from resources-service (in the event's transaction). */
    public void apply(IncomingEvent event) {
        event.as(AllocationChanged.class).ifPresent(repository::changed);
        event.as(AllocationRemoved.class).ifPresent(removed -> repository.removed(removed.allocationId()));
        event.as(PersonChanged.class).ifPresent(repository::person);
        event.as(PersonRemoved.class).ifPresent(removed -> repository.personRemoved(removed.personId()));
    }

    /**
     * The work of the user — allocations by {@code username} (the link resources-service keeps between a person and a
     * user), risks and response actions by owner name, action items by {@code userId} — from {@code from} on.
     */
    @Transactional
    public MyWork of(String userId, String username, LocalDate today, LocalDate from) {
        List<Assignment> allocations = repository.allocationsOf(username, from).stream()
                .map(a -> new Assignment(a.allocationId(), a.projectId(), a.projectName(), a.role(), a.percent(),
                        a.hoursPerDay(), a.firstDay(), a.lastDay(), a.task(), state(a, today)))
                .toList();
        List<Item> items = repository.actionItemsOf(userId).stream()
                .map(i -> new Item(i.projectId(), i.projectName(), i.actionItemId(), i.meetingId(), i.description(),
                        i.dueDate(), i.dueDate() != null && i.dueDate().isBefore(today)))
                .toList();
        return new MyWork(username, today, allocations, repository.risksOwnedBy(username),
                repository.overdueResponsesOf(username), items);
    }

    /** DONE when the task is complete (or an allocation without a task has ended); LATE when its task is not. */
    static TaskState state(MyWorkRepository.Allocation a, LocalDate today) {
        MyWorkRepository.Task task = a.task();
        if (task != null && task.percentComplete() != null
                && task.percentComplete().compareTo(java.math.BigDecimal.valueOf(100)) >= 0) {
            return TaskState.DONE;
        }
        if (a.lastDay().isBefore(today)) {
            return task == null ? TaskState.DONE : TaskState.LATE;
        }
        return a.firstDay().isAfter(today) ? TaskState.NOT_STARTED : TaskState.IN_PROGRESS;
    }
}
