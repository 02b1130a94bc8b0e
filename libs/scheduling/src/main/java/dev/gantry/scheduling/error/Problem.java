package dev.gantry.scheduling.error;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a plan.
 *
 * @param code        what kind of problem
 * @param message     human-readable explanation
 * @param taskIds     the tasks involved, in a meaningful order (the cycle order for a cycle)
 * @param calendarIds the calendars involved
 */
public record Problem(ProblemCode code, String message, List<String> taskIds, List<String> calendarIds) {

    public Problem {
        Objects.requireNonNull(code, "code");
        taskIds = taskIds == null ? List.of() : List.copyOf(taskIds);
        calendarIds = calendarIds == null ? List.of() : List.copyOf(calendarIds);
    }

    public static Problem ofTasks(ProblemCode code, String message, List<String> taskIds) {
        return new Problem(code, message, taskIds, List.of());
    }

    public static Problem ofCalendars(ProblemCode code, String message, List<String> calendarIds) {
        return new Problem(code, message, List.of(), calendarIds);
    }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
