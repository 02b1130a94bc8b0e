package dev.gantry.contracts.risk;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gantry.contracts.EventType;
import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A schedule risk analysis (Monte Carlo simulation) of a project finished: its percentiles of the project finish, the
 * chances of meeting the planned and the baseline finish, its strongest drivers (at most five, strongest first) and the
 * histogram of the finish (20 bins of equal width, each with the cumulative share at its end: the S-curve).
 * The whole result is at {@code GET /api/risks/projects/{projectId}/simulations/{simulationId}}. Date-times are
 * project-local; probabilities are from 0 to 1. Keyed by the project's id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "dev.gantry.risk.simulation-completed.v1", topic = Topics.RISKS)
public record SimulationCompleted(
        UUID projectId,
        UUID simulationId,
        long scheduleVersion,
        int iterations,
        long seed,
        LocalDateTime plannedFinish,
        LocalDateTime baselineFinish,
        LocalDateTime p10,
        LocalDateTime p50,
        LocalDateTime p80,
        LocalDateTime p90,
        LocalDateTime p95,
        double probabilityOfPlannedFinish,
        Double probabilityOfBaselineFinish,
        List<Driver> topDrivers,
        List<Bin> histogram,
        String requestedBy,
        Instant completedAt) implements GantryEvent {

    @Override
    public String subject() {
        return projectId.toString();
    }

    /** A task whose duration drives the finish: its rank correlation with it and the share of iterations it was critical. */
    public record Driver(UUID taskId, String name, double sensitivity, double criticality) {
    }

    /** Finishes from {@code from} (included) to {@code to}: how many, and the share of iterations finishing by {@code to}. */
    public record Bin(LocalDateTime from, LocalDateTime to, int count, double cumulative) {
    }
}
