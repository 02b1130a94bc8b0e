package dev.gantry.projects.schedule.domain;

import dev.gantry.scheduling.model.DependencyType;

/** Finish-to-start, start-to-start, finish-to-finish, start-to-finish. */
public enum LinkType {
    FS(DependencyType.FINISH_TO_START),
    SS(DependencyType.START_TO_START),
    FF(DependencyType.FINISH_TO_FINISH),
    SF(DependencyType.START_TO_FINISH);

    private final DependencyType engineType;

    LinkType(DependencyType engineType) {
        this.engineType = engineType;
    }

    public DependencyType engineType() {
        return engineType;
    }

    public static LinkType of(DependencyType type) {
        for (LinkType t : values()) {
            if (t.engineType == type) {
                return t;
            }
        }
        return FS;
    }
}
