package dev.gantry.contracts.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gantry.contracts.EventJson;
import dev.gantry.contracts.GantryEvent;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Rebuilds projects' networks and computed schedules from the records of the compacted schedules topic, read in
 * partition order (from the beginning, or continuing a stream). A project's schedule becomes visible only as a whole
 * version: when its {@link ScheduleVersion} arrives and every record read so far for the project has a version at most
 * the header's, with exactly the counts the header states, and the {@link ScheduleDates} segments hold the computed
 * values of exactly the version's tasks. Until then {@link #complete} keeps answering the previous complete version,
 * so a half-received version is never mistaken for a complete one. Records of unknown types are ignored (payloads
 * only grow; new kinds may appear). Not thread-safe: feed it from one consumer thread.
 */
public final class ScheduleAssembler {

    /**
     * One complete version of a project's schedule: the network as entered and, by task id, what the engine computed
     * for every task. The maps are unmodifiable.
     */
    public record Schedule(UUID projectId, long version, ScheduleVersion header, Map<UUID, ScheduleTask> tasks,
                           Map<UUID, ScheduleLink> links, Map<UUID, ScheduleCalendar> calendars,
                           Map<UUID, ScheduleDates.Computed> computed) {
    }

    private static final String VERSION_TYPE = GantryEvent.typeOf(ScheduleVersion.class);
    private static final String TASK_TYPE = GantryEvent.typeOf(ScheduleTask.class);
    private static final String LINK_TYPE = GantryEvent.typeOf(ScheduleLink.class);
    private static final String CALENDAR_TYPE = GantryEvent.typeOf(ScheduleCalendar.class);
    private static final String DATES_TYPE = GantryEvent.typeOf(ScheduleDates.class);

    private final Map<UUID, Project> projects = new HashMap<>();

    /**
     * Takes the next record of the topic.
     *
     * @param key    the Kafka key
     * @param ceType the {@code ce_type} header (may be null on a tombstone)
     * @param value  the JSON value, or null for a tombstone
     * @throws IllegalArgumentException when a record of a known type cannot be read
     */
    public void accept(String key, String ceType, String value) {
        ScheduleKeys.Key parsed = ScheduleKeys.parse(key);
        if (parsed == null) {
            return;
        }
        Project project = projects.computeIfAbsent(parsed.projectId(), Project::new);
        if (parsed.kind() == null) {
            if (value != null && VERSION_TYPE.equals(ceType)) {
                project.commit(read(value, ScheduleVersion.class));
            }
            return;
        }
        UUID id = parsed.id();
        switch (parsed.kind()) {
            case ScheduleKeys.TASK -> {
                if (value == null) {
                    project.tasks.remove(id);
                } else if (TASK_TYPE.equals(ceType)) {
                    project.tasks.put(id, read(value, ScheduleTask.class));
                }
            }
            case ScheduleKeys.LINK -> {
                if (value == null) {
                    project.links.remove(id);
                } else if (LINK_TYPE.equals(ceType)) {
                    project.links.put(id, read(value, ScheduleLink.class));
                }
            }
            case ScheduleKeys.DATES -> {
                if (value == null) {
                    project.dates.remove(parsed.segment());
                } else if (DATES_TYPE.equals(ceType)) {
                    project.dates.put(parsed.segment(), read(value, ScheduleDates.class));
                }
            }
            case ScheduleKeys.CALENDAR -> {
                if (value == null) {
                    project.calendars.remove(id);
                } else if (CALENDAR_TYPE.equals(ceType)) {
                    project.calendars.put(id, read(value, ScheduleCalendar.class));
                }
            }
            default -> {
            }
        }
    }

    /** The last complete version of the project's schedule read so far. */
    public Optional<Schedule> complete(UUID projectId) {
        Project project = projects.get(projectId);
        return project == null ? Optional.empty() : Optional.ofNullable(project.complete);
    }

    /** The projects of which at least one record was read. */
    public Set<UUID> projects() {
        return Collections.unmodifiableSet(projects.keySet());
    }

    private static <T> T read(String value, Class<T> type) {
        try {
            return EventJson.mapper().readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The records read for one project: the latest of each key, whatever its version. */
    private static final class Project {
        final UUID id;
        final Map<UUID, ScheduleTask> tasks = new LinkedHashMap<>();
        final Map<UUID, ScheduleLink> links = new LinkedHashMap<>();
        final Map<UUID, ScheduleCalendar> calendars = new LinkedHashMap<>();
        final Map<Integer, ScheduleDates> dates = new HashMap<>();
        Schedule complete;

        Project(UUID id) {
            this.id = id;
        }

        void commit(ScheduleVersion header) {
            long v = header.version();
            if (complete != null && complete.version() >= v) {
                return;
            }
            if (tasks.size() != header.taskCount() || links.size() != header.linkCount()
                    || calendars.size() != header.calendarCount() || dates.size() != header.dateSegments()) {
                return;
            }
            if (tasks.values().stream().anyMatch(t -> t.version() > v)
                    || links.values().stream().anyMatch(l -> l.version() > v)
                    || calendars.values().stream().anyMatch(c -> c.version() > v)
                    || dates.values().stream().anyMatch(d -> d.version() > v)) {
                return;
            }
            Map<UUID, ScheduleDates.Computed> computed = new HashMap<>(tasks.size() * 2);
            for (int segment = 0; segment < header.dateSegments(); segment++) {
                ScheduleDates page = dates.get(segment);
                if (page == null) {
                    return;
                }
                for (ScheduleDates.Computed c : page.tasks()) {
                    if (!tasks.containsKey(c.taskId()) || computed.put(c.taskId(), c) != null) {
                        return;
                    }
                }
            }
            if (computed.size() != tasks.size()) {
                return;
            }
            complete = new Schedule(id, v, header, Collections.unmodifiableMap(new LinkedHashMap<>(tasks)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(links)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(calendars)),
                    Collections.unmodifiableMap(computed));
        }
    }
}
