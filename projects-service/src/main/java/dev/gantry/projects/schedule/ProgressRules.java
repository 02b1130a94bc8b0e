package dev.gantry.projects.schedule;

import dev.gantry.platform.errors.FieldError;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Consistency of a task's progress, as MS Project keeps it: an actual finish needs an actual start and is not before
 * it, and means 100% complete; a complete task has no remaining work. What MS Project derives (an actual start for a
 * task that has progressed, an actual finish for a complete one) is derived after scheduling, from the computed dates.
 */
public final class ProgressRules {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProgressRules() {
    }

    /** The problems of a task's progress; {@code prefix} is the JSON pointer of the progress object. */
    public static List<FieldError> check(String prefix, LocalDateTime actualStart, LocalDateTime actualFinish,
                                         BigDecimal percentComplete, Long remainingMinutes) {
        List<FieldError> errors = new ArrayList<>();
        if (actualFinish != null) {
            if (actualStart == null) {
                errors.add(FieldError.body(prefix + "/actualStart", "a finished task needs its actual start"));
            } else if (actualFinish.isBefore(actualStart)) {
                errors.add(FieldError.body(prefix + "/actualFinish", "must not be before actualStart"));
            }
            if (percentComplete != null && percentComplete.compareTo(HUNDRED) < 0) {
                errors.add(FieldError.body(prefix + "/percentComplete",
                        "a task with an actual finish is 100% complete; send 100 or leave it out"));
            }
        }
        boolean complete = actualFinish != null || (percentComplete != null && percentComplete.compareTo(HUNDRED) == 0);
        if (complete && remainingMinutes != null && remainingMinutes > 0) {
            errors.add(FieldError.body(prefix + "/remainingMinutes", "a complete task has no remaining work"));
        }
        return errors;
    }

    /** The percent complete to store: as given, or 100 for a task with an actual finish, or 0. */
    public static BigDecimal percent(BigDecimal given, LocalDateTime actualFinish) {
        return given != null ? given : (actualFinish != null ? HUNDRED : BigDecimal.ZERO);
    }
}
