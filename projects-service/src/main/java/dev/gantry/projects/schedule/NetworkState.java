package dev.gantry.projects.schedule;

import dev.gantry.projects.schedule.domain.ProjectCalendar;
import dev.gantry.projects.schedule.domain.Task;
import dev.gantry.projects.schedule.domain.TaskDates;
import dev.gantry.projects.schedule.domain.TaskLink;
import dev.gantry.scheduling.engine.PlanShape;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A project's network and computed dates as of one committed schedule version. Never changed once built: a change
 * builds the next state from copies of what it changes (sharing what it does not, such as the links of an edit that
 * touches none), and the cache takes it only after the change commits, so a rolled-back change leaves the cached
 * state valid. The entities in it are detached and only read.
 *
 * <p>Once a version has been computed here, its tasks and computed dates are held by position in the plan's
 * {@link Outline} ({@link ByPosition}), so the next version copies arrays rather than maps of every task.
 *
 * @param tasks   tasks by id: in outline order when {@code plan} is known (the plan's own map), otherwise in position
 *                order as read
 * @param links   dependencies by id
 * @param dates   computed dates by task id
 * @param plan    the tasks and links converted to the engine's model; null when the state was read from the rows in
 *                the transaction that changes it (its entities are then the ones the change modifies)
 * @param inOrder the computed rows and the engine's values in the plan's outline order; null when the state was read
 *                from the rows
 * @param shape   what the engine compiled of the plan's structure (outline, links, network) for this version; null
 *                when not known. The next recomputation hands it back, and the engine reuses it when it still fits
 */
record NetworkState(long version, Map<UUID, Task> tasks, Map<UUID, TaskLink> links,
                    List<ProjectCalendar> calendars, Map<UUID, TaskDates> dates, PlanParts plan,
                    InOrder inOrder, PlanShape shape) {

    /**
     * What the next recomputation compares its result with, position by position: the computed rows in the outline's
     * order (the version's {@code dates}) and the engine's values of the task at position {@code i} to the second
     * ({@link dev.gantry.scheduling.TaskSchedule#timesInto}, from {@code i * TIMES}; written before this is built, only
     * read after). A task whose values are those of the previous result keeps its row, with no date built — after a
     * task was added, removed or moved, only if its WBS code, outline level and summary flag are also unchanged. While
     * the outline stays the same, no task is looked up by id either.
     */
    record InOrder(ByPosition<TaskDates> rows, long[] times) {
        Outline outline() {
            return rows.outline();
        }
    }
}
