package dev.gantry.risk.simulation.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** Schedule risk analyses (Monte Carlo simulations) of a project, as requested and as answered. */
public final class SimulationDto {

    public static final int MAX_MILESTONES = 50;

    private SimulationDto() {
    }

    /** Where a simulation is. */
    public enum Status { QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED }

    @Schema(name = "SimulationRequest", description = "Every field is optional: 10,000 iterations, a random seed"
            + " (reported), and the network's milestones (the first 50)")
    public record Request(
            @Min(100) @Max(1_000_000)
            @Schema(description = "How many times to draw the durations and schedule the network (100 to"
                    + " gantry.risk.simulation-max-iterations, by default 100,000)", example = "10000")
            Integer iterations,
            @Schema(description = "The same seed on the same network and inputs gives the same result; random when"
                    + " absent", example = "20270111")
            Long seed,
            @Size(max = MAX_MILESTONES)
            @Schema(description = "Tasks whose finish is reported with percentiles, as the project's is; by default"
                    + " the network's milestones")
            List<@NotNull UUID> milestoneIds) {
    }

    @Schema(name = "Simulation")
    public record Response(
            UUID id,
            UUID projectId,
            @Schema(example = "COMPLETED") Status status,
            @Schema(example = "10000") int iterations,
            @Schema(example = "20270111") long seed,
            @Schema(description = "As asked for, or the network's milestones when none were named") List<UUID> milestoneIds,
            @Schema(description = "The schedule version simulated (once it has started)") Long scheduleVersion,
            @Schema(description = "The version of the schedule risk inputs used (0: the defaults)") Long inputsVersion,
            String requestedBy,
            Instant requestedAt,
            Instant startedAt,
            Instant finishedAt,
            Progress progress,
            @Schema(description = "Why a FAILED simulation failed") String failure,
            @Schema(description = "Present when COMPLETED") Result result) {
    }

    @Schema(name = "SimulationProgress")
    public record Progress(@Schema(example = "6400") int done, @Schema(example = "10000") int total,
                           @Schema(example = "64.0") double percent) {
    }

    @Schema(name = "SimulationResult", description = "Date-times are project-local; probabilities from 0 to 1")
    public record Result(
            @Schema(description = "The project finish as scheduled, without uncertainty") LocalDateTime plannedFinish,
            @Schema(description = "The current baseline's finish; absent without a baseline") LocalDateTime baselineFinish,
            @Schema(description = "The current baseline's name") String baselineName,
            @Schema(description = "The project finish's distribution") Percentiles finish,
            @Schema(description = "Share of iterations finishing on or before the planned finish", example = "0.04")
            double probabilityOfPlannedFinish,
            @Schema(description = "Share finishing on or before the baseline finish; absent without a baseline",
                    example = "0.35") Double probabilityOfBaselineFinish,
            List<Milestone> milestones,
            @Schema(description = "The tasks whose durations drive the finish most, strongest first (at most 10)")
            List<Driver> tornado,
            @Schema(description = "The finishes in 20 bins of equal width, with the cumulative share at each bin's end")
            List<Bin> histogram,
            @Schema(description = "Tasks whose duration varied (estimated, by the default rule, or hit by a risk)",
                    example = "412") int variedTasks,
            @Schema(description = "Risk events that were simulated", example = "3") int riskEvents,
            @Schema(description = "What the simulation left out or noticed, e.g. estimates of tasks no longer in"
                    + " the schedule") List<String> warnings,
            @Schema(description = "How long the simulation ran", example = "1180") long elapsedMillis) {
    }

    @Schema(name = "SimulationPercentiles")
    public record Percentiles(LocalDateTime p10, LocalDateTime p50, LocalDateTime p80, LocalDateTime p90,
                              LocalDateTime p95, LocalDateTime mean, LocalDateTime min, LocalDateTime max) {
    }

    @Schema(name = "SimulationMilestone")
    public record Milestone(UUID taskId, String name, LocalDateTime plannedFinish,
                            @Schema(description = "In the current baseline; absent when not baselined")
                            LocalDateTime baselineFinish, Percentiles finish) {
    }

    @Schema(name = "SimulationDriver", description = "A bar of the tornado")
    public record Driver(
            UUID taskId,
            String name,
            @Schema(description = "Rank correlation of its duration with the project finish (−1 to 1)", example = "0.71")
            double sensitivity,
            @Schema(description = "Share of iterations in which it was critical", example = "0.93") double criticality,
            @Schema(description = "Mean project finish when its duration was in its lowest tenth")
            LocalDateTime finishWhenLow,
            @Schema(description = "Mean project finish when its duration was in its highest tenth")
            LocalDateTime finishWhenHigh) {
    }

    @Schema(name = "SimulationBin")
    public record Bin(LocalDateTime from, LocalDateTime to, @Schema(example = "812") int count,
                      @Schema(description = "Share of iterations finishing by the bin's end", example = "0.61")
                      double cumulative) {
    }

    @Schema(name = "SimulationTask", description = "A task's part in the finish")
    public record TaskStatistics(
            UUID taskId,
            String name,
            @Schema(description = "Share of iterations in which it was critical", example = "0.87") double criticality,
            @Schema(description = "Rank correlation of its duration with the project finish", example = "0.42")
            double sensitivity) {
    }
}
