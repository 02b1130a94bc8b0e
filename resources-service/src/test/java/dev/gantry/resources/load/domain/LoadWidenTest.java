package dev.gantry.resources.load.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The days worked out again after a change of some days' inputs: the changed days and the episodes they can join. */
class LoadWidenTest {

    /** Monday 1 March 2027. */
    private static final LocalDate MON = LocalDate.of(2027, 3, 1);
    private static final Load.Calendar WEEKDAYS = Load.Calendar.MONDAY_TO_FRIDAY;

    private static Load.Span days(int first, int last) {
        return new Load.Span(MON.plusDays(first), MON.plusDays(last));
    }

    @Test
    void withoutAnnouncedEpisodesTheChangedDaysAreAll() {
        assertThat(Load.widen(days(2, 3), List.of(), WEEKDAYS)).isEqualTo(days(2, 3));
    }

    @Test
    void anEpisodeThatOverlapsTheChangedDaysIsTakenWhole() {
        assertThat(Load.widen(days(2, 3), List.of(days(0, 2)), WEEKDAYS)).isEqualTo(days(0, 3));
        assertThat(Load.widen(days(2, 3), List.of(days(3, 9)), WEEKDAYS)).isEqualTo(days(2, 9));
        assertThat(Load.widen(days(2, 3), List.of(days(1, 8)), WEEKDAYS)).isEqualTo(days(1, 8));
    }

    @Test
    void anEpisodeThatMeetsTheChangedDaysOnTheNextDayOrAcrossAWeekendIsTaken() {
        // Tuesday–Wednesday changed; an episode on Monday ends the day before.
        assertThat(Load.widen(days(1, 2), List.of(days(0, 0)), WEEKDAYS)).isEqualTo(days(0, 2));
        // Next Monday–Tuesday changed; an episode ends on Friday: only Saturday and Sunday between.
        assertThat(Load.widen(days(7, 8), List.of(days(3, 4)), WEEKDAYS)).isEqualTo(days(3, 8));
        // Wednesday changed; an episode starts the next Monday: Thursday and Friday are working days between.
        assertThat(Load.widen(days(2, 2), List.of(days(7, 9)), WEEKDAYS)).isEqualTo(days(2, 2));
        // Friday changed; an episode starts on Monday.
        assertThat(Load.widen(days(4, 4), List.of(days(7, 9)), WEEKDAYS)).isEqualTo(days(4, 9));
    }

    @Test
    void holidaysAreDaysOffBetweenAndAChainOfEpisodesIsFollowed() {
        // Monday to Thursday, and the Wednesday of the second week off.
        Load.Calendar calendar = new Load.Calendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                List.of(new Load.Away(MON.plusDays(9), MON.plusDays(9), null)));
        // Changed: the first Thursday. Episode A: second Monday–Tuesday (Fri–Sun off between); episode B: second
        // Thursday (the Wednesday holiday between A and B); episode C: the third Tuesday–Wednesday (that Monday works: not joined).
        assertThat(Load.widen(days(3, 3), List.of(days(15, 16), days(10, 10), days(7, 8)), calendar))
                .isEqualTo(days(3, 10));
    }
}
