package dev.gantry.projects.schedule;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of scheduling, under {@code gantry.projects.schedule.*}. */
@ConfigMapping(prefix = "gantry.projects.schedule")
public interface ScheduleConfig {

    /**
     * How many projects' networks (tasks, links, calendars and computed dates, about 1–2 KB a task: some 30 MB for a 20,000-task plan) are kept in
     * memory between edits, least recently used first out. An edit of a project whose network is kept costs the
     * engine's time and the rows that changed; any other edit first reads the whole network.
     */
    @WithDefault("16")
    int cachedNetworks();
}
