package dev.gantry.scheduling.model;

import java.time.LocalDateTime;

/**
 * What has happened on a task. A task with an actual start is in progress: it starts there whatever its
 * predecessors say. A task with an actual finish is complete.
 *
 * @param actualStart               when work started, or null
 * @param actualFinish              when work finished, or null
 * @param percentComplete           0–100, share of the duration done
 * @param actualDurationMinutes     duration done; null to derive it from percent complete
 * @param remainingDurationMinutes  duration left; null to derive it from percent complete
 */
public record Progress(LocalDateTime actualStart, LocalDateTime actualFinish, double percentComplete,
                       Double actualDurationMinutes, Double remainingDurationMinutes) {

    public static final Progress NONE = new Progress(null, null, 0, null, null);

    public static Progress started(LocalDateTime actualStart, double percentComplete) {
        return new Progress(actualStart, null, percentComplete, null, null);
    }

    public static Progress finished(LocalDateTime actualStart, LocalDateTime actualFinish) {
        return new Progress(actualStart, actualFinish, 100, null, 0.0);
    }

    public boolean started() {
        return actualStart != null;
    }

    public boolean finished() {
        return actualFinish != null;
    }
}
