package dev.gantry.projects.schedule;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of scheduling, under {@code gantry.projects.schedule.*}. */
@ConfigMapping(prefix = "gantry.projects.schedule")
public interface ScheduleConfig {

    /**
     * At most how many tasks, in all, the networks kept in memory between edits hold (tasks, links, calendars and
     * computed dates and the engine's last values: about 1–2 KB a task, so the default takes some 50–100 MB at most). An edit of a project whose
     * network is kept costs the engine's time and the rows that changed; any other edit first reads the whole network.
     * Least recently edited out first; the network of the last edit always stays, however large.
     */
    @WithDefault("50000")
    long cachedTasks();

    /** At most how many projects' networks are kept, whatever their size. */
    @WithDefault("1000")
    int cachedNetworks();

    /**
     * At most how many tasks, in all, the task-list pages kept in memory hold (a page of a project's tasks at a
     * schedule version, answered again without reading the database until the schedule changes; about 1 KB a task).
     * 0 keeps none.
     */
    @WithDefault("20000")
    long cachedListTasks();
}
