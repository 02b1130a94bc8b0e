package dev.gantry.resources.cost.domain;

import dev.gantry.resources.load.domain.Load;
import dev.gantry.resources.people.domain.CostRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Planned and actual cost, worked out by hand. */
class CostSheetTest {

    private static final UUID PERSON = UUID.randomUUID();
    private static final LocalDate MON = LocalDate.of(2026, 9, 7);

    private static CostSheet.Person person(BigDecimal capacity, List<Load.Away> away) {
        return new CostSheet.Person(PERSON, capacity, Load.Calendar.MONDAY_TO_FRIDAY, away, List.of(
                new CostRate(MON.plusDays(9), new BigDecimal("120.00"), "EUR"),
                new CostRate(LocalDate.of(2026, 1, 1), new BigDecimal("100.00"), "EUR")));
    }

    @Test
    void plannedHoursShrinkWithAbsencesAndTakeTheRateOfTheirDay() {
        // 50% of 8 h = 4 h a day for two weeks; all of Tuesday and half of Thursday away; 120 from the second Wednesday.
        CostSheet.Person p = person(new BigDecimal("40"), List.of(new Load.Away(MON.plusDays(1), MON.plusDays(1), null),
                new Load.Away(MON.plusDays(3), MON.plusDays(3), new BigDecimal("4"))));
        List<CostSheet.Item> items = CostSheet.planned(Map.of(PERSON, p), List.of(new CostSheet.Allocation(
                UUID.randomUUID(), PERSON, null, MON, MON.plusDays(11), new BigDecimal("50"), null, null)),
                MON, MON.plusDays(13));
        List<CostSheet.Line> total = CostSheet.sum(items, i -> null);
        // Week one: Mon 4 + Thu 2 + Wed 4 + Fri 4 = 14 h at 100; week two: Mon, Tue 8 h at 100, Wed-Fri 12 h at 120.
        assertThat(total).hasSize(1);
        assertThat(total.get(0).plannedHours()).isEqualByComparingTo("34");
        assertThat(total.get(0).plannedCost()).isEqualByComparingTo("3640.00");
        List<CostSheet.Line> weeks = CostSheet.sum(items, i -> CostSheet.weekOf(i.day()).toString());
        assertThat(weeks).extracting(CostSheet.Line::key).containsExactly("2026-09-07", "2026-09-14");
        assertThat(weeks.get(0).plannedCost()).isEqualByComparingTo("1400.00");
    }

    @Test
    void anAllocationFromAnImportedAssignmentCostsItsWorkWhereThePlanPutsIt() {
        // Sixteen hours levelled two days into a task of two weeks: Wednesday and Thursday of week one, at 100.
        CostSheet.Person p = person(new BigDecimal("40"), List.of());
        List<CostSheet.Item> items = CostSheet.planned(Map.of(PERSON, p), List.of(new CostSheet.Allocation(
                UUID.randomUUID(), PERSON, null, MON, MON.plusDays(11), new BigDecimal("100"), null,
                Load.Shape.of(960L, new BigDecimal("100"), null, 960L))), MON, MON.plusDays(13));
        List<CostSheet.Line> total = CostSheet.sum(items, i -> null);
        assertThat(total.get(0).plannedHours()).isEqualByComparingTo("16");
        assertThat(total.get(0).plannedCost()).isEqualByComparingTo("1600.00");
        assertThat(items).filteredOn(i -> i.plannedHours().signum() > 0).extracting(CostSheet.Item::day)
                .containsExactly(MON.plusDays(2), MON.plusDays(3));
    }

    @Test
    void actualHoursWithoutARateAreCountedApart() {
        CostSheet.Person p = person(new BigDecimal("40"), List.of());
        CostSheet.Person unrated = new CostSheet.Person(UUID.randomUUID(), new BigDecimal("20"),
                Load.Calendar.MONDAY_TO_FRIDAY, List.of(), List.of());
        List<CostSheet.Item> items = CostSheet.actual(Map.of(PERSON, p, unrated.id(), unrated), List.of(
                new CostSheet.Hours(PERSON, null, MON, new BigDecimal("6")),
                new CostSheet.Hours(PERSON, null, MON.plusDays(9), new BigDecimal("7.5")),
                new CostSheet.Hours(unrated.id(), null, MON, new BigDecimal("3"))));
        List<CostSheet.Line> total = CostSheet.sum(items, i -> null);
        assertThat(total).extracting(CostSheet.Line::currency).containsExactly("EUR", null);
        assertThat(total.get(0).actualCost()).isEqualByComparingTo("1500.00");
        assertThat(total.get(1).actualHours()).isEqualByComparingTo("3");
        assertThat(total.get(1).actualCost()).isNull();
    }
}
