package dev.gantry.projects.schedule;

import dev.gantry.platform.paging.PageResponse;
import dev.gantry.projects.schedule.domain.TaskView;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.UUID;

/**
 * Pages of projects' task lists as they are at a schedule version, kept for the next request that asks for the same
 * page at the same version. Every write of a project's tasks, links or calendars goes through
 * {@link Rescheduler#change}, which advances the schedule version in the same transaction, so the page of a version
 * never changes; the version is read from the database on every request, so a change made on another replica is
 * never missed. The caller checks the reader's access before asking.
 *
 * <p>Bounded by the number of tasks on the pages kept in all, least recently used out first.
 */
@ApplicationScoped
class TaskPages {

    /** A page of a project's tasks (of one parent's when {@code parentId} is given) at a schedule version. */
    record Key(UUID projectId, long scheduleVersion, UUID parentId, int page, int size, String order) {
    }

    private final long maxTasks;
    private final LinkedHashMap<Key, PageResponse<TaskView>> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long tasks;

    TaskPages(ScheduleConfig config) {
        this.maxTasks = Math.max(0, config.cachedListTasks());
    }

    synchronized PageResponse<TaskView> get(Key key) {
        return pages.get(key);
    }

    synchronized void put(Key key, PageResponse<TaskView> page) {
        long weight = weight(page);
        if (weight > maxTasks) {
            return;
        }
        PageResponse<TaskView> replaced = pages.put(key, page);
        tasks += weight - (replaced == null ? 0 : weight(replaced));
        Iterator<PageResponse<TaskView>> eldest = pages.values().iterator();
        while (tasks > maxTasks) {
            tasks -= weight(eldest.next());
            eldest.remove();
        }
    }

    private static long weight(PageResponse<TaskView> page) {
        return Math.max(1, page.items().size());
    }
}
