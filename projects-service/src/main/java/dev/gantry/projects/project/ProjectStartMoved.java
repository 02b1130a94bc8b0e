package dev.gantry.projects.project;

import java.util.UUID;

/**
 * A project's start date has changed. Fired synchronously inside the transaction that changed it, so that whatever is
 * computed from the start (the schedule) commits with the new date or not at all, and a failure there fails the
 * change. The project feature does not know who follows its start; the schedule observes this.
 */
public record ProjectStartMoved(UUID projectId) {
}
