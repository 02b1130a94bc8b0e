package dev.gantry.resources.cost;

import dev.gantry.contracts.resources.CostActualsRecorded;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.resources.cost.domain.CostSheet;
import dev.gantry.resources.people.Periods;
import dev.gantry.resources.people.RatesChanged;
import dev.gantry.resources.time.TimeApproved;
import dev.gantry.resources.time.domain.TimeEntry;
import dev.gantry.resources.time.persistence.TimeEntryRepository;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Records a project's actual cost whenever it changes — time approved, or a rate of someone with approved hours on it
 * — as {@link CostActualsRecorded}, in the transaction of the change (through the outbox), with the project's whole
 * actual cost: totals and weekly series per currency.
 */
@ApplicationScoped
public class ActualCostRecorder {

    private final TimeEntryRepository entries;
    private final CostService costs;
    private final EventPublisher events;
    private final MeterRegistry metrics;
    private final Clock clock;

    ActualCostRecorder(TimeEntryRepository entries, CostService costs, EventPublisher events, MeterRegistry metrics,
                       Clock clock) {
        this.entries = entries;
        this.costs = costs;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    void onApproved(@Observes TimeApproved approved) {
        Set<UUID> ids = new HashSet<>(approved.entryIds());
        record(approved.projectId(), CostActualsRecorded.Reason.TIME_APPROVED, ids);
    }

    void onRatesChanged(@Observes RatesChanged changed) {
        for (UUID projectId : entries.projectsWithApprovedTime(changed.personId())) {
            record(projectId, CostActualsRecorded.Reason.RATE_CHANGED, Set.of());
        }
    }

    private void record(UUID projectId, CostActualsRecorded.Reason reason, Set<UUID> newlyApproved) {
        List<TimeEntry> approved = entries.approvedOfProject(projectId, Periods.FIRST_DAY, Periods.LAST_DAY);
        Set<UUID> personIds = new HashSet<>();
        approved.forEach(e -> personIds.add(e.personId));
        LocalDate first = approved.stream().map(e -> e.day).min(LocalDate::compareTo).orElse(Periods.FIRST_DAY);
        LocalDate last = approved.stream().map(e -> e.day).max(LocalDate::compareTo).orElse(Periods.FIRST_DAY);
        Map<UUID, CostSheet.Person> people = costs.costed(personIds, first, last);
        List<CostSheet.Item> items = CostSheet.actual(people, CostService.hours(approved));

        List<CostActualsRecorded.Entry> listed = new ArrayList<>();
        for (int i = 0; i < approved.size(); i++) {
            TimeEntry e = approved.get(i);
            if (newlyApproved.contains(e.id)) {
                CostSheet.Item item = items.get(i);
                listed.add(new CostActualsRecorded.Entry(e.id, e.personId, e.taskId, e.day, e.hours,
                        item.currency() == null ? null : CostSheet.money(item.actualAmount()), item.currency()));
            }
        }
        List<CostActualsRecorded.Amount> totals = new ArrayList<>();
        BigDecimal unrated = BigDecimal.ZERO;
        for (CostSheet.Line line : CostSheet.sum(items, i -> null)) {
            if (line.currency() == null) {
                unrated = line.actualHours();
            } else {
                totals.add(new CostActualsRecorded.Amount(line.currency(), line.actualHours(), line.actualCost()));
            }
        }
        List<CostActualsRecorded.Week> weeks = CostSheet.sum(items, i -> CostSheet.weekOf(i.day()).toString())
                .stream().filter(line -> line.currency() != null)
                .map(line -> new CostActualsRecorded.Week(LocalDate.parse(Objects.requireNonNull(line.key())),
                        line.currency(), line.actualHours(), line.actualCost()))
                .toList();
        events.publish(new CostActualsRecorded(projectId, reason, listed, totals, weeks, unrated, clock.instant()));
        metrics.counter("gantry_cost_actuals_recorded_total", "reason", reason.name()).increment();
    }
}
