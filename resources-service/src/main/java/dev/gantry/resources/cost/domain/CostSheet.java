package dev.gantry.resources.cost.domain;

import dev.gantry.resources.load.domain.Load;
import dev.gantry.resources.people.domain.CostRate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Planned and actual hours and cost, day by day, and their sums by whatever a report groups them by.
 *
 * <p><b>Planned</b> hours are what the allocations ask on each working day ({@link Load}: a percentage of the day's
 * capacity, or hours a day), less what absences take: on a day the person is away for part of their capacity, each
 * allocation's hours shrink in the same proportion (a whole day away plans no hours). <b>Actual</b> hours are approved
 * time entries. Both are costed at the person's hourly rate effective on the day; hours on a day without a rate are
 * <i>unrated</i>: counted in hours, in no amount. Amounts are summed unrounded and rounded to cents, half up, once per
 * line.
 */
public final class CostSheet {

    private static final int HOURS_SCALE = 2;
    private static final int MONEY_SCALE = 2;

    /** One person's, or one entry's, hours on one day, costed; {@code currency} null when unrated. */
    public record Item(LocalDate day, UUID personId, UUID taskId, String currency, BigDecimal plannedHours,
                       BigDecimal plannedAmount, BigDecimal actualHours, BigDecimal actualAmount) {
    }

    /** The sums of a group of items in one currency ({@code null}: the unrated hours). */
    public record Line(String key, String currency, BigDecimal plannedHours, BigDecimal plannedCost,
                       BigDecimal actualHours, BigDecimal actualCost) {
    }

    /** A person as costing needs them: capacity, absences and rates. */
    public record Person(UUID id, BigDecimal capacityPerWeek, Load.Calendar calendar, List<Load.Away> absences,
                         List<CostRate> rates) {

        Optional<CostRate> rateOn(LocalDate day) {
            return CostRate.effectiveOn(rates, day);
        }
    }

    /**
     * An allocation as costing needs it; {@code taskId} null when it is to the project, {@code shape} null unless it
     * was made from an imported assignment (whose work it then costs where the plan puts it, as the load does).
     */
    public record Allocation(UUID id, UUID personId, UUID taskId, LocalDate firstDay, LocalDate lastDay,
                             BigDecimal percent, BigDecimal hoursPerDay, Load.Shape shape) {
    }

    /** An approved time entry. */
    public record Hours(UUID personId, UUID taskId, LocalDate day, BigDecimal hours) {
    }

    private CostSheet() {
    }

    /** The planned items of {@code allocations} on the days from {@code from} to {@code to}. */
    public static List<Item> planned(Map<UUID, Person> people, List<Allocation> allocations, LocalDate from,
                                     LocalDate to) {
        Map<UUID, List<Allocation>> byPerson = new TreeMap<>();
        for (Allocation a : allocations) {
            byPerson.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(a);
        }
        List<Item> items = new ArrayList<>();
        byPerson.forEach((personId, own) -> {
            Person person = people.get(personId);
            Map<UUID, Allocation> byId = new TreeMap<>();
            List<Load.Ask> asks = new ArrayList<>();
            LocalDate first = null;
            LocalDate last = null;
            for (Allocation a : own) {
                byId.put(a.id(), a);
                asks.add(new Load.Ask(a.id(), null, a.firstDay(), a.lastDay(), a.percent(), a.hoursPerDay(), a.shape()));
                first = first == null || a.firstDay().isBefore(first) ? a.firstDay() : first;
                last = last == null || a.lastDay().isAfter(last) ? a.lastDay() : last;
            }
            LocalDate start = first.isBefore(from) ? from : first;
            LocalDate end = last.isAfter(to) ? to : last;
            if (start.isAfter(end)) {
                return;
            }
            for (Load.Day day : Load.days(person.capacityPerWeek(), person.calendar(), person.absences(), asks, start,
                    end)) {
                if (day.shares().isEmpty() || day.capacity().signum() == 0) {
                    continue;
                }
                BigDecimal working = day.available().max(BigDecimal.ZERO)
                        .divide(day.capacity(), 10, RoundingMode.HALF_UP);
                Optional<CostRate> rate = person.rateOn(day.day());
                for (Load.Share share : day.shares()) {
                    BigDecimal hours = share.hours().multiply(working);
                    if (hours.signum() == 0) {
                        continue;
                    }
                    items.add(new Item(day.day(), personId, byId.get(share.allocationId()).taskId(),
                            rate.map(r -> r.currency).orElse(null), hours,
                            rate.map(r -> hours.multiply(r.hourlyRate)).orElse(BigDecimal.ZERO),
                            BigDecimal.ZERO, BigDecimal.ZERO));
                }
            }
        });
        return items;
    }

    /** The actual items of approved hours. */
    public static List<Item> actual(Map<UUID, Person> people, List<Hours> hours) {
        List<Item> items = new ArrayList<>(hours.size());
        for (Hours h : hours) {
            Optional<CostRate> rate = people.get(h.personId()).rateOn(h.day());
            items.add(new Item(h.day(), h.personId(), h.taskId(), rate.map(r -> r.currency).orElse(null),
                    BigDecimal.ZERO, BigDecimal.ZERO, h.hours(),
                    rate.map(r -> h.hours().multiply(r.hourlyRate)).orElse(BigDecimal.ZERO)));
        }
        return items;
    }

    /**
     * The items summed by {@code key} (null keys sum together under null) and currency, ordered by key then currency
     * (unrated last).
     */
    public static List<Line> sum(List<Item> items, Function<Item, String> key) {
        Map<String, Map<String, BigDecimal[]>> sums = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (Item item : items) {
            BigDecimal[] s = sums.computeIfAbsent(key.apply(item), k -> new TreeMap<>(
                            Comparator.nullsLast(Comparator.naturalOrder())))
                    .computeIfAbsent(item.currency(), c -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO,
                            BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(item.plannedHours());
            s[1] = s[1].add(item.plannedAmount());
            s[2] = s[2].add(item.actualHours());
            s[3] = s[3].add(item.actualAmount());
        }
        List<Line> lines = new ArrayList<>();
        sums.forEach((k, byCurrency) -> byCurrency.forEach((currency, s) -> lines.add(new Line(k, currency,
                hours(s[0]), currency == null ? null : money(s[1]), hours(s[2]),
                currency == null ? null : money(s[3])))));
        return lines;
    }

    /** The Monday of the day's ISO week. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static BigDecimal hours(BigDecimal value) {
        return value.setScale(HOURS_SCALE, RoundingMode.HALF_UP);
    }

    /** An amount rounded to cents, half up. */
    public static BigDecimal money(BigDecimal value) {
        return value.setScale(MONEY_SCALE, RoundingMode.HALF_UP);
    }
}
