package dev.gantry.resources.allocation;

import dev.gantry.resources.allocation.domain.Allocation;
import dev.gantry.resources.allocation.persistence.AllocationRepository;
import dev.gantry.resources.people.LoadInputsChanged;
import dev.gantry.resources.people.PersonService;
import dev.gantry.resources.schedule.ScheduleReceived;
import dev.gantry.resources.schedule.ScheduleReplica;
import dev.gantry.resources.schedule.domain.TaskDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Moves allocations to tasks with their tasks: when a complete new schedule of a project arrives, each allocation to
 * one of its tasks takes the task's dates and criticality again, and the load of every person whose allocation moved
 * is re-evaluated (over-allocation from a task move). An allocation whose task is gone keeps its last dates.
 */
@ApplicationScoped
public class TaskFollower {

    private final AllocationRepository allocations;
    private final ScheduleReplica schedule;
    private final PersonService people;
    private final Event<LoadInputsChanged> loadChanged;
    private final Clock clock;

    TaskFollower(AllocationRepository allocations, ScheduleReplica schedule, PersonService people,
                 Event<LoadInputsChanged> loadChanged, Clock clock) {
        this.allocations = allocations;
        this.schedule = schedule;
        this.people = people;
        this.loadChanged = loadChanged;
        this.clock = clock;
    }

    void onScheduleReceived(@Observes ScheduleReceived received) {
        List<Allocation> following = allocations.followingTasks(received.projectId());
        if (following.isEmpty()) {
            return;
        }
        Map<UUID, TaskDates> dates = schedule.taskDates(received.projectId(),
                following.stream().map(a -> a.taskId).distinct().toList());
        SortedSet<UUID> moved = new TreeSet<>();
        for (Allocation a : following) {
            TaskDates task = dates.get(a.taskId);
            if (task != null && (!task.firstDay().equals(a.firstDay) || !task.lastDay().equals(a.lastDay)
                    || !Boolean.valueOf(task.critical()).equals(a.taskCritical))) {
                moved.add(a.personId);
            }
        }
        // The people first, in id order as every change locks them, then the allocations.
        moved.forEach(people::lock);
        Instant now = clock.instant();
        for (Allocation a : following) {
            TaskDates task = dates.get(a.taskId);
            if (task != null) {
                a.follow(task.firstDay(), task.lastDay(), task.critical(), now);
            }
        }
        allocations.flush();
        moved.forEach(person -> loadChanged.fire(new LoadInputsChanged(person)));
    }
}
