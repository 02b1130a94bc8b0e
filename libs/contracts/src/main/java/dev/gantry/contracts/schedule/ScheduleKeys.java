package dev.gantry.contracts.schedule;

import java.util.UUID;

/**
 * Kafka keys of the schedules topic. The project's {@link ScheduleVersion} is keyed by the project id; every other
 * record of the project is keyed {@code <projectId>/<kind>/<id>} ({@code <projectId>/dates/<segment>} for computed
 * dates) and sent to the project's partition, so compaction keeps the latest record of each task, link, calendar and
 * dates segment, and a tombstone removes a deleted one.
 */
public final class ScheduleKeys {

    public static final String TASK = "task";
    public static final String LINK = "link";
    public static final String CALENDAR = "calendar";
    public static final String DATES = "dates";

    private ScheduleKeys() {
    }

    public static String task(UUID projectId, UUID taskId) {
        return projectId + "/" + TASK + "/" + taskId;
    }

    public static String link(UUID projectId, UUID linkId) {
        return projectId + "/" + LINK + "/" + linkId;
    }

    public static String calendar(UUID projectId, UUID calendarId) {
        return projectId + "/" + CALENDAR + "/" + calendarId;
    }

    public static String dates(UUID projectId, int segment) {
        return projectId + "/" + DATES + "/" + segment;
    }

    /**
     * A parsed key: the project, and for a member record its kind and either its id (task, link, calendar) or its
     * segment number (dates); kind and id are null for the version record, segment is -1 unless the kind is dates.
     */
    public record Key(UUID projectId, String kind, UUID id, int segment) {
    }

    /** Parses a key of the schedules topic; null when it is not one. */
    public static Key parse(String key) {
        if (key == null) {
            return null;
        }
        try {
            String[] parts = key.split("/", -1);
            if (parts.length == 1) {
                return new Key(UUID.fromString(parts[0]), null, null, -1);
            }
            if (parts.length == 3 && (TASK.equals(parts[1]) || LINK.equals(parts[1]) || CALENDAR.equals(parts[1]))) {
                return new Key(UUID.fromString(parts[0]), parts[1], UUID.fromString(parts[2]), -1);
            }
            if (parts.length == 3 && DATES.equals(parts[1]) && parts[2].matches("0|[1-9][0-9]{0,8}")) {
                return new Key(UUID.fromString(parts[0]), DATES, null, Integer.parseInt(parts[2]));
            }
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
        return null;
    }
}
