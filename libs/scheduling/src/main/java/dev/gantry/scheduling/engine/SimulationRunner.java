package dev.gantry.scheduling.engine;

import dev.gantry.scheduling.calendar.Seconds;
import dev.gantry.scheduling.model.ProjectPlan;
import dev.gantry.scheduling.simulation.CorrelationGroup;
import dev.gantry.scheduling.simulation.Distribution;
import dev.gantry.scheduling.simulation.RiskEvent;
import dev.gantry.scheduling.simulation.SimulationRequest;
import dev.gantry.scheduling.simulation.SimulationResult;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import static dev.gantry.scheduling.calendar.Seconds.NONE;

/**
 * Monte Carlo over a compiled plan: each thread compiles the plan once and then, iteration after iteration, writes
 * drawn durations into its compiled arrays and runs the critical path passes again — the same passes
 * {@link ScheduleEngine} runs, so calendars, link types, lags, constraints and progress count as they do in a schedule.
 * Iteration {@code k} draws from its own random stream, derived from the seed and {@code k}, so a result depends on
 * the seed alone, not on the number of threads; sums are added in a fixed order of blocks for the same reason.
 *
 * <p>What varies: tasks neither complete, manual nor milestones. A task's drawn duration replaces its duration; a task
 * in progress has its remaining duration scaled alike; a resource-driven task has its assignments' work scaled. A
 * task is critical in an iteration when it is on a driving path to the project finish
 * ({@link CriticalPathPasses#markDrivingPaths}), which needs no backward pass: in a plan without constraints or
 * deadlines that is zero total slack, as a schedule judges it. A plan with as-late-as-possible tasks needs late dates
 * anyway, and is judged by total slack as {@link Outcome} does.
 *
 * <p>Sensitivity is the rank correlation of a task's draw with the project finish, computed in a second pass that
 * draws the same numbers again without scheduling: a draw's percentile stands for its rank among the iterations (its
 * duration is a monotone function of it), and the finishes are ranked exactly, ties sharing their mean rank.
 */
public final class SimulationRunner {

    /** Told of progress; asked whether to stop. */
    public interface Listener {
        void progress(int done, int total);

        boolean cancelled();
    }

    /** Iterations a thread takes at a time; sums are kept per block and added in block order. */
    static final int BLOCK = 256;
    private static final int BINS = 20;
    private static final int TORNADO = 10;
    private static final double[] PERCENTILES = {0.10, 0.50, 0.80, 0.90, 0.95};

    /** What varies and how, in the indices of the compiled plan. */
    private record Model(int[] task, Distribution[] distribution, int[] group, double[] groupWeight,
                         double[] riskProbability, Distribution[] riskImpact, int[][] riskHits, int[] milestone,
                         int groups) {
    }

    public SimulationResult run(SimulationRequest request, Listener listener) {
        ProjectPlan plan = request.plan();
        // The schedule validates the plan (and throws ScheduleValidationException listing its problems).
        LocalDateTime plannedFinish = new ScheduleEngine().schedule(plan).projectFinish();
        PlanIndex index = PlanIndex.of(plan);
        CalendarCache calendars = new CalendarCache();
        int threads = Math.min(request.threads(), Math.max(1, (request.iterations() + BLOCK - 1) / BLOCK));
        Worker[] workers = new Worker[threads];
        for (int w = 0; w < threads; w++) {
            workers[w] = new Worker(PlanCompiler.compile(plan, index, calendars));
        }
        CompiledPlan c = workers[0].c;
        Model model = model(request, c);
        for (Worker w : workers) {
            w.prepare(model);
        }

        int n = request.iterations();
        long[] finish = new long[n];
        long[][] milestoneFinish = new long[model.milestone().length][n];
        int blocks = (n + BLOCK - 1) / BLOCK;
        AtomicInteger nextBlock = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        inParallel(threads, thread -> {
            Worker worker = workers[thread];
            for (int b = nextBlock.getAndIncrement(); b < blocks; b = nextBlock.getAndIncrement()) {
                if (listener.cancelled()) {
                    throw new CancellationException("cancelled");
                }
                int from = b * BLOCK;
                int to = Math.min(n, from + BLOCK);
                for (int k = from; k < to; k++) {
                    worker.iterate(request.seed(), k, model);
                    finish[k] = worker.passes.projectFinish;
                    for (int m = 0; m < model.milestone().length; m++) {
                        milestoneFinish[m][k] = worker.finishOf(model.milestone()[m]);
                    }
                }
                listener.progress(done.addAndGet(to - from), n);
            }
        });

        // Criticality: whole counts, the same whatever the threads.
        int[] critical = new int[c.taskCount];
        for (Worker w : workers) {
            for (int i = 0; i < critical.length; i++) {
                critical[i] += w.critical[i];
            }
        }
        double[] rank = ranks(finish);
        double[][] sums = sensitivitySums(request, model, finish, rank, blocks, workers.length);
        return result(request, c, model, plannedFinish, finish, rank, milestoneFinish, critical, sums);
    }

