package dev.gantry.scheduling.mpxj;

import org.mpxj.Duration;
import org.mpxj.ProjectProperties;
import org.mpxj.TimeUnit;

/** Converts MPXJ durations to the engine's minutes using the project's minutes per day/week/month. */
final class MpxjDurations {

    private MpxjDurations() {
    }

    static boolean isElapsed(Duration d) {
        return d != null && d.getUnits() != null && d.getUnits().isElapsed();
    }

    /** Whole working minutes (or elapsed minutes for elapsed units), rounded; 0 for null. */
    static long minutes(Duration d, ProjectProperties props) {
        return Math.round(exactMinutes(d, props));
    }

    /**
     * Working minutes (or elapsed minutes for elapsed units) with their fraction: MS Project keeps durations and work
     * to a tenth of a minute (0.23 days is 110.4 minutes), and the engine counts them to the second. 0 for null.
     */
    static double exactMinutes(Duration d, ProjectProperties props) {
        if (d == null || d.getUnits() == null) {
            return 0;
        }
        TimeUnit target = d.getUnits().isElapsed() ? TimeUnit.ELAPSED_MINUTES : TimeUnit.MINUTES;
        return d.convertUnits(target, props).getDuration();
    }

    static Double exactMinutesOrNull(Duration d, ProjectProperties props) {
        return d == null ? null : exactMinutes(d, props);
    }

    /** A duration in days of the project, as MS Project shows it. */
    static Duration toDays(long minutes, boolean elapsed, ProjectProperties props) {
        if (elapsed) {
            return Duration.getInstance(minutes / 1440.0, TimeUnit.ELAPSED_DAYS);
        }
        return Duration.getInstance((double) minutes / minutesPerDay(props), TimeUnit.DAYS);
    }

    /** Working minutes as many working days of the project as {@code d} has elapsed days (an elapsed day is one day). */
    static long elapsedAsWorkingMinutes(Duration d, ProjectProperties props) {
        double elapsedMinutes = d.convertUnits(TimeUnit.ELAPSED_MINUTES, props).getDuration();
        return Math.round(elapsedMinutes / 1440.0 * minutesPerDay(props));
    }

    /** The project's working minutes per day; MS Project's default, 480, when the file has none. */
    private static int minutesPerDay(ProjectProperties props) {
        return props.getMinutesPerDay() == null ? 480 : props.getMinutesPerDay().intValue();
    }
}
