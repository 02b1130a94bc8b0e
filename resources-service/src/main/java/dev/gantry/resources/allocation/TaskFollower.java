package dev.gantry.resources.allocation;

import dev.gantry.resources.allocation.persistence.AllocationRepository;
import dev.gantry.resources.people.LoadInputsChanged;
import dev.gantry.resources.people.persistence.PersonRepository;
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
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Moves allocations to tasks with their tasks: when a complete new schedule of a project arrives, each allocation to
 * one of its tasks takes the task's dates and criticality again, and the load of every person whose allocation moved
 * is re-evaluated over the days it left and the days it took (over-allocation from a task move). An allocation whose
 * task is gone keeps its last dates.
 *
 * <p>Everyone who follows one of the project's tasks is locked first, in id order as every change locks people and in
 * one query; then each task's allocations move in one statement (a task may carry hundreds), not one per allocation.
 */
@ApplicationScoped
public class TaskFollower {

    private static final int CHUNK = 1000;

    private final AllocationRepository allocations;
    private final ScheduleReplica schedule;
    private final PersonRepository people;
    private final Event<LoadInputsChanged> loadChanged;
    private final Clock clock;

    TaskFollower(AllocationRepository allocations, ScheduleReplica schedule, PersonRepository people,
                 Event<LoadInputsChanged> loadChanged, Clock clock) {
        this.allocations = allocations;
        this.schedule = schedule;
        this.people = people;
        this.loadChanged = loadChanged;
        this.clock = clock;
    }

    void onScheduleReceived(@Observes ScheduleReceived received) {
        List<UUID> tasks = allocations.followedTasks(received.projectId());
        if (tasks.isEmpty()) {
            return;
        }
        Map<UUID, TaskDates> dates = schedule.taskDates(received.projectId(), tasks);
        // In id order as Java compares ids (the order lockAll locks in), so that the chunks follow it too.
        List<UUID> following = allocations.peopleFollowingTasks(received.projectId()).stream().sorted().toList();
        for (int i = 0; i < following.size(); i += CHUNK) {
            people.lockAll(following.subList(i, Math.min(following.size(), i + CHUNK)));
        }
        Instant now = clock.instant();
        // Each person's changed days: from the earliest day one of their allocations had or has now to the latest.
        SortedMap<UUID, LoadInputsChanged> moved = new TreeMap<>();
        for (TaskDates task : dates.values()) {
            for (AllocationRepository.Moved m : allocations.follow(received.projectId(), task.taskId(),
                    task.firstDay(), task.lastDay(), task.critical(), now)) {
                moved.merge(m.personId(), new LoadInputsChanged(m.personId(), m.firstDayBefore(), m.lastDayBefore())
                        .join(new LoadInputsChanged(m.personId(), task.firstDay(), task.lastDay())),
                        LoadInputsChanged::join);
            }
        }
        moved.values().forEach(loadChanged::fire);
    }
}
