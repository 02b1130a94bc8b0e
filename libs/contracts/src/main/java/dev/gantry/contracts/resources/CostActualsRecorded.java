package dev.gantry.contracts.resources;

import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A project's actual cost changed: time entries were approved ({@code TIME_APPROVED}, listed in {@code entries}) or a
 * person's cost rate changed for days they have approved hours on ({@code RATE_CHANGED}, no entries). Every record
 * carries the project's whole actual cost as it now stands — the totals per currency and the series per ISO week
 * (Monday) — so a consumer replaces what it held for the project with it: applying the latest record of a project is
 * enough, and applying one twice changes nothing. Actual cost is approved hours × the person's hourly rate effective on
 * the day of the hours; hours on a day without an effective rate count in {@code unratedHours} and in no amount.
 * Keyed by the project's id. At most {@value #MAX_ENTRIES} entries: one decision approves at most that many.
 */
@EventType(value = "dev.gantry.resources.cost-actuals-recorded.v1", topic = Topics.RESOURCES)
public record CostActualsRecorded(
        UUID projectId,
        Reason reason,
        List<Entry> entries,
        List<Amount> totals,
        List<Week> weeks,
        BigDecimal unratedHours,
        Instant recordedAt) implements GantryEvent {

    public static final int MAX_ENTRIES = 500;

    /** What changed the project's actual cost. */
    public enum Reason { TIME_APPROVED, RATE_CHANGED }

    /** An approved time entry and its cost; {@code amount} and {@code currency} are null without a rate that day. */
    public record Entry(UUID entryId, UUID personId, UUID taskId, LocalDate day, BigDecimal hours, BigDecimal amount,
                        String currency) {
    }

    /** Approved hours and their cost in one currency. */
    public record Amount(String currency, BigDecimal hours, BigDecimal amount) {
    }

    /** The approved hours and their cost in one currency in the ISO week starting on {@code weekStart} (a Monday). */
    public record Week(LocalDate weekStart, String currency, BigDecimal hours, BigDecimal amount) {
    }

    public CostActualsRecorded {
        entries = entries == null ? List.of() : List.copyOf(entries);
        totals = totals == null ? List.of() : List.copyOf(totals);
        weeks = weeks == null ? List.of() : List.copyOf(weeks);
    }

    @Override
    public String subject() {
        return projectId.toString();
    }
}