    private static Model model(SimulationRequest request, CompiledPlan c) {
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < c.taskCount; i++) {
            byId.put(c.ids[i], i);
        }
        List<String> unknown = new ArrayList<>();
        request.durations().keySet().stream().filter(id -> !byId.containsKey(id)).forEach(unknown::add);
        request.correlations().forEach(g -> g.taskIds().stream().filter(id -> !byId.containsKey(id))
                .forEach(unknown::add));
        request.risks().forEach(r -> r.taskIds().stream().filter(id -> !byId.containsKey(id)).forEach(unknown::add));
        request.milestones().stream().filter(id -> !byId.containsKey(id)).forEach(unknown::add);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("No such task in the plan: " + String.join(", ", unknown));
        }
        int[] slot = new int[c.taskCount];
        Arrays.fill(slot, -1);
        List<Integer> varying = new ArrayList<>();
        List<Distribution> distributions = new ArrayList<>();
        for (int i : c.leaves) {
            if (c.finished(i) || c.manual[i] || c.milestone[i]) {
                continue;
            }
            Distribution given = request.durations().get(c.ids[i]);
            double planned = c.duration[i] / (double) Seconds.PER_MINUTE;
            if (given == null && (planned == 0 || request.defaultSpread() == 0)) {
                continue;
            }
            slot[i] = varying.size();
            varying.add(i);
            distributions.add(given != null ? given : Distribution.triangular(planned * (1 - request.defaultSpread()),
                    planned, planned * (1 + request.defaultSpread())));
        }
        int[] group = new int[varying.size()];
        Arrays.fill(group, -1);
        double[] weight = new double[request.correlations().size()];
        for (int g = 0; g < request.correlations().size(); g++) {
            CorrelationGroup cg = request.correlations().get(g);
            weight[g] = cg.correlation();
            for (String id : cg.taskIds()) {
                int j = slot[byId.get(id)];
                if (j >= 0) {
                    if (group[j] >= 0) {
                        throw new IllegalArgumentException("Task " + id + " is in two correlation groups");
                    }
                    group[j] = g;
                }
            }
        }
        int risks = request.risks().size();
        double[] probability = new double[risks];
        Distribution[] impact = new Distribution[risks];
        int[][] hits = new int[risks][];
        for (int r = 0; r < risks; r++) {
            RiskEvent risk = request.risks().get(r);
            probability[r] = risk.probability();
            impact[r] = risk.impact();
            hits[r] = risk.taskIds().stream().mapToInt(id -> byId.get(id)).filter(i -> !c.summary[i]
                    && !c.finished(i) && !c.manual[i] && !c.milestone[i]).distinct().toArray();
        }
        int[] milestones = request.milestones().stream().mapToInt(byId::get).toArray();
        return new Model(varying.stream().mapToInt(Integer::intValue).toArray(),
                distributions.toArray(Distribution[]::new), group, weight, probability, impact, hits, milestones,
                weight.length);
    }

    /** The random stream of iteration {@code k}: SplitMix64's finaliser over the seed and the index. */
    static long streamSeed(long seed, long k) {
        long z = seed + (k + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Draws iteration {@code k}: each varying task's percentile {@code u} and duration {@code d}, then each risk's
     * occurrence and impact, added to the durations of the tasks it hits ({@code add}, by compiled index).
     */
    static void draw(long seed, int k, Model model, double[] u, double[] d, double[] groupNormal, double[] add,
                     boolean[] marked, int[] touched, int[] touchedCount) {
        SplittableRandom random = new SplittableRandom(streamSeed(seed, k));
        for (int g = 0; g < model.groups(); g++) {
            groupNormal[g] = random.nextGaussian();
        }
        int[] group = model.group();
        for (int j = 0; j < u.length; j++) {
            if (group[j] >= 0) {
                double rho = model.groupWeight()[group[j]];
                double z = Math.sqrt(rho) * groupNormal[group[j]] + Math.sqrt(1 - rho) * random.nextGaussian();
                u[j] = NormalCdf.of(z);
            } else {
                u[j] = random.nextDouble();
            }
            if (d != null) {
                d[j] = model.distribution()[j].quantile(u[j]);
            }
        }
        int count = 0;
        for (int r = 0; r < model.riskProbability().length; r++) {
            boolean occurs = random.nextDouble() < model.riskProbability()[r];
            double v = random.nextDouble();
            if (occurs && add != null) {
                double extra = model.riskImpact()[r].quantile(v);
                for (int i : model.riskHits()[r]) {
                    if (!marked[i]) {
                        marked[i] = true;
                        touched[count++] = i;
                    }
                    add[i] += extra;
                }
            }
        }
        if (touchedCount != null) {
            touchedCount[0] = count;
        }
    }

    /** One thread's compiled plan, passes and counts. */
    private static final class Worker {
        final CompiledPlan c;
        final CriticalPathPasses passes;
        final int[] critical;
        private final LinkGraph leafNetwork;
        private final int[] leafOrder;
        private long[] baseDuration;
        private long[] baseRemaining;
        private long[] baseSpan;
        private long[] baseAssignmentRemaining;
        private double[] u;
        private double[] d;
        private double[] groupNormal;
        private double[] add;
        private boolean[] marked;
        private int[] touched;
        private final int[] touchedCount = new int[1];
        private boolean[] varies;
        private final boolean[] driving;

        Worker(CompiledPlan c) {
            this.c = c;
            this.passes = new CriticalPathPasses(c);
            this.critical = new int[c.taskCount];
            this.leafNetwork = NetworkBuilder.leafLinks(c);
            this.leafOrder = ScheduleEngine.order(c, leafNetwork);
            this.driving = new boolean[c.taskCount];
        }

        void prepare(Model model) {
            baseDuration = c.duration.clone();
            baseRemaining = c.remainingDuration.clone();
            baseSpan = c.assignmentSpan.clone();
            baseAssignmentRemaining = c.assignmentRemaining.clone();
            u = new double[model.task().length];
            d = new double[model.task().length];
            groupNormal = new double[model.groups()];
            add = new double[c.taskCount];
            marked = new boolean[c.taskCount];
            touched = new int[c.taskCount];
            varies = new boolean[c.taskCount];
            for (int i : model.task()) {
                varies[i] = true;
            }
        }

        void iterate(long seed, int k, Model model) {
            draw(seed, k, model, u, d, groupNormal, add, marked, touched, touchedCount);
            int[] task = model.task();
            for (int j = 0; j < task.length; j++) {
                int i = task[j];
                double extra = add[i];
                set(i, d[j] + extra);
                add[i] = 0;
            }
            for (int t = 0; t < touchedCount[0]; t++) {
                int i = touched[t];
                if (!varies[i]) {
                    set(i, baseDuration[i] / (double) Seconds.PER_MINUTE + add[i]);
                }
                add[i] = 0;
                marked[i] = false;
            }
            schedule();
            for (int t = 0; t < touchedCount[0]; t++) {
                int i = touched[t];
                if (!varies[i]) {
                    set(i, baseDuration[i] / (double) Seconds.PER_MINUTE);
                }
            }
        }

        /** Gives task {@code i} the duration {@code minutes}, scaling what depends on it. */
        private void set(int i, double minutes) {
            long drawn = Math.max(0, Seconds.ofMinutes(minutes));
            long base = baseDuration[i];
            double factor = base == 0 ? 1 : (double) drawn / base;
            c.duration[i] = drawn;
            // Not started, all of it remains; in progress, what remains is scaled alike.
            c.remainingDuration[i] = c.started(i) ? Math.round(baseRemaining[i] * factor) : drawn;
            for (int a = c.assignmentStart[i]; a < c.assignmentStart[i + 1]; a++) {
                c.assignmentSpan[a] = Math.round(baseSpan[a] * factor);
                c.assignmentRemaining[a] = Math.round(baseAssignmentRemaining[a] * factor);
            }
        }

        private void schedule() {
            passes.restart();
            passes.useNetwork(leafNetwork, leafOrder);
            passes.forwardPass();
            if (c.hasSummaryLinks) {
                LinkGraph network = NetworkBuilder.withSummaryLinks(c, passes.es);
                passes.useNetwork(network, ScheduleEngine.order(c, network));
                passes.forwardPass();
            }
            if (!c.hasAlap) {
                passes.markDrivingPaths(driving);
                for (int i : c.leaves) {
                    if (driving[i] && !c.finished(i) && !c.manual[i] && c.percentComplete[i] < 100) {
                        critical[i]++;
                    }
                }
                return;
            }
            passes.backwardPass();
            passes.alapForwardPass();
            countCritical();
        }

        /** As {@link Outcome}: the smaller of start and finish slack (finish slack only once started), zero or less. */
        private void countCritical() {
            for (int i : c.leaves) {
                if (c.finished(i) || c.manual[i] || c.percentComplete[i] >= 100) {
                    continue;
                }
                long early = passes.linkDrivenStart[i] != NONE ? passes.linkDrivenStart[i] : passes.es[i];
                long earlyFinish = passes.linkDrivenFinish[i] != NONE ? passes.linkDrivenFinish[i] : passes.ef[i];
                long slack = slack(i, earlyFinish, passes.lf[i]);
                if (!c.started(i)) {
                    slack = Math.min(slack, slack(i, early, passes.ls[i]));
                }
                if (slack <= 0) {
                    critical[i]++;
                }
            }
        }

        /** Working seconds from {@code from} to {@code to}; raw seconds when far apart (only the sign matters). */
        private long slack(int i, long from, long to) {
            long raw = to - from;
            return raw <= 0 || raw >= Seconds.PER_DAY ? raw : Durations.variance(c, i, from, to);
        }

        /** The task's early finish; a summary's is its latest leaf's (blank rows left out of its roll-up aside). */
        long finishOf(int i) {
            if (!c.summary[i]) {
                return c.finished(i) ? c.actualFinish[i] : passes.ef[i];
            }
            long latest = NONE;
            for (int x = c.leafDescendantsStart[i]; x < c.leafDescendantsStart[i + 1]; x++) {
                int leaf = c.leafDescendants[x];
                if (c.countsTowardsFinish(leaf)) {
                    latest = Math.max(latest, c.finished(leaf) ? c.actualFinish[leaf] : passes.ef[leaf]);
                }
            }
            return latest;
        }
    }

    /** Runs the body on {@code threads} threads at once (on this one when 1), each given its index, and waits. */
    private static void inParallel(int threads, IntConsumer body) {
        if (threads == 1) {
            body.accept(0);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "gantry-simulation");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> body.accept(thread)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Ranks of the finishes, 1 to n, ties sharing their mean rank. */
    static double[] ranks(long[] values) {
        int n = values.length;
        Integer[] byValue = new Integer[n];
        for (int i = 0; i < n; i++) {
            byValue[i] = i;
        }
        Arrays.sort(byValue, (a, b) -> Long.compare(values[a], values[b]));
        double[] rank = new double[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && values[byValue[j + 1]] == values[byValue[i]]) {
                j++;
            }
            double mean = (i + j) / 2.0 + 1;
            for (int x = i; x <= j; x++) {
                rank[byValue[x]] = mean;
            }
            i = j + 1;
        }
        return rank;
    }

    /** Per varying task: Σu, Σu², Σu·rank, and the finishes of its lowest and highest tenths (sum, count). */
    private static double[][] sensitivitySums(SimulationRequest request, Model model, long[] finish, double[] rank,
                                              int blocks, int threads) {
        int m = model.task().length;
        double[][][] perBlock = new double[blocks][][];
        AtomicInteger nextBlock = new AtomicInteger();
        IntConsumer body = thread -> {
            double[] u = new double[m];
            double[] groupNormal = new double[model.groups()];
            for (int b = nextBlock.getAndIncrement(); b < blocks; b = nextBlock.getAndIncrement()) {
                double[][] s = new double[7][m];
                for (int k = b * BLOCK; k < Math.min(finish.length, (b + 1) * BLOCK); k++) {
                    draw(request.seed(), k, model, u, null, groupNormal, null, null, null, null);
                    double f = finish[k];
                    for (int j = 0; j < m; j++) {
                        s[0][j] += u[j];
                        s[1][j] += u[j] * u[j];
                        s[2][j] += u[j] * rank[k];
                        if (u[j] < 0.1) {
                            s[3][j] += f;
                            s[4][j]++;
                        } else if (u[j] >= 0.9) {
                            s[5][j] += f;
                            s[6][j]++;
                        }
                    }
                }
                perBlock[b] = s;
            }
        };
        inParallel(threads, body);
        double[][] total = new double[7][m];
        for (double[][] s : perBlock) {
            for (int x = 0; x < 7; x++) {
                for (int j = 0; j < m; j++) {
                    total[x][j] += s[x][j];
                }
            }
        }
        return total;
    }

    private static SimulationResult result(SimulationRequest request, CompiledPlan c, Model model,
                                           LocalDateTime plannedFinish, long[] finish, double[] rank,
                                           long[][] milestoneFinish, int[] critical, double[][] sums) {
        int n = finish.length;
        long[] sorted = finish.clone();
        Arrays.sort(sorted);
        long planned = Seconds.of(plannedFinish);
        Map<String, SimulationResult.Percentiles> milestones = new LinkedHashMap<>();
        for (int m = 0; m < model.milestone().length; m++) {
            long[] s = milestoneFinish[m].clone();
            Arrays.sort(s);
            milestones.put(c.ids[model.milestone()[m]], percentiles(s));
        }
        Double target = request.target() == null ? null : share(sorted, Seconds.of(request.target()));

        int[] slot = new int[c.taskCount];
        Arrays.fill(slot, -1);
        for (int j = 0; j < model.task().length; j++) {
            slot[model.task()[j]] = j;
        }
        double meanRank = (n + 1) / 2.0;
        double rankVariance = 0;
        for (double r : rank) {
            rankVariance += (r - meanRank) * (r - meanRank);
        }
        List<SimulationResult.TaskStatistics> tasks = new ArrayList<>();
        for (int i : c.leaves) {
            int j = slot[i];
            double sensitivity = 0;
            LocalDateTime low = null;
            LocalDateTime high = null;
            if (j >= 0) {
                double su = sums[0][j];
                double suu = sums[1][j];
                double sur = sums[2][j];
                double covariance = sur - su * meanRank;
                double uVariance = suu - su * su / n;
                sensitivity = uVariance <= 0 || rankVariance <= 0 ? 0
                        : covariance / Math.sqrt(uVariance * rankVariance);
                low = sums[4][j] == 0 ? null : Seconds.toDateTime(Math.round(sums[3][j] / sums[4][j]));
                high = sums[6][j] == 0 ? null : Seconds.toDateTime(Math.round(sums[5][j] / sums[6][j]));
            }
            tasks.add(new SimulationResult.TaskStatistics(c.ids[i], (double) critical[i] / n,
                    Math.max(-1, Math.min(1, sensitivity)), low, high));
        }
        List<SimulationResult.TaskStatistics> tornado = tasks.stream().filter(t -> t.sensitivity() != 0)
                .sorted((a, b) -> Double.compare(Math.abs(b.sensitivity()), Math.abs(a.sensitivity())))
                .limit(TORNADO).toList();
        return new SimulationResult(n, request.seed(), plannedFinish, percentiles(sorted), milestones,
                share(sorted, planned), target, tasks, tornado, histogram(sorted));
    }

    /** Nearest-rank percentiles of sorted finishes, and their mean. */
    private static SimulationResult.Percentiles percentiles(long[] sorted) {
        int n = sorted.length;
        LocalDateTime[] p = new LocalDateTime[PERCENTILES.length];
        for (int x = 0; x < PERCENTILES.length; x++) {
            int at = (int) Math.ceil(PERCENTILES[x] * n) - 1;
            p[x] = Seconds.toDateTime(sorted[Math.max(0, Math.min(n - 1, at))]);
        }
        double mean = 0;
        for (long v : sorted) {
            mean += (double) (v - sorted[0]) / n;
        }
        return new SimulationResult.Percentiles(p[0], p[1], p[2], p[3], p[4],
                Seconds.toDateTime(sorted[0] + Math.round(mean)), Seconds.toDateTime(sorted[0]),
                Seconds.toDateTime(sorted[n - 1]));
    }

    /** The share of sorted values at most {@code limit}. */
    private static double share(long[] sorted, long limit) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= limit) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (double) lo / sorted.length;
    }

    private static List<SimulationResult.Bin> histogram(long[] sorted) {
        int n = sorted.length;
        long min = sorted[0];
        long max = sorted[n - 1];
        List<SimulationResult.Bin> bins = new ArrayList<>();
        if (min == max) {
            bins.add(new SimulationResult.Bin(Seconds.toDateTime(min), Seconds.toDateTime(max), n, 1));
            return bins;
        }
        double width = (double) (max - min) / BINS;
        int at = 0;
        for (int b = 0; b < BINS; b++) {
            long from = min + Math.round(b * width);
            long to = b == BINS - 1 ? max : min + Math.round((b + 1) * width);
            int count = 0;
            while (at < n && (sorted[at] < to || (b == BINS - 1 && sorted[at] <= to))) {
                count++;
                at++;
            }
            bins.add(new SimulationResult.Bin(Seconds.toDateTime(from), Seconds.toDateTime(to), count,
                    (double) at / n));
        }
        return bins;
    }
}
