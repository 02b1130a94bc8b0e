package dev.gantry.projects.schedule;

import dev.gantry.projects.schedule.domain.LinkType;
import dev.gantry.projects.schedule.domain.Task;
import dev.gantry.projects.schedule.domain.TaskLink;
import dev.gantry.scheduling.model.Lag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Parts carried from edit to edit convert to what a conversion of the whole network gives. */
class PlanPartsTest {

    private final UUID project = UUID.randomUUID();
    private final Random random = new Random(3);

    @Test
    void partsAfterRandomChangesEqualAFreshConversion() {
        Map<UUID, Task> tasks = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            Task t = task(i);
            tasks.put(t.id, t);
        }
        Map<UUID, TaskLink> links = new LinkedHashMap<>();
        PlanParts parts = PlanParts.of(tasks.values(), links.values());
        for (int step = 0; step < 300; step++) {
            Map<UUID, Task> before = tasks;
            Map<UUID, Task> after = new LinkedHashMap<>();
            before.forEach((id, t) -> after.put(id, t));
            Map<UUID, TaskLink> linksAfter = new LinkedHashMap<>(links);
            List<UUID> ids = List.copyOf(after.keySet());
            UUID some = ids.get(random.nextInt(ids.size()));
            Set<UUID> touchedTasks;
            Set<UUID> touchedLinks = Set.of();
            Task derivedLater = null;
            switch (random.nextInt(8)) {
                case 0 -> {
                    Task added = task(100 + step);
                    after.put(added.id, added);
                    touchedTasks = Set.of(added.id);
                }
                case 1 -> {
                    Task changed = copy(after.get(some));
                    changed.durationMinutes = 60L * random.nextInt(40);
                    after.put(some, changed);
                    touchedTasks = Set.of(some);
                }
                case 2 -> {
                    Task changed = copy(after.get(some));
                    UUID parent = ids.get(random.nextInt(ids.size()));
                    changed.parentId = parent.equals(some) ? null : parent;
                    after.put(some, changed);
                    touchedTasks = Set.of(some);
                }
                case 3 -> {
                    Task changed = copy(after.get(some));
                    changed.position = random.nextInt(200);
                    after.put(some, changed);
                    touchedTasks = Set.of(some);
                }
                case 4 -> {
                    UUID other = ids.get(random.nextInt(ids.size()));
                    TaskLink link = TaskLink.create(project, some, other, LinkType.values()[random.nextInt(4)],
                            random.nextInt(3) * 60, Lag.LagUnit.WORKING_MINUTES, Instant.EPOCH);
                    linksAfter.put(link.id, link);
                    touchedTasks = Set.of();
                    touchedLinks = Set.of(link.id);
                }
                case 5 -> {
                    // Several tasks in one change: a new subtask, another task's duration, and a task created and
                    // deleted within the change (touched, but in neither version).
                    Task added = task(100 + step);
                    added.parentId = some;
                    after.put(added.id, added);
                    UUID other = ids.get(random.nextInt(ids.size()));
                    Task changed = copy(after.get(other));
                    changed.durationMinutes = 60L * random.nextInt(40);
                    after.put(other, changed);
                    touchedTasks = Set.of(added.id, other, UUID.randomUUID());
                }
                case 6 -> {
                    // Progress derived after scheduling changes the change's own task: converted again by refresh.
                    derivedLater = copy(after.get(some));
                    after.put(some, derivedLater);
                    touchedTasks = Set.of(some);
                }
                default -> {
                    after.remove(some);
                    touchedTasks = Set.of(some);
                    Set<UUID> gone = new java.util.HashSet<>();
                    linksAfter.values().removeIf(l -> (l.predecessorId.equals(some) || l.successorId.equals(some))
                            && gone.add(l.id));
                    touchedLinks = gone;
                }
            }
            Map<UUID, Task> touched = new HashMap<>();
            touchedTasks.forEach(id -> touched.put(id, after.get(id)));
            PlanParts previous = parts;
            List<Object> previousConverted = List.copyOf(previous.tasksInOutlineOrder());
            List<Object> previousTasks = List.copyOf(previous.tasks().values());
            parts = parts.next(touched, linksAfter, touchedLinks);
            if (derivedLater != null) {
                derivedLater.durationMinutes = 60L * random.nextInt(40);
                parts = parts.refresh(Set.of(derivedLater.id));
            }
            // A kept version is never changed by the versions built from it.
            assertThat(List.<Object>copyOf(previous.tasksInOutlineOrder())).as("step %d: the previous parts", step)
                    .usingElementComparator(PlanPartsTest::identity).containsExactlyElementsOf(previousConverted);
            assertThat(List.<Object>copyOf(previous.tasks().values())).as("step %d: the previous tasks", step)
                    .usingElementComparator(PlanPartsTest::identity).containsExactlyElementsOf(previousTasks);
            tasks = after;
            links = linksAfter;
            List<Task> shuffled = new ArrayList<>(tasks.values());
            Collections.shuffle(shuffled, random);
            PlanParts fresh = PlanParts.of(shuffled, links.values());
            assertThat(parts.tasksInOutlineOrder()).as("step %d", step).isEqualTo(fresh.tasksInOutlineOrder());
            assertThat(parts.tasks()).as("step %d", step).isEqualTo(tasks);
            assertThat(List.copyOf(parts.tasks().values())).as("step %d: in outline order", step)
                    .isEqualTo(List.copyOf(fresh.tasks().values()));
            boolean moved = touchedTasks.stream().anyMatch(id -> {
                Task was = before.get(id);
                Task now = after.get(id);
                return (was == null) != (now == null) || was != null && (!Objects.equals(was.parentId, now.parentId)
                        || was.position != now.position);
            });
            assertThat(parts.sameOutline(previous)).as("step %d: the outline is kept unless a task moved", step)
                    .isEqualTo(!moved);
            assertThat(List.copyOf(parts.dependencies())).as("step %d", step)
                    .containsExactlyInAnyOrderElementsOf(fresh.dependencies());
        }
    }

    private static int identity(Object a, Object b) {
        return a == b ? 0 : 1;
    }

    private Task task(int i) {
        Task t = Task.create(project, i + 1, "Task " + i, Instant.EPOCH);
        t.id = UUID.randomUUID();
        t.durationMinutes = 480;
        return t;
    }

    /** A changed task is a new instance, as a change's entity is not the one the kept network holds. */
    private static Task copy(Task t) {
        Task c = Task.create(t.projectId, t.position, t.name, Instant.EPOCH);
        c.id = t.id;
        c.parentId = t.parentId;
        c.durationMinutes = t.durationMinutes;
        return c;
    }
}
