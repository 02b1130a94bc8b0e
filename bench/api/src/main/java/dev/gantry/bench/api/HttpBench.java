package dev.gantry.bench.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * {@code bench/run http}: throughput and latency of projects-service through its own port and through the gateway,
 * next to a bare Quarkus application (bench/ceiling) on the same PostgreSQL, Kafka and Keycloak, in the same run.
 * Creates are compared with the ceiling's insert, reads with the ceiling's list, at the same number of connections.
 */
public final class HttpBench {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private static final Set<String> OPTIONS = Set.of("seconds", "warmup", "ceiling-warmup", "connections", "paths",
            "scenarios", "projects", "timeout-ms", "no-ceiling", "user", "settle-seconds");
    private static final List<String> ALL_SCENARIOS = List.of("create-project", "create-task", "list-tasks", "get-project");
    /**
     * A diagnostic, asked for by name and not among the defaults: {@code create-task} with resources-, risk- and
     * reporting-service stopped for its warm-up and measured seconds ({@link PausedConsumers}), so that the row shows
     * the create path alone (projects-service, its database, the relay and Kafka). When they continue, the time they
     * take to catch up and the CPU the machine spends meanwhile are reported with it. Design §8's budget reads off
     * {@code create-task}, where the consumers share the machine.
     */
    static final String CREATE_TASK_ALONE = "create-task-alone";
    private static final int TASKS_PER_PROJECT = 100;

    /** One row of the table. */
    record Row(String scenario, String path, String kind, LoadRun.Result result, Double ratio, String loadAverage,
               double settledSeconds, Map<String, Double> cpuPerRequest, CatchUp catchUp) {

        Row withCatchUp(CatchUp after) {
            return new Row(scenario, path, kind, result, ratio, loadAverage, settledSeconds, cpuPerRequest, after);
        }
    }

    /**
     * After a measurement with the consumers paused: how long the machine took to become quiet again once they
     * continued (null when it did not within the wait's limit, the larger of the settle time and 120 s), and the CPU
     * each part of the stack spent meanwhile, per create sent while they were paused (warm-up included, as its events
     * waited too). Quiet is a proxy for caught up: nothing here reads the consumers' lag.
     */
    record CatchUp(Double seconds, long creates, Map<String, Double> cpuPerCreate) {
    }

