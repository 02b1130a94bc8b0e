package dev.gantry.reporting.live;

import dev.gantry.platform.events.IncomingEvent;
import dev.gantry.platform.events.ProjectEventHandler;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Every event of projects-service that reporting-service applied is a change notice for its project. */
@ApplicationScoped
public class LiveProjectEvents implements ProjectEventHandler {

    private final LiveUpdates live;

    LiveProjectEvents(LiveUpdates live) {
        this.live = live;
    }

    @Override
    public void handle(IncomingEvent event) {
        UUID project;
        try {
            project = event.subject() == null ? null : UUID.fromString(event.subject());
        } catch (IllegalArgumentException notAProject) {
            return;
        }
        live.changed(project, topic(event.type()), event.type());
    }

    @Override
    public int order() {
        return ANSWER;
    }

    /** The part of a project an event type of projects-service changes, as a notice names it. */
    static String topic(String type) {
        String t = type == null ? "" : type;
        if (t.contains("member")) {
            return "members";
        } else if (t.contains("schedule") || t.contains("task")) {
            return t.contains("progress") ? "progress" : "schedule";
        } else if (t.contains("baseline")) {
            return "baseline";
        } else if (t.contains("meeting") || t.contains("action-item")) {
            return "meetings";
        }
        return "project";
    }
}
