package dev.gantry.scheduling.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A working-time calendar: the working periods of each weekday and exceptions to them.
 * <p>
 * A calendar may derive from a parent (MS Project's base calendar): a weekday absent from
 * {@code weekDays} takes the parent's hours, and the parent's exceptions apply unless this calendar has
 * its own exception on the same day. Without a parent, an absent weekday is non-working.
 *
 * @param id         unique within a plan
 * @param name       for people
 * @param parentId   the calendar this one derives from, or null
 * @param weekDays   working periods per weekday; an empty list is a non-working day
 * @param exceptions holidays and other changes to the normal week
 */
public record WorkingCalendar(String id, String name, String parentId, Map<DayOfWeek, List<WorkingPeriod>> weekDays,
                              List<CalendarException> exceptions) {

    public WorkingCalendar {
        Objects.requireNonNull(id, "id");
        EnumMap<DayOfWeek, List<WorkingPeriod>> days = new EnumMap<>(DayOfWeek.class);
        if (weekDays != null) {
            weekDays.forEach((d, p) -> days.put(d, List.copyOf(p)));
        }
        weekDays = Collections.unmodifiableMap(days);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    /** MS Project's "Standard" calendar: Monday to Friday, 08:00–12:00 and 13:00–17:00. */
    public static WorkingCalendar standard(String id) {
        return builder(id).name("Standard")
                .workingDays(List.of(WorkingPeriod.of(8, 12), WorkingPeriod.of(13, 17)),
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                .nonWorkingDays(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)
                .build();
    }

    /** Every day, around the clock. */
    public static WorkingCalendar twentyFourHours(String id) {
        return builder(id).name("24 Hours").workingDays(List.of(WorkingPeriod.of(0, 24)), DayOfWeek.values()).build();
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public Builder toBuilder() {
        Builder b = new Builder(id).name(name).parent(parentId);
        b.weekDays.putAll(weekDays);
        b.exceptions.addAll(exceptions);
        return b;
    }

    /** Fluent construction, convenient for services mapping a request to the engine's model. */
    public static final class Builder {
        private final String id;
        private String name;
        private String parentId;
        private final Map<DayOfWeek, List<WorkingPeriod>> weekDays = new EnumMap<>(DayOfWeek.class);
        private final List<CalendarException> exceptions = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder parent(String parentId) {
            this.parentId = parentId;
            return this;
        }

        public Builder workingDays(List<WorkingPeriod> periods, DayOfWeek... days) {
            for (DayOfWeek d : days) {
                weekDays.put(d, List.copyOf(periods));
            }
            return this;
        }

        public Builder nonWorkingDays(DayOfWeek... days) {
            for (DayOfWeek d : days) {
                weekDays.put(d, List.of());
            }
            return this;
        }

        /** Removes an explicit weekday so that it is inherited from the parent again. */
        public Builder inheritDay(DayOfWeek day) {
            weekDays.remove(day);
            return this;
        }

        public Builder exception(CalendarException exception) {
            exceptions.add(exception);
            return this;
        }

        public WorkingCalendar build() {
            return new WorkingCalendar(id, name, parentId, weekDays, exceptions);
        }
    }
}