    private HttpBench() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args[0]);
        Options o = Options.ofMain("http", args, OPTIONS);
        double seconds = o.integer("seconds", 15);
        double warmup = o.integer("warmup", 3);
        List<Integer> connections = o.integers("connections", "1,8,32");
        List<String> paths = o.list("paths", "service,gateway");
        List<String> scenarios = o.list("scenarios", String.join(",", ALL_SCENARIOS));
        int projectCount = o.integer("projects", 40);
        int timeoutMillis = o.integer("timeout-ms", 10_000);
        String user = o.string("user", "pm");
        int settleSeconds = o.integer("settle-seconds", 120);
        int ceilingWarmup = o.integer("ceiling-warmup", 30);
        Timing timing = new Timing(settleSeconds, warmup, seconds, timeoutMillis);
        Path root = Path.of(System.getProperty("gantry.root", ".")).toAbsolutePath().normalize();
        String runId = Long.toString(System.currentTimeMillis(), 36);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "http");
        report.put("startedAt", Instant.now().toString());
        report.put("machine", Machine.describe());
        Map<String, Object> options = new LinkedHashMap<>(Map.of("seconds", seconds, "warmupSeconds", warmup,
                "connections", connections, "paths", paths, "scenarios", scenarios, "projects", projectCount,
                "tasksPerProject", TASKS_PER_PROJECT, "timeoutMillis", timeoutMillis, "user", user,
                "settleSeconds", settleSeconds));
        options.put("ceilingWarmupSeconds", ceilingWarmup);
        report.put("options", options);

        try (LocalStack stack = LocalStack.attachOrStart(root, OUT)) {
            List<String> jvmOptions = stack.serviceJvmOptions();
            report.put("serviceJvmOptions", String.join(" ", jvmOptions));
            OUT.println("Services' JVM options (the ceiling gets the same): " + String.join(" ", jvmOptions));
            String token = Api.token(stack.issuerUrl(), user, user);
            Api api = new Api(stack.serviceUrl(), token);

            List<UUID> projects = scenarios.stream().anyMatch(s -> !s.equals("create-project"))
                    ? prepareProjects(api, projectCount, runId) : List.of();
            // create-task-alone gets projects of its own, which start with 100 tasks like create-task's: by its turn
            // the other scenarios have grown the shared ones by thousands of tasks, and a create in a larger project
            // costs more.
            List<UUID> aloneProjects = scenarios.contains(CREATE_TASK_ALONE)
                    ? prepareProjects(api, projectCount, runId + " alone") : List.of();

            List<Row> rows = new ArrayList<>();
            Map<String, LoadRun.Result> ceilingByKey = new LinkedHashMap<>();
            Ceiling ceiling = o.flag("no-ceiling") ? null : Ceiling.start(root, stack, jvmOptions);
            try {
                if (ceiling != null) {
                    URI base = ceiling.baseUri();
                    warmCeiling(base, token, connections, ceilingWarmup, timeoutMillis);
                    for (int c : connections) {
                        measure(rows, "ceiling-insert", "ceiling", "create", base, c, timing,
                                seq -> HttpConnection.request("POST", base, "/ceiling/items", token,
                                        "{\"name\":\"bench item " + seq + "\",\"durationMinutes\":480}"), null);
                        ceilingByKey.put("create/" + c, rows.get(rows.size() - 1).result());
                    }
                    for (int c : connections) {
                        measure(rows, "ceiling-list", "ceiling", "read", base, c, timing,
                                seq -> HttpConnection.request("GET", base, "/ceiling/items?size=100", token, null), null);
                        ceilingByKey.put("read/" + c, rows.get(rows.size() - 1).result());
                    }
                }
            } finally {
                if (ceiling != null) {
                    ceiling.close();
                }
            }
            for (String scenario : scenarios) {
                for (String path : paths) {
                    URI base = URI.create(path.equals("gateway") ? stack.gatewayUrl() : stack.serviceUrl());
                    for (int c : connections) {
                        String kind = scenario.startsWith("create") ? "create" : "read";
                        if (scenario.equals(CREATE_TASK_ALONE)) {
                            measureAlone(rows, stack, path, base, c, timing, requests("create-task", base, token,
                                    aloneProjects, runId), ceilingByKey.get(kind + "/" + c));
                        } else {
                            measure(rows, scenario, path, kind, base, c, timing,
                                    requests(scenario, base, token, projects, runId), ceilingByKey.get(kind + "/" + c));
                        }
                    }
                }
            }
            report.put("loadAverageAtEnd", Machine.loadAverage());
            report.put("results", rows.stream().map(HttpBench::toJson).toList());
            printTable(rows);
        } finally {
            report.put("finishedAt", Instant.now().toString());
            Json.writeFile(output, report);
            OUT.println("Written " + output);
        }
    }

    private static LongFunction<byte[]> requests(String scenario, URI base, String token, List<UUID> projects,
                                                 String runId) {
        return switch (scenario) {
            case "create-project" -> seq -> HttpConnection.request("POST", base, "/api/projects", token,
                    "{\"name\":\"bench project " + runId + "-" + seq + "\",\"type\":\"GENERIC\",\"startDate\":\"2027-01-04\"}");
            case "create-task" -> seq -> HttpConnection.request("POST", base,
                    "/api/projects/" + projects.get((int) (seq % projects.size())) + "/tasks", token,
                    "{\"name\":\"bench task " + seq + "\",\"durationMinutes\":480}");
            case "list-tasks" -> seq -> HttpConnection.request("GET", base,
                    "/api/projects/" + projects.get((int) (seq % projects.size())) + "/tasks?size=100", token, null);
            case "get-project" -> seq -> HttpConnection.request("GET", base,
                    "/api/projects/" + projects.get((int) (seq % projects.size())), token, null);
            default -> throw new IllegalArgumentException("unknown scenario '" + scenario + "'; scenarios: " + ALL_SCENARIOS
                    + " and " + CREATE_TASK_ALONE);
        };
    }

    /**
     * The services have been running, and their JIT has compiled their hot paths, long before a measurement; the
     * ceiling's JVM starts with the run. Unmeasured load at the largest connection count — half inserts, half lists —
     * brings it to the same state first, so that the ratios compare warmed code with warmed code.
     */
    private static void warmCeiling(URI base, String token, List<Integer> connections, int seconds, int timeoutMillis) {
        if (seconds <= 0) {
            return;
        }
        int c = connections.stream().mapToInt(Integer::intValue).max().orElse(8);
        OUT.printf("Warming the ceiling up: %d s at %d connections (not measured) ...%n", seconds, c);
        LoadRun.run(base, c, 0, seconds / 2.0, timeoutMillis, seq -> HttpConnection.request("POST", base,
                "/ceiling/items", token, "{\"name\":\"bench warm-up " + seq + "\",\"durationMinutes\":480}"));
        LoadRun.run(base, c, 0, seconds / 2.0, timeoutMillis,
                seq -> HttpConnection.request("GET", base, "/ceiling/items?size=100", token, null));
    }

    /** How every measurement runs: settling first (up to {@code settleSeconds}), warm-up, measured time, timeout. */
    record Timing(int settleSeconds, double warmup, double seconds, int timeoutMillis) {
    }

    private static void measure(List<Row> rows, String scenario, String path, String kind, URI base, int connections,
                                Timing timing, LongFunction<byte[]> requests, LoadRun.Result ceiling) {
        double settled = Machine.settle(timing.settleSeconds(), OUT);
        rows.add(run(scenario, path, kind, base, connections, timing, requests, ceiling, settled));
    }

    /**
     * {@link #CREATE_TASK_ALONE}: the consumers are paused after the machine settled, for the warm-up and the
     * measured seconds, then continued; the row says how long they took to catch up and what that cost.
     */
    private static void measureAlone(List<Row> rows, LocalStack stack, String path, URI base, int connections,
                                     Timing timing, LongFunction<byte[]> requests, LoadRun.Result ceiling) {
        double settled = Machine.settle(timing.settleSeconds(), OUT);
        AtomicLong sent = new AtomicLong();
        LongFunction<byte[]> counted = seq -> {
            sent.incrementAndGet();
            return requests.apply(seq);
        };
        Row measured;
        Map<String, Double> atResume;
        try (PausedConsumers paused = PausedConsumers.pause(stack)) {
            OUT.printf("  %d consumer services paused (SIGSTOP) for the warm-up and the measured seconds%n", paused.count());
            measured = run(CREATE_TASK_ALONE, path, "create", base, connections, timing, counted, ceiling, settled);
            atResume = ProcessCpu.snapshot();
        }
        // Continued: every event the creates published waits on the topics; the machine is quiet again once the
        // consumers have taken them (a quiet second, as before a measurement).
        int limit = Math.max(timing.settleSeconds(), 120);
        double waited = Machine.quietWithin(limit, 1000);
        Map<String, Double> cpu = ProcessCpu.perRequest(atResume, ProcessCpu.snapshot(), sent.get());
        rows.add(measured.withCatchUp(new CatchUp(waited < 0 ? null : round(waited), sent.get(), cpu)));
        OUT.printf("    consumers continued: quiet again after %s, %d creates sent while paused%n",
                waited < 0 ? "more than " + limit + " s (gave up waiting)" : String.format(Locale.ROOT, "%.1f s", waited),
                sent.get());
        if (cpu != null) {
            OUT.println(ProcessCpu.describe(cpu).replace("cpu ms/request:", "catch-up cpu ms/create:"));
        }
    }

    /** One measurement after settling: the load, each process's CPU over the measured seconds, the row printed. */
    private static Row run(String scenario, String path, String kind, URI base, int connections, Timing timing,
                           LongFunction<byte[]> requests, LoadRun.Result ceiling, double settled) {
        // Each process's CPU time over the measured seconds (the warm-up left out), read beside the load.
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "cpu-snapshots");
            t.setDaemon(true);
            return t;
        });
        Map<String, Double> cpu;
        LoadRun.Result r;
        try {
            ScheduledFuture<Map<String, Double>> before = timer.schedule(ProcessCpu::snapshot,
                    (long) (timing.warmup() * 1000), TimeUnit.MILLISECONDS);
            ScheduledFuture<Map<String, Double>> after = timer.schedule(ProcessCpu::snapshot,
                    (long) ((timing.warmup() + timing.seconds()) * 1000), TimeUnit.MILLISECONDS);
            r = LoadRun.run(base, connections, timing.warmup(), timing.seconds(), timing.timeoutMillis(), requests);
            cpu = ProcessCpu.perRequest(before.get(30, TimeUnit.SECONDS), after.get(30, TimeUnit.SECONDS),
                    r.requests());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("reading the processes' CPU time failed", e);
        } finally {
            timer.shutdownNow();
        }
        Double ratio = ceiling == null || ceiling.throughput() == 0 ? null : r.throughput() / ceiling.throughput();
        Row row = new Row(scenario, path, kind, r, ratio, Machine.loadAverage(), settled, cpu, null);
        OUT.println(line(row) + (r.firstError() == null ? "" : "   first error: " + r.firstError()));
        if (cpu != null) {
            OUT.println(ProcessCpu.describe(cpu));
        }
        return row;
    }

    /**
     * Projects that already have {@value #TASKS_PER_PROJECT} tasks, for the task scenarios: one generated MS Project
     * plan imported {@code count} times (4 imports at a time), which is much faster than creating the tasks one by one.
     */
    private static List<UUID> prepareProjects(Api api, int count, String runId) throws Exception {
        OUT.printf("Preparing %d projects with %d tasks each (MS Project import) ...%n", count, TASKS_PER_PROJECT);
        byte[] plan = PlanFiles.mspdi(TASKS_PER_PROJECT, false, 42);
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<UUID>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = "bench http " + runId + " #" + (i + 1);
                futures.add(pool.submit(() -> {
                    Api.Reply r = api.post("/api/projects/import?type=GENERIC&name="
                            + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8), "application/xml", plan,
                            Duration.ofSeconds(120));
                    if (r.status() != 201) {
                        throw new IllegalStateException("import of a " + TASKS_PER_PROJECT + "-task plan failed: " + r.describe());
                    }
                    JsonNode body = r.json();
                    if (body.path("tasks").asInt() != TASKS_PER_PROJECT) {
                        throw new IllegalStateException("the import made " + body.path("tasks").asInt() + " tasks, not "
                                + TASKS_PER_PROJECT);
                    }
                    return UUID.fromString(body.path("projectId").asText());
                }));
            }
            List<UUID> ids = new ArrayList<>();
            for (Future<UUID> f : futures) {
                ids.add(f.get(180, java.util.concurrent.TimeUnit.SECONDS));
            }
            OUT.printf("  %d projects ready in %.1f s%n", ids.size(), (System.nanoTime() - t0) / 1e9);
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }

    private static final String HEADER = String.format("%-17s %-8s %5s %9s %9s %9s %8s %7s",
            "scenario", "path", "conn", "req/s", "p50 ms", "p99 ms", "errors", "ratio");

    private static String line(Row row) {
        LoadRun.Result r = row.result();
        return String.format(Locale.ROOT, "%-17s %-8s %5d %9.1f %9.2f %9.2f %8d %7s", row.scenario(), row.path(),
                r.connections(), r.throughput(), r.p50Millis(), r.p99Millis(), r.errors(),
                row.ratio() == null ? "-" : String.format(Locale.ROOT, "%.0f%%", row.ratio() * 100));
    }

    private static void printTable(List<Row> rows) {
        OUT.println();
        OUT.println(HEADER);
        rows.forEach(r -> OUT.println(line(r)));
        OUT.println();
        OUT.println("ratio: req/s against the ceiling at the same connections (creates vs ceiling-insert, reads vs"
                + " ceiling-list). Load average at the end: " + Machine.loadAverage());
    }

    private static Map<String, Object> toJson(Row row) {
        LoadRun.Result r = row.result();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", row.scenario());
        m.put("path", row.path());
        m.put("kind", row.kind());
        m.put("connections", r.connections());
        m.put("seconds", r.seconds());
        m.put("requests", r.requests());
        m.put("requestsPerSecond", round(r.throughput()));
        m.put("p50Millis", round(r.p50Millis()));
        m.put("p99Millis", round(r.p99Millis()));
        m.put("maxMillis", round(r.maxMillis()));
        m.put("errors", r.errors());
        m.put("timeouts", r.timeouts());
        m.put("firstError", r.firstError());
        m.put("errorsByKind", r.errorsByKind());
        m.put("ratioToCeiling", row.ratio() == null ? null : round(row.ratio()));
        m.put("loadAverage", row.loadAverage());
        m.put("settledSeconds", row.settledSeconds() < 0 ? null : round(row.settledSeconds()));
        m.put("cpuMillisPerRequest", row.cpuPerRequest());
        if (row.catchUp() != null) {
            m.put("consumersPaused", true);
            m.put("catchUpSeconds", row.catchUp().seconds());
            m.put("createsSentWhilePaused", row.catchUp().creates());
            m.put("catchUpCpuMillisPerCreate", row.catchUp().cpuPerCreate());
        }
        return m;
    }

    static Double round(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 100) / 100.0;
    }
}
