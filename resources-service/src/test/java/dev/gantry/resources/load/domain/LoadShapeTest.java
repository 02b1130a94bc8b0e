package dev.gantry.resources.load.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The load of allocations made from imported assignments: their work where the plan puts it. */
class LoadShapeTest {

    private static final LocalDate MON = LocalDate.of(2027, 3, 1);
    private static final BigDecimal FORTY = BigDecimal.valueOf(40);
    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    /** Hours asked on each working day of the two weeks from Monday 1 March 2027, weekends left out. */
    private static List<Double> hours(Load.Ask ask) {
        return Load.days(FORTY, Load.Calendar.MONDAY_TO_FRIDAY, List.of(), List.of(ask), MON, MON.plusDays(13)).stream()
                .filter(Load.Day::working).map(d -> d.allocated().doubleValue()).toList();
    }

    private static Load.Ask ask(Load.Shape shape, int lastDay) {
        return new Load.Ask(UUID.randomUUID(), UUID.randomUUID(), MON, MON.plusDays(lastDay), FULL, null, shape);
    }

    @Test
    void withoutAShapeTheShareIsAskedOnEveryWorkingDay() {
        assertThat(hours(ask(null, 4))).containsExactly(8.0, 8.0, 8.0, 8.0, 8.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    }

    @Test
    void aDelayedAssignmentAsksNothingUntilItStartsAndStopsWhenItsWorkIsDone() {
        // One day of work, levelled two days after its task's start, on a task of four days: only Wednesday.
        Load.Shape delayed = Load.Shape.of(480L, FULL, null, 960L);
        assertThat(hours(ask(delayed, 3))).containsExactly(0.0, 0.0, 8.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
        // Half a day of delay and a day of work: the afternoon of Monday and the morning of Tuesday.
        Load.Shape half = Load.Shape.of(480L, FULL, null, 240L);
        assertThat(hours(ask(half, 3))).containsExactly(4.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    }

    @Test
    void aContouredAssignmentAsksItsWorkAlongItsShape() {
        // 40 hours at 100 % with a bell contour: ten days at 10, 20, 40, 80, 100, 100, 80, 40, 20, 10 % of the day.
        Load.Shape bell = Load.Shape.of(2400L, FULL, "BELL", null);
        List<Double> days = hours(ask(bell, 11));
        assertThat(days).containsExactly(0.8, 1.6, 3.2, 6.4, 8.0, 8.0, 6.4, 3.2, 1.6, 0.8);
        assertThat(days.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(40.0, org.assertj.core.data.Offset.offset(1e-9));
        // Half the units: twice as long, half as much each day.
        Load.Shape halfTime = Load.Shape.of(960L, BigDecimal.valueOf(50), null, null);
        assertThat(hours(ask(halfTime, 11))).containsExactly(4.0, 4.0, 4.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    }

    @Test
    void theWorkIsCountedInThePlansDaysWhateverThePersonsCapacity() {
        // Sixteen hours at 100 % on a person of 32 hours a week: two plan days of eight hours, over their 6.4 a day, the
        // last of the four working days of the period holiday-free and empty; the holiday on Tuesday moves the work on.
        Load.Ask ask = ask(Load.Shape.of(960L, FULL, null, null), 3);
        List<Load.Day> days = Load.days(BigDecimal.valueOf(32), Load.Calendar.MONDAY_TO_FRIDAY, List.of(), List.of(ask),
                MON, MON.plusDays(3));
        assertThat(days).extracting(d -> d.allocated().doubleValue()).containsExactly(8.0, 8.0, 0.0, 0.0);
        assertThat(days.get(0).overallocated()).isTrue();
        Load.Calendar tuesdayOff = new Load.Calendar(Load.Calendar.MONDAY_TO_FRIDAY.workingDays(),
                List.of(new Load.Away(MON.plusDays(1), MON.plusDays(1), null)));
        assertThat(Load.days(FORTY, tuesdayOff, List.of(), List.of(ask), MON, MON.plusDays(3)))
                .extracting(d -> d.allocated().doubleValue()).containsExactly(8.0, 0.0, 8.0, 0.0);
    }

    @Test
    void aWindowAfterTheAllocationsFirstDayCountsItsWorkingDaysFromThatDay() {
        // The bell of ten days seen from the second week only: the same hours as in the whole.
        Load.Ask bell = ask(Load.Shape.of(2400L, FULL, "BELL", null), 11);
        List<Load.Day> secondWeek = Load.days(FORTY, Load.Calendar.MONDAY_TO_FRIDAY, List.of(), List.of(bell),
                MON.plusDays(7), MON.plusDays(11));
        assertThat(secondWeek).extracting(d -> d.allocated().doubleValue()).containsExactly(8.0, 6.4, 3.2, 1.6, 0.8);
    }

    @Test
    void anUnknownContourIsFlatAndAnAllocationWithoutImportedWorkHasNoShape() {
        assertThat(Load.Shape.of(480L, FULL, "ZIGZAG", null).contour()).isEqualTo(dev.gantry.scheduling.model.WorkContour.FLAT);
        assertThat(Load.Shape.of(null, FULL, "BELL", 480L)).isNull();
        assertThat(Load.Shape.of(480L, null, null, null)).isNull();
    }
}
