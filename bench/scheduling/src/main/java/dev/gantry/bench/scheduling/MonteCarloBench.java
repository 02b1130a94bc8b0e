package dev.gantry.bench.scheduling;

import dev.gantry.scheduling.Simulator;
import dev.gantry.scheduling.model.PlanTask;
import dev.gantry.scheduling.model.ProjectPlan;
import dev.gantry.scheduling.mpxj.MpxjImporter;
import dev.gantry.scheduling.simulation.Distribution;
import dev.gantry.scheduling.simulation.SimulationRequest;
import dev.gantry.scheduling.simulation.SimulationResult;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.cpm.MicrosoftScheduler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Monte Carlo schedule risk analysis of a 1,000-task network, 10,000 iterations: Gantry's {@link Simulator} (one
 * compiled network per thread, every core) against what a user without Gantry would do — draw the durations, set them
 * on the MS Project plan and run MPXJ's MicrosoftScheduler, once per iteration — timed on a sample of iterations in the
 * same JVM on the same network and extrapolated to 10,000. Every task has a PERT estimate from 80 % to 150 % of its
 * planned duration.
 */
public final class MonteCarloBench {

    static final int TASKS = 1_000;
    static final int ITERATIONS = 10_000;
    static final double BUDGET_MILLIS = 2_000;
    private static final long MPXJ_SAMPLE_MILLIS = 15_000;
    private static final int MPXJ_SAMPLE_MAX = 200;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "bench/results/montecarlo.json");
        BenchNetwork network = BenchNetwork.random("1,000 tasks / 2,000 links", TASKS, 0, 11);
        ProjectPlan plan = new MpxjImporter().convert(network.project).plan();
        Map<String, Distribution> estimates = new HashMap<>();
        for (PlanTask t : plan.tasks()) {
            if (!t.milestone() && t.durationMinutes() > 0) {
                double d = t.durationMinutes();
                estimates.put(t.id(), Distribution.pert(0.8 * d, d, 1.5 * d));
            }
        }
        int threads = Runtime.getRuntime().availableProcessors();
        Simulator simulator = new Simulator();
        SimulationRequest request = new SimulationRequest(plan, estimates, 0, List.of(), List.of(), List.of(), null,
                ITERATIONS, 42, threads);

        // Warm-up: the JIT compiles the passes.
        long warmUntil = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            simulator.run(new SimulationRequest(plan, estimates, 0, List.of(), List.of(), List.of(), null, 2_000, 1,
                    threads));
        }
        List<Double> runs = new ArrayList<>();
        SimulationResult result = null;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            result = simulator.run(request);
            runs.add((System.nanoTime() - t0) / 1e6);
        }
        double gantry = median(runs);

        // Without Gantry: draw, set each task's duration on the plan, MPXJ schedules it; a timed sample.
        Map<String, Task> byId = new HashMap<>();
        for (Task t : network.project.getTasks()) {
            if (t.getUniqueID() != null) {
                byId.put(String.valueOf(t.getUniqueID()), t);
            }
        }
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 3; i++) {
            mpxjIteration(network.project, estimates, byId, random);
        }
        int sample = 0;
        long t0 = System.nanoTime();
        while (sample < MPXJ_SAMPLE_MAX && (System.nanoTime() - t0) / 1_000_000 < MPXJ_SAMPLE_MILLIS) {
            mpxjIteration(network.project, estimates, byId, random);
            sample++;
        }
        double perIteration = (System.nanoTime() - t0) / 1e6 / sample;
        double mpxj = perIteration * ITERATIONS;

        System.out.printf(Locale.ROOT, "network: %s, %d iterations, %d threads%n", network.name, ITERATIONS, threads);
        System.out.printf(Locale.ROOT, "gantry  : %8.0f ms (median of %d runs: %s), budget %.0f ms -> %s%n", gantry,
                runs.size(), runs.stream().map(r -> String.format(Locale.ROOT, "%.0f", r)).toList(), BUDGET_MILLIS,
                gantry <= BUDGET_MILLIS ? "within" : "OVER");
        System.out.printf(Locale.ROOT, "mpxj    : %8.0f ms extrapolated (%.2f ms per iteration over a sample of %d)%n",
                mpxj, perIteration, sample);
        System.out.printf(Locale.ROOT, "ratio   : %.0fx%n", mpxj / gantry);
        System.out.printf(Locale.ROOT, "finish  : planned %s, P50 %s, P80 %s, P95 %s%n", result.plannedFinish(),
                result.finish().p50(), result.finish().p80(), result.finish().p95());
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, json(network, threads, runs, gantry, sample, perIteration, mpxj, result));
        System.out.println("wrote " + out);
    }

    private static void mpxjIteration(ProjectFile project, Map<String, Distribution> estimates, Map<String, Task> byId,
                                      SplittableRandom random) throws Exception {
        for (Map.Entry<String, Distribution> e : estimates.entrySet()) {
            Task task = byId.get(e.getKey());
            if (task != null) {
                Duration d = Duration.getInstance(Math.round(e.getValue().quantile(random.nextDouble())),
                        TimeUnit.MINUTES);
                task.setDuration(d);
                task.setRemainingDuration(d);
            }
        }
        new MicrosoftScheduler().schedule(project, BenchNetwork.START);
        Objects.requireNonNull(project.getTasks().stream().map(Task::getFinish).filter(Objects::nonNull)
                .max(LocalDateTime::compareTo).orElse(null));
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String json(BenchNetwork network, int threads, List<Double> runs, double gantry, int sample,
                               double perIteration, double mpxj, SimulationResult r) {
        return String.format(Locale.ROOT, """
                        {
                          "benchmark": "montecarlo",
                          "java": "%s",
                          "processors": %d,
                          "measuredAt": "%s",
                          "network": "%s",
                          "tasks": %d,
                          "links": %d,
                          "iterations": %d,
                          "threads": %d,
                          "gantryMedianMs": %.1f,
                          "gantryRunsMs": %s,
                          "budgetMs": %.0f,
                          "withinBudget": %s,
                          "mpxjSampleIterations": %d,
                          "mpxjPerIterationMs": %.3f,
                          "mpxjExtrapolatedMs": %.0f,
                          "ratio": %.1f,
                          "plannedFinish": "%s",
                          "p50": "%s",
                          "p80": "%s",
                          "p95": "%s"
                        }
                        """, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                java.time.Instant.now(), network.name, network.tasks, network.links, ITERATIONS, threads, gantry,
                runs.stream().map(x -> String.format(Locale.ROOT, "%.1f", x)).toList(), BUDGET_MILLIS,
                gantry <= BUDGET_MILLIS, sample, perIteration, mpxj, mpxj / gantry, r.plannedFinish(),
                r.finish().p50(), r.finish().p80(), r.finish().p95());
    }

    private MonteCarloBench() {
    }
}
