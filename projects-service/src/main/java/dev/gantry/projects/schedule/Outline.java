package dev.gantry.projects.schedule;

import dev.gantry.projects.schedule.domain.Task;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.UUID;

/**
 * A project's task ids in outline order, with each task's position in it. Built once per outline and shared by every
 * schedule version that keeps it — every edit of a task's own data or of a dependency — so that what a version holds
 * per task ({@link ByPosition}) is carried to the next version as a copy of an array, not of a map.
 */
final class Outline {

    private final UUID[] ids;
    private final Map<UUID, Integer> positions;

    private Outline(UUID[] ids) {
        this.ids = ids;
        this.positions = new HashMap<>(ids.length * 4 / 3 + 1);
        for (int i = 0; i < ids.length; i++) {
            if (positions.put(ids[i], i) != null) {
                throw new IllegalArgumentException("Task " + ids[i] + " is twice in the outline");
            }
        }
    }

    /** The outline of these tasks, given in outline order. */
    static Outline of(List<Task> tasksInOutlineOrder) {
        UUID[] ids = new UUID[tasksInOutlineOrder.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = tasksInOutlineOrder.get(i).id;
        }
        return new Outline(ids);
    }

    int size() {
        return ids.length;
    }

    /** The id of the task at this position. */
    UUID id(int position) {
        return ids[position];
    }

    /** The task's position, or -1 when the outline does not hold it. */
    int positionOf(Object taskId) {
        Integer position = positions.get(taskId);
        return position == null ? -1 : position;
    }

    /** The ids in outline order, not to be changed. */
    List<UUID> ids() {
        return new Ids();
    }

    private final class Ids extends AbstractList<UUID> implements RandomAccess {
        @Override
        public UUID get(int index) {
            return ids[index];
        }

        @Override
        public int size() {
            return ids.length;
        }

        @Override
        public int indexOf(Object o) {
            return positionOf(o);
        }

        @Override
        public boolean contains(Object o) {
            return positionOf(o) >= 0;
        }
    }
}
