package dev.gantry.resources.load;

import dev.gantry.resources.load.domain.Load;
import dev.gantry.resources.people.domain.Holiday;
import dev.gantry.resources.people.domain.Person;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.Set;

/** A person's working week and holidays as {@link Load} reckons with them. */
public final class Calendars {

    private Calendars() {
    }

    public static Load.Calendar of(Person person) {
        return of(person.workingDays, person.holidays);
    }

    public static Load.Calendar of(Set<DayOfWeek> workingDays, Collection<Holiday> holidays) {
        if (holidays.isEmpty() && workingDays.equals(Load.Calendar.MONDAY_TO_FRIDAY.workingDays())) {
            return Load.Calendar.MONDAY_TO_FRIDAY;
        }
        return new Load.Calendar(workingDays, holidays.stream()
                .map(h -> new Load.Away(h.firstDay, h.lastDay, null)).toList());
    }
}
