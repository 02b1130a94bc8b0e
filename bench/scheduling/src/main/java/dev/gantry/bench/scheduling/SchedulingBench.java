package dev.gantry.bench.scheduling;

import dev.gantry.scheduling.ScheduleResult;
import dev.gantry.scheduling.Scheduler;
import dev.gantry.scheduling.model.PlanTask;
import dev.gantry.scheduling.model.ProjectPlan;
import dev.gantry.scheduling.mpxj.MpxjImporter;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.cpm.MicrosoftScheduler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Times Gantry's engine and MPXJ's MicrosoftScheduler on the same generated networks in one JVM, after
 * warm-up, and prints one line per network with both medians and the ratio. MPXJ runs in a thread with
 * the JVM's default stack size and a 60-second limit per run; when it overflows the stack or exceeds the
 * limit, the line says so. Also checks that both agree on the project finish.
 */
public final class SchedulingBench {

    private static final long MPXJ_LIMIT_MILLIS = 60_000;
    private static final long MPXJ_BUDGET_MILLIS = 20_000;
    private static final long GANTRY_BUDGET_MILLIS = 4_000;

    /**
     * @param gantryKeptMedianMs the engine again after a duration edit, on the structure kept from the previous run
     *                           ({@link Scheduler#schedule(ProjectPlan, dev.gantry.scheduling.engine.PlanShape)}), as a
     *                           service schedules each edit
     */
    record Line(String network, int tasks, int links, double gantryMedianMs, int gantryRuns, double gantryKeptMedianMs,
                Double mpxjMedianMs, int mpxjRuns, String mpxjNote, String agreement) {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "bench/results/scheduling.json");
        List<java.util.function.Supplier<BenchNetwork>> networks = List.of(
                () -> BenchNetwork.random("10k tasks / 20k links", 10_000, 0, 1),
                () -> BenchNetwork.random("10k tasks / 20k links, 500 summaries", 10_000, 500, 2),
                () -> BenchNetwork.chain("chain of 10k tasks", 10_000, 3),
                () -> BenchNetwork.chain("chain of 100k tasks", 100_000, 4),
                () -> BenchNetwork.random("100k tasks / 200k links", 100_000, 0, 5));
        Scheduler scheduler = new Scheduler();
        warmUp(scheduler);
        List<Line> lines = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%-40s %10s %10s %12s %10s %14s %9s  %s%n", "network", "tasks", "links", "gantry (ms)",
                "kept (ms)", "mpxj (ms)", "ratio", "finish");
        for (var supplier : networks) {
            BenchNetwork network = supplier.get();
            Line line = measure(scheduler, network);
            lines.add(line);
            print(line);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, json(lines));
        System.out.println("wrote " + out);
    }

    private static void warmUp(Scheduler scheduler) {
        BenchNetwork small = BenchNetwork.random("warm-up", 2_000, 50, 99);
        ProjectPlan plan = new MpxjImporter().convert(small.project).plan();
        ProjectPlan edited = withMiddleTaskLonger(plan);
        Scheduler.Scheduled previous = scheduler.schedule(plan, null);
        long until = System.nanoTime() + 3_000_000_000L;
        for (int i = 0; System.nanoTime() < until; i++) {
            // Both paths: from scratch, and on the kept structure.
            scheduler.schedule(plan);
            previous = scheduler.schedule(i % 2 == 0 ? edited : plan, previous.shape());
        }
        try {
            new MicrosoftScheduler().schedule(small.project, BenchNetwork.START);
            new MicrosoftScheduler().schedule(small.project, BenchNetwork.START);
        } catch (Exception | StackOverflowError e) {
            // warm-up only
        }
    }

    private static Line measure(Scheduler scheduler, BenchNetwork network) throws InterruptedException {
        ProjectPlan plan = new MpxjImporter().convert(network.project).plan();
        for (int i = 0; i < 5; i++) {
            scheduler.schedule(plan);
        }
        List<Double> gantry = new ArrayList<>();
        ScheduleResult result = null;
        long until = System.nanoTime() + GANTRY_BUDGET_MILLIS * 1_000_000;
        while (gantry.size() < 5 || (System.nanoTime() < until && gantry.size() < 101)) {
            long t0 = System.nanoTime();
            result = scheduler.schedule(plan);
            gantry.add((System.nanoTime() - t0) / 1e6);
        }
        List<Double> kept = keptStructure(scheduler, plan);
        List<Double> mpxj = new ArrayList<>();
        String note = null;
        long budgetEnd = System.currentTimeMillis() + MPXJ_BUDGET_MILLIS;
        while (note == null && (mpxj.isEmpty() || (mpxj.size() < 5 && System.currentTimeMillis() < budgetEnd))) {
            Outcome o = runMpxj(network.project);
            if (o.failure != null) {
                note = o.failure;
            } else {
                mpxj.add(o.millis);
            }
        }
        String agreement = "-";
        if (!mpxj.isEmpty() && result != null) {
            LocalDateTime theirs = network.project.getTasks().stream().map(Task::getFinish).filter(Objects::nonNull)
                    .max(LocalDateTime::compareTo).orElse(null);
            agreement = Objects.equals(theirs, result.projectFinish()) ? "same finish " + theirs : "DIFFERENT: " + theirs + " vs " + result.projectFinish();
        }
        return new Line(network.name, network.tasks, network.links, median(gantry), gantry.size(), median(kept),
                mpxj.isEmpty() ? null : median(mpxj), mpxj.size(), note, agreement);
    }

    /**
     * The edit a user makes most, timed as a service runs it: the middle task's duration one day longer, then back,
     * each run handed the previous run's {@code PlanShape}. Checks that the kept structure gives the full run's result.
     */
    private static List<Double> keptStructure(Scheduler scheduler, ProjectPlan plan) {
        ProjectPlan edited = withMiddleTaskLonger(plan);
        Scheduler.Scheduled previous = scheduler.schedule(plan, null);
        for (int i = 0; i < 5; i++) {
            previous = scheduler.schedule(i % 2 == 0 ? edited : plan, previous.shape());
        }
        if (!previous.result().tasks().equals(scheduler.schedule(edited).tasks())) {
            throw new IllegalStateException("the run on the kept structure differs from a full run");
        }
        List<Double> kept = new ArrayList<>();
        long until = System.nanoTime() + GANTRY_BUDGET_MILLIS * 1_000_000;
        while (kept.size() < 5 || (System.nanoTime() < until && kept.size() < 101)) {
            ProjectPlan next = kept.size() % 2 == 0 ? plan : edited;
            long t0 = System.nanoTime();
            Scheduler.Scheduled run = scheduler.schedule(next, previous.shape());
            kept.add((System.nanoTime() - t0) / 1e6);
            if (run.shape() != previous.shape()) {
                throw new IllegalStateException("a duration edit did not keep the structure");
            }
            previous = run;
        }
        return kept;
    }

    /** The plan with its middle task one day longer: the same structure, the same dependency instances. */
    private static ProjectPlan withMiddleTaskLonger(ProjectPlan plan) {
        int middle = plan.tasks().size() / 2;
        List<PlanTask> longer = new ArrayList<>(plan.tasks());
        longer.set(middle, longer.get(middle).toBuilder().duration(longer.get(middle).durationMinutes() + 480).build());
        return new ProjectPlan(plan.start(), plan.defaultCalendarId(), plan.calendars(), longer, plan.dependencies(),
                plan.statusDate(), plan.moveRemainingWorkAfterStatusDate(), plan.splitInProgressTasks());
    }

    private record Outcome(double millis, String failure) {
    }

    /**
     * One MPXJ run in its own thread (default stack size), abandoned after the limit. Thread.stop is the
     * only way to end a runaway third-party computation in-process; it is used only past the limit.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static Outcome runMpxj(ProjectFile project) throws InterruptedException {
        AtomicReference<Outcome> outcome = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                new MicrosoftScheduler().schedule(project, BenchNetwork.START);
                outcome.set(new Outcome((System.nanoTime() - t0) / 1e6, null));
            } catch (StackOverflowError e) {
                outcome.set(new Outcome(0, "stack overflow"));
            } catch (Throwable e) {
                outcome.set(new Outcome(0, "failed: " + e));
            }
        }, "mpxj-scheduler");
        worker.setDaemon(true);
        worker.start();
        worker.join(MPXJ_LIMIT_MILLIS);
        if (worker.isAlive()) {
            worker.stop();
            worker.join(5_000);
            return new Outcome(0, "more than 60 s");
        }
        return outcome.get();
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static void print(Line l) {
        String mpxj = l.mpxjMedianMs() == null ? l.mpxjNote() : String.format(Locale.ROOT, "%.1f", l.mpxjMedianMs());
        String ratio = l.mpxjMedianMs() == null ? "n/a" : String.format(Locale.ROOT, "%.0fx", l.mpxjMedianMs() / l.gantryMedianMs());
        System.out.printf(Locale.ROOT, "%-40s %10d %10d %12.2f %10.2f %14s %9s  %s%n", l.network(), l.tasks(), l.links(),
                l.gantryMedianMs(), l.gantryKeptMedianMs(), mpxj, ratio, l.agreement());
    }

    private static String json(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"benchmark\": \"scheduling\",\n");
        sb.append("  \"java\": \"").append(System.getProperty("java.version")).append("\",\n");
        sb.append("  \"processors\": ").append(Runtime.getRuntime().availableProcessors()).append(",\n");
        sb.append("  \"measuredAt\": \"").append(java.time.Instant.now()).append("\",\n");
        sb.append("  \"networks\": [\n");
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            sb.append("    {\"network\": \"").append(l.network()).append("\", \"tasks\": ").append(l.tasks())
                    .append(", \"links\": ").append(l.links())
                    .append(", \"gantryMedianMs\": ").append(String.format(Locale.ROOT, "%.3f", l.gantryMedianMs()))
                    .append(", \"gantryRuns\": ").append(l.gantryRuns())
                    .append(", \"gantryKeptStructureMedianMs\": ").append(String.format(Locale.ROOT, "%.3f", l.gantryKeptMedianMs()))
                    .append(", \"mpxjMedianMs\": ").append(l.mpxjMedianMs() == null ? "null" : String.format(Locale.ROOT, "%.3f", l.mpxjMedianMs()))
                    .append(", \"mpxjRuns\": ").append(l.mpxjRuns())
                    .append(", \"mpxjNote\": ").append(l.mpxjNote() == null ? "null" : "\"" + l.mpxjNote().replace("\"", "'") + "\"")
                    .append(", \"ratio\": ").append(l.mpxjMedianMs() == null ? "null" : String.format(Locale.ROOT, "%.1f", l.mpxjMedianMs() / l.gantryMedianMs()))
                    .append(", \"agreement\": \"").append(l.agreement().replace("\"", "'")).append("\"}")
                    .append(i + 1 < lines.size() ? ",\n" : "\n");
        }
        sb.append("  ]\n}\n");
        return sb.toString();
    }

    private SchedulingBench() {
    }
}
