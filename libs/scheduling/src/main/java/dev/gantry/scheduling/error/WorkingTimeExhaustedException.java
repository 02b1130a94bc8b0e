package dev.gantry.scheduling.error;

/**
 * Date arithmetic ran past the calendar's horizon (about 3,000 years) without finding working time,
 * typically a calendar whose only working time is a few exception days.
 */
public class WorkingTimeExhaustedException extends SchedulingException {

    private final String calendarId;

    public WorkingTimeExhaustedException(String calendarId, String where) {
        super("Calendar '" + calendarId + "' has no working time " + where);
        this.calendarId = calendarId;
    }

    public String calendarId() {
        return calendarId;
    }
}
