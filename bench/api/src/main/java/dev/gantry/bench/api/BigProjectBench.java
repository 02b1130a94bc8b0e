package dev.gantry.bench.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.HdrHistogram.Histogram;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * {@code bench/run bigproject}: MS Project plans of 1,000 to 20,000 tasks imported through the API, then single
 * edits of each timed one at a time on a quiet machine and back to back, and reads back to back, then a check that a consumer of the schedule topic rebuilds each
 * project's final schedule (its version and task count) and how long after the last edit it could.
 */
public final class BigProjectBench {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private static final Set<String> OPTIONS = Set.of("sizes", "reps", "warmup-reps", "op-budget", "import-timeout",
            "catchup-timeout", "topic", "user");
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);
    /** Longest wait for a quiet machine before the import and before each operation. */
    private static final int SETTLE_SECONDS = 120;

    /**
     * How the calls of a write operation follow each other. {@link #ONE_AT_A_TIME}: each call waits until the machine
     * is quiet again ({@link #PACE_WINDOW_MILLIS}), so it pays for itself only, as an edit a user makes does — the
     * previous edit's follow-up work (the outbox relay, three services consuming its records) is done by then.
     * {@link #BACK_TO_BACK}: each call right after the previous answer, as a script would send them; on a machine that
     * runs the whole stack this measures how many such edits the stack absorbs, the consumers' work included.
     */
    enum Pacing {
        ONE_AT_A_TIME("one at a time"), BACK_TO_BACK("back to back");

        final String label;

        Pacing(String label) {
            this.label = label;
        }
    }

    /** A one-at-a-time call waits for a quiet machine over windows of this length ... */
    private static final long PACE_WINDOW_MILLIS = 250;
    /** ... for at most this long; a call that found no quiet window in time is counted as unsettled. */
    private static final double PACE_MAX_SECONDS = 10;

    /** One timed operation on one project. */
    record Operation(String name, Pacing pacing, int reps, long errors, String firstError, Histogram latencies,
                     boolean budgetHit, int unsettled) {
        double p50() {
            return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(50) / 1000.0;
        }

        double p99() {
            return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(99) / 1000.0;
        }
    }

    /** What happened to one generated plan. */
    static final class ProjectRun {
        final int size;
        int totalTasks;
        int links;
        long fileBytes;
        double generateSeconds;
        Integer importStatus;
        Double importSeconds;
        String importProblem;
        UUID projectId;
        final List<Operation> operations = new ArrayList<>();
        long lastEditNanos;
        Long producerVersion;
        Integer apiTasks;
        String catchUp;
        Double catchUpMillis;
        Long rebuiltVersion;
        Integer rebuiltTasks;

        ProjectRun(int size) {
            this.size = size;
        }
    }

    private BigProjectBench() {
    }

    public static void main(String[] args) {
        Path output = Path.of(args[0]);
        Options o = Options.ofMain("bigproject", args, OPTIONS);
        List<Integer> sizes = o.integers("sizes", "1000,10000,20000");
        int reps = o.integer("reps", 40);
        int warmupReps = o.integer("warmup-reps", 3);
        Duration opBudget = Duration.ofSeconds(o.integer("op-budget", 60));
        Duration importTimeout = Duration.ofSeconds(o.integer("import-timeout", 120));
        Duration catchUpTimeout = Duration.ofSeconds(o.integer("catchup-timeout", 120));
        String topic = o.string("topic", "gantry.projects.schedules.v3");
        String user = o.string("user", "pm");
        Path root = Path.of(System.getProperty("gantry.root", ".")).toAbsolutePath().normalize();
        String runId = Long.toString(System.currentTimeMillis(), 36);

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "bigproject");
        report.put("startedAt", Instant.now().toString());
        report.put("machine", Machine.describe());
        report.put("options", Map.of("sizes", sizes, "reps", reps, "warmupReps", warmupReps,
                "opBudgetSeconds", opBudget.toSeconds(), "importTimeoutSeconds", importTimeout.toSeconds(),
                "catchUpTimeoutSeconds", catchUpTimeout.toSeconds(), "topic", topic, "user", user));
        List<ProjectRun> runs = new ArrayList<>();
        Optional<ScheduleRebuilder> rebuilder = ScheduleRebuilder.load();
        try (LocalStack stack = LocalStack.attachOrStart(root, OUT)) {
            report.put("serviceJvmOptions", String.join(" ", stack.serviceJvmOptions()));
            Api api = new Api(stack.serviceUrl(), Api.token(stack.issuerUrl(), user, user));
            ScheduleTopicWatcher watcher = rebuilder.map(r -> new ScheduleTopicWatcher(stack.kafkaBootstrap(), topic, r))
                    .orElse(null);
            try {
                for (int size : sizes) {
                    // A fresh token per plan: a long run must not outlive the token's hour.
                    api.token(Api.token(stack.issuerUrl(), user, user));
                    ProjectRun run = new ProjectRun(size);
                    runs.add(run);
                    importPlan(api, run, runId, importTimeout);
                    if (run.projectId == null) {
                        continue;
                    }
                    if (watcher != null) {
                        watcher.watch(run.projectId);
                    }
                    timeOperations(api, run, reps, warmupReps, opBudget);
                    readProducerVersion(api, run);
                }
                checkCatchUp(runs, watcher, rebuilder.isPresent(), catchUpTimeout);
            } finally {
                if (watcher != null) {
                    watcher.close();
                }
            }
            report.put("loadAverageAtEnd", Machine.loadAverage());
        } finally {
            report.put("projects", runs.stream().map(BigProjectBench::toJson).toList());
            report.put("finishedAt", Instant.now().toString());
            printTables(runs);
            Json.writeFile(output, report);
            OUT.println("Written " + output);
        }
    }

    private static void importPlan(Api api, ProjectRun run, String runId, Duration timeout) {
        Machine.settle(SETTLE_SECONDS, OUT);
        long t0 = System.nanoTime();
        byte[] plan = PlanFiles.mspdi(run.size, true, run.size);
        run.generateSeconds = (System.nanoTime() - t0) / 1e9;
        run.fileBytes = plan.length;
        OUT.printf(Locale.ROOT, "%,d tasks: MSPDI of %.1f MB generated in %.1f s; importing ...%n", run.size,
                plan.length / 1e6, run.generateSeconds);
        String name = "bench bigproject " + runId + " " + run.size;
        Api.Reply r = api.post("/api/projects/import?type=GENERIC&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                "application/xml", plan, timeout);
        run.importStatus = r.status();
        run.importSeconds = r.nanos() / 1e9;
        if (r.status() == 201) {
            JsonNode body = r.json();
            run.projectId = UUID.fromString(body.path("projectId").asText());
            run.totalTasks = body.path("tasks").asInt();
            run.links = body.path("dependencies").asInt();
            OUT.printf(Locale.ROOT, "  imported in %.2f s: %,d tasks, %,d dependencies%n", run.importSeconds,
                    run.totalTasks, run.links);
        } else {
            run.importProblem = r.status() == 0 && r.describe().contains("HttpTimeoutException")
                    ? "no answer within " + timeout.toSeconds() + " s" : r.describe();
            OUT.println("  import failed: " + run.importProblem);
        }
    }

    private static void timeOperations(Api api, ProjectRun run, int reps, int warmupReps, Duration budget) {
        String base = "/api/projects/" + run.projectId;
        Api.Reply scheduleReply = api.get(base + "/schedule", CALL_TIMEOUT);
        if (!scheduleReply.ok()) {
            run.importProblem = "the schedule of the imported project could not be read: " + scheduleReply.describe();
            return;
        }
        List<JsonNode> leaves = new ArrayList<>();
        for (JsonNode t : scheduleReply.json().path("tasks")) {
            if (!t.path("summary").asBoolean()) {
                leaves.add(t);
            }
        }
        leaves.sort(Comparator.comparingInt(t -> t.path("externalId").asInt()));
        List<JsonNode> critical = leaves.stream().filter(t -> t.path("critical").asBoolean()).toList();
        if (critical.isEmpty() || leaves.size() < 500) {
            run.importProblem = "the imported schedule has " + critical.size() + " critical tasks and " + leaves.size()
                    + " leaves: nothing to edit";
            return;
        }

        // Duration changes on the critical path: one critical task, one day longer, then back, alternately. A task in
        // the middle of the plan moves about half of the network with it (thousands of rows and records); one near
        // the end moves only what follows it: the cost follows what the edit changes.
        for (Pacing pacing : Pacing.values()) {
            run.operations.add(editDuration(api, base, "edit dur. mid", pacing, critical.get(critical.size() / 2),
                    reps, warmupReps, budget));
        }
        for (Pacing pacing : Pacing.values()) {
            run.operations.add(editDuration(api, base, "edit dur. late", pacing, critical.get(critical.size() - 2),
                    reps, warmupReps, budget));
        }
        // The common edit: a task off the critical path, one day longer within its free slack, then back. Nothing else
        // moves, and the project's finish stays: the cost of an edit that changes little.
        List<JsonNode> slack = leaves.stream().filter(t -> !t.path("critical").asBoolean()
                && t.path("freeSlackMinutes").asLong() >= 2 * 480).toList();
        if (!slack.isEmpty()) {
            for (Pacing pacing : Pacing.values()) {
                run.operations.add(editDuration(api, base, "edit in slack", pacing, slack.get(slack.size() / 2), reps,
                        warmupReps, budget));
            }
        } else {
            OUT.println("  (no task with two days of free slack: 'edit in slack' not timed)");
        }

        // A new dependency, always forward (from a task to one at least 201 tasks later): the generated links all go
        // forward too, so it never closes a cycle, and it is never one of the existing links (those span <= 200).
        Random random = new Random(run.size);
        for (Pacing pacing : Pacing.values()) {
            run.operations.add(time("add dependency", pacing, reps, warmupReps, budget, i -> {
                int from = random.nextInt(leaves.size() - 201);
                int to = from + 201 + random.nextInt(leaves.size() - from - 201);
                return api.postJson(base + "/dependencies", "{\"predecessorId\":\""
                        + leaves.get(from).path("id").asText() + "\",\"successorId\":\""
                        + leaves.get(to).path("id").asText() + "\",\"type\":\"FS\"}", CALL_TIMEOUT);
            }));
        }

        int[] added = {0};
        for (Pacing pacing : Pacing.values()) {
            run.operations.add(time("add task", pacing, reps, warmupReps, budget, i -> api.postJson(base + "/tasks",
                    "{\"name\":\"Bench task " + (++added[0]) + "\",\"durationMinutes\":480}", CALL_TIMEOUT)));
        }
        run.lastEditNanos = System.nanoTime();

        // Reads leave no work behind: back to back only.
        run.operations.add(time("read schedule", Pacing.BACK_TO_BACK, reps, warmupReps, budget,
                i -> api.get(base + "/schedule", CALL_TIMEOUT)));
        run.operations.add(time("export", Pacing.BACK_TO_BACK, reps, warmupReps, budget,
                i -> api.get(base + "/export", CALL_TIMEOUT)));
    }

    private static Operation editDuration(Api api, String base, String name, Pacing pacing, JsonNode target, int reps,
                                          int warmupReps, Duration budget) {
        String editTask = target.path("id").asText();
        Api.Reply task = api.get(base + "/tasks/" + editTask, CALL_TIMEOUT);
        long original = task.json().path("durationMinutes").asLong();
        String[] etag = {task.header("ETag").orElse("\"0\"")};
        return time(name, pacing, reps, warmupReps, budget, i -> {
            Api.Reply r = api.patchJson(base + "/tasks/" + editTask, etag[0],
                    "{\"durationMinutes\":" + (i % 2 == 0 ? original + 480 : original) + "}", CALL_TIMEOUT);
            if (r.ok()) {
                r.header("ETag").ifPresent(e -> etag[0] = e);
            } else {
                // Counted as an error; the next edit starts again from the task's current version.
                api.get(base + "/tasks/" + editTask, CALL_TIMEOUT).header("ETag").ifPresent(e -> etag[0] = e);
            }
            return r;
        });
    }

    /**
     * Up to {@code reps} timed calls after {@code warmupReps} untimed ones, stopping early when the budget is spent;
     * a one-at-a-time call waits for a quiet machine first (not timed, but counted in the budget).
     */
    private static Operation time(String name, Pacing pacing, int reps, int warmupReps, Duration budget,
                                  IntFunction<Api.Reply> call) {
        // What the previous operation left behind (consumers reading thousands of records, the outbox relay) is not
        // this operation's cost: wait for a quiet machine first, as the http benchmark does.
        Machine.settle(SETTLE_SECONDS, OUT);
        Histogram h = new Histogram(600_000_000L, 3);
        long errors = 0;
        String firstError = null;
        long deadline = System.nanoTime() + budget.toNanos();
        int done = 0;
        boolean budgetHit = false;
        int unsettled = 0;
        for (int i = 0; i < warmupReps + reps; i++) {
            if (System.nanoTime() > deadline) {
                budgetHit = true;
                break;
            }
            if (pacing == Pacing.ONE_AT_A_TIME && Machine.quietWithin(PACE_MAX_SECONDS, PACE_WINDOW_MILLIS) < 0
                    && i >= warmupReps) {
                unsettled++;
            }
            Api.Reply r = call.apply(i);
            if (i < warmupReps) {
                continue;
            }
            done++;
            if (r.ok()) {
                h.recordValue(Math.max(1, r.nanos() / 1000));
            } else {
                errors++;
                if (firstError == null) {
                    firstError = r.describe();
                }
            }
        }
        Operation op = new Operation(name, pacing, done, errors, firstError, h, budgetHit, unsettled);
        OUT.printf(Locale.ROOT, "  %-14s %-13s n=%-3d p50 %9.1f ms  p99 %9.1f ms  errors %d%s%s%s%n", name,
                pacing.label, done, op.p50(), op.p99(), errors,
                budgetHit ? "  (budget of " + budget.toSeconds() + " s spent)" : "",
                unsettled > 0 ? "  (" + unsettled + " calls found the machine busy after "
                        + (int) PACE_MAX_SECONDS + " s)" : "",
                firstError == null ? "" : "  first error: " + firstError);
        return op;
    }

    private static void readProducerVersion(Api api, ProjectRun run) {
        Api.Reply r = api.get("/api/projects/" + run.projectId + "/schedule", CALL_TIMEOUT);
        if (!r.ok()) {
            run.catchUp = "the schedule could not be read: " + r.describe();
            return;
        }
        JsonNode body = r.json();
        run.apiTasks = body.path("tasks").size();
        JsonNode version = body.get("scheduleVersion");
        run.producerVersion = version != null && version.isNumber() ? version.asLong() : null;
    }

    private static void checkCatchUp(List<ProjectRun> runs, ScheduleTopicWatcher watcher, boolean rebuilderPresent,
                                     Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProjectRun run : runs) {
            if (run.projectId == null || run.catchUp != null) {
                continue;
            }
            if (!rebuilderPresent) {
                run.catchUp = "not checked: libs/contracts has no ScheduleAssembler yet (bench/api compiles its"
                        + " AssemblerRebuilder only when it exists)";
                continue;
            }
            if (run.producerVersion == null) {
                run.catchUp = "not checked: GET /schedule has no scheduleVersion";
                continue;
            }
            Optional<Long> seen = watcher.awaitVersion(run.projectId, run.producerVersion, deadline);
            watcher.latest(run.projectId).ifPresent(rebuilt -> {
                run.rebuiltVersion = rebuilt.version();
                run.rebuiltTasks = rebuilt.tasks();
            });
            if (seen.isPresent()) {
                run.catchUpMillis = Math.max(0, seen.get() - run.lastEditNanos) / 1e6;
                run.catchUp = run.rebuiltTasks != null && run.rebuiltTasks.equals(run.apiTasks) ? "caught up"
                        : "caught up, but the rebuilt schedule has " + run.rebuiltTasks + " tasks, the API " + run.apiTasks;
            } else {
                run.catchUp = "NOT caught up within " + timeout.toSeconds() + " s (rebuilt version "
                        + run.rebuiltVersion + ", producer " + run.producerVersion + ", " + watcher.records()
                        + " records read" + watcher.problem().map(p -> "; " + p).orElse("") + ")";
            }
        }
    }

    private static void printTables(List<ProjectRun> runs) {
        OUT.println();
        OUT.printf("%-8s %7s %8s %9s  %-15s %-13s %4s %10s %10s %7s%n", "plan", "tasks", "file MB", "import s",
                "operation", "pacing", "n", "p50 ms", "p99 ms", "errors");
        for (ProjectRun run : runs) {
            String head = String.format(Locale.ROOT, "%-8s %7d %8.1f %9s", String.format("%,d", run.size), run.totalTasks,
                    run.fileBytes / 1e6, run.importStatus != null && run.importStatus == 201
                            ? String.format(Locale.ROOT, "%.2f", run.importSeconds) : "failed");
            if (run.operations.isEmpty()) {
                OUT.println(head + "  " + (run.importProblem == null ? "" : run.importProblem));
            }
            for (Operation op : run.operations) {
                OUT.printf(Locale.ROOT, "%s  %-15s %-13s %4d %10.1f %10.1f %7d%n", head, op.name(), op.pacing().label,
                        op.reps(), op.p50(), op.p99(), op.errors());
                head = " ".repeat(head.length());
            }
        }
        OUT.println();
        OUT.printf("%-8s %10s %10s %12s %15s  %s%n", "plan", "producer", "rebuilt", "catch-up ms", "tasks rebuilt/API",
                "consumer");
        for (ProjectRun run : runs) {
            if (run.projectId == null) {
                continue;
            }
            OUT.printf(Locale.ROOT, "%-8s %10s %10s %12s %15s  %s%n", String.format("%,d", run.size),
                    run.producerVersion == null ? "-" : run.producerVersion,
                    run.rebuiltVersion == null ? "-" : run.rebuiltVersion,
                    run.catchUpMillis == null ? "-" : String.format(Locale.ROOT, "%.0f", run.catchUpMillis),
                    (run.rebuiltTasks == null ? "-" : run.rebuiltTasks) + "/" + (run.apiTasks == null ? "-" : run.apiTasks),
                    run.catchUp);
        }
        OUT.println("Load average at the end: " + Machine.loadAverage());
    }

    private static Map<String, Object> toJson(ProjectRun run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plannedTasks", run.size);
        m.put("projectId", run.projectId == null ? null : run.projectId.toString());
        m.put("fileBytes", run.fileBytes);
        m.put("generateSeconds", HttpBench.round(run.generateSeconds));
        m.put("importStatus", run.importStatus);
        m.put("importSeconds", run.importSeconds == null ? null : HttpBench.round(run.importSeconds));
        m.put("importProblem", run.importProblem);
        m.put("importedTasks", run.totalTasks);
        m.put("importedDependencies", run.links);
        List<Map<String, Object>> ops = new ArrayList<>();
        for (Operation op : run.operations) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("operation", op.name());
            j.put("pacing", op.pacing().label);
            j.put("reps", op.reps());
            j.put("p50Millis", HttpBench.round(op.p50()));
            j.put("p99Millis", HttpBench.round(op.p99()));
            j.put("maxMillis", op.latencies().getTotalCount() == 0 ? null
                    : HttpBench.round(op.latencies().getMaxValue() / 1000.0));
            j.put("errors", op.errors());
            j.put("firstError", op.firstError());
            j.put("budgetSpent", op.budgetHit());
            if (op.pacing() == Pacing.ONE_AT_A_TIME) {
                j.put("callsThatFoundTheMachineBusy", op.unsettled());
            }
            ops.add(j);
        }
        m.put("operations", ops);
        m.put("producerScheduleVersion", run.producerVersion);
        m.put("apiTasks", run.apiTasks);
        m.put("rebuiltVersion", run.rebuiltVersion);
        m.put("rebuiltTasks", run.rebuiltTasks);
        m.put("catchUpMillis", run.catchUpMillis == null ? null : HttpBench.round(run.catchUpMillis));
        m.put("catchUp", run.catchUp);
        return m;
    }
}
