package dev.gantry.bench.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.HdrHistogram.Histogram;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bench/run eventlag}: the time from a commit in projects-service to the change being visible in reporting's
 * API (design §8: p95 ≤ 200 ms), under steady load. A project is renamed (PATCH, committed when projects-service
 * answers; its {@code updatedAt} is set in that transaction) and reporting's status of the project is read every few
 * milliseconds until it shows the new name: the lag is from {@code updatedAt} to the first answer with it. Meanwhile a
 * second thread adds tasks to other projects at a steady rate, so every service has schedule events to consume.
 */
public final class EventLagBench {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private static final Set<String> OPTIONS = Set.of("duration", "warmup", "rate", "load-rate", "projects",
            "poll-ms", "timeout");
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    static final String BUDGET_NOTE = "design §8: event latency, commit in one service → visible in reporting, p95 ≤ 200 ms";

    private EventLagBench() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path output = Path.of(args[0]);
        Options o = Options.ofMain("eventlag", args, OPTIONS);
        int durationSeconds = o.integer("duration", 60);
        int warmupSeconds = o.integer("warmup", 15);
        int rate = Math.max(1, o.integer("rate", 4));
        int loadRate = o.integer("load-rate", 20);
        int projectCount = Math.max(2, o.integer("projects", 6));
        int pollMillis = Math.max(1, o.integer("poll-ms", 5));
        Duration timeout = Duration.ofSeconds(o.integer("timeout", 10));
        Path root = Path.of(System.getProperty("gantry.root", ".")).toAbsolutePath().normalize();
        String runId = Long.toString(System.currentTimeMillis(), 36);

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "eventlag");
        report.put("startedAt", Instant.now().toString());
        report.put("machine", Machine.describe());
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("durationSeconds", durationSeconds);
        options.put("warmupSeconds", warmupSeconds);
        options.put("renamesPerSecond", rate);
        options.put("taskCreatesPerSecond", loadRate);
        options.put("projects", projectCount);
        options.put("pollMillis", pollMillis);
        report.put("options", options);
        report.put("budgets", BUDGET_NOTE);
        Map<String, Object> results = new LinkedHashMap<>();
        try (LocalStack stack = LocalStack.attachOrStart(root, OUT)) {
            report.put("serviceJvmOptions", String.join(" ", stack.serviceJvmOptions()));
            AvailabilityBench.Tokens tokens = new AvailabilityBench.Tokens(stack.issuerUrl());
            Api projects = new Api(stack.serviceUrl(), tokens.get("pm"));
            Api loader = new Api(stack.serviceUrl(), tokens.get("pm"));
            Api reporting = new Api(stack.reportingUrl(), tokens.get("pm"));
            List<UUID> ids = createProjects(projects, reporting, projectCount, "eventlag " + runId);
            UUID measured = ids.get(0);
            List<UUID> loaded = ids.subList(1, ids.size());

            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong created = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            Thread load = new Thread(() -> {
                long interval = loadRate <= 0 ? Long.MAX_VALUE : 1_000_000_000L / loadRate;
                long next = System.nanoTime();
                long seq = 0;
                while (!stop.get() && loadRate > 0) {
                    loader.token(tokens.get("pm"));
                    UUID project = loaded.get((int) (seq % loaded.size()));
                    Api.Reply r = loader.postJson("/api/projects/" + project + "/tasks", "{\"name\":\"load task "
                            + seq + "\",\"durationMinutes\":480}", CALL_TIMEOUT);
                    (r.status() == 201 ? created : failed).incrementAndGet();
                    seq++;
                    next += interval;
                    sleepUntil(next);
                }
            }, "eventlag-load");
            load.setDaemon(true);
            load.start();

            Histogram lag = new Histogram(60_000_000L, 3);
            Histogram warm = new Histogram(60_000_000L, 3);
            int timeouts = 0;
            String etag = projects.get("/api/projects/" + measured, CALL_TIMEOUT).header("ETag").orElseThrow();
            long started = System.nanoTime();
            long warmEnd = started + Duration.ofSeconds(warmupSeconds).toNanos();
            long end = warmEnd + Duration.ofSeconds(durationSeconds).toNanos();
            long interval = 1_000_000_000L / rate;
            long next = System.nanoTime();
            int seq = 0;
            OUT.printf(Locale.ROOT, "measuring: %d s warm-up, %d s measured, %d renames/s, %d task creates/s%n",
                    warmupSeconds, durationSeconds, rate, loadRate);
            while (System.nanoTime() < end) {
                projects.token(tokens.get("pm"));
                reporting.token(tokens.get("pm"));
                String name = "eventlag " + runId + " rename " + (++seq);
                Api.Reply renamed = projects.patchJson("/api/projects/" + measured, etag,
                        "{\"name\":\"" + name + "\"}", CALL_TIMEOUT);
                if (renamed.status() != 200) {
                    throw new IllegalStateException("rename: " + renamed.describe());
                }
                etag = renamed.header("ETag").orElseThrow();
                Instant committed = Instant.parse(renamed.json().path("updatedAt").asText());
                Instant seen = awaitName(reporting, measured, name, pollMillis, timeout);
                if (seen == null) {
                    timeouts++;
                } else {
                    long micros = Math.max(0, Duration.between(committed, seen).toNanos() / 1000);
                    (System.nanoTime() < warmEnd ? warm : lag).recordValue(micros);
                }
                next += interval;
                sleepUntil(next);
            }
            stop.set(true);
            load.join(CALL_TIMEOUT.toMillis());

            results.put("samples", lag.getTotalCount());
            results.put("warmupSamples", warm.getTotalCount());
            results.put("timeouts", timeouts);
            results.put("p50Ms", millis(lag.getValueAtPercentile(50)));
            results.put("p95Ms", millis(lag.getValueAtPercentile(95)));
            results.put("p99Ms", millis(lag.getValueAtPercentile(99)));
            results.put("maxMs", millis(lag.getMaxValue()));
            results.put("meanMs", Math.round(lag.getMean() / 100.0) / 10.0);
            results.put("tasksCreated", created.get());
            results.put("taskCreateFailures", failed.get());
            double achieved = created.get() / (double) (warmupSeconds + durationSeconds);
            results.put("taskCreatesPerSecondAchieved", Math.round(achieved * 10) / 10.0);
            results.put("budgetMet", lag.getTotalCount() > 0 && timeouts == 0
                    && lag.getValueAtPercentile(95) <= 200_000);
            report.put("results", results);
            report.put("loadAverageAtEnd", Machine.loadAverage());
        } finally {
            report.put("finishedAt", Instant.now().toString());
            OUT.println("event lag, projects-service commit → visible in GET /api/reports/projects/{id}/status:");
            results.forEach((k, v) -> OUT.printf(Locale.ROOT, "  %-30s %s%n", k, v));
            Json.writeFile(output, report);
            OUT.println("Written " + output);
        }
    }

    /** Projects made in projects-service, returned once reporting-service answers their status. */
    private static List<UUID> createProjects(Api projects, Api reporting, int n, String name) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Api.Reply r = projects.postJson("/api/projects", "{\"name\":\"" + name + " #" + (i + 1)
                    + "\",\"type\":\"GENERIC\",\"startDate\":\"" + LocalDate.now().plusDays(7) + "\"}", CALL_TIMEOUT);
            if (r.status() != 201) {
                throw new IllegalStateException("create project: " + r.describe());
            }
            ids.add(UUID.fromString(r.json().path("id").asText()));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (UUID id : ids) {
            while (reporting.get("/api/reports/projects/" + id + "/status", CALL_TIMEOUT).status() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("reporting-service did not learn of project " + id + " in 60 s");
                }
                sleepUntil(System.nanoTime() + 50_000_000L);
            }
        }
        return ids;
    }

    /** When reporting first answered the project's status with the name; null after the timeout. */
    private static Instant awaitName(Api reporting, UUID project, String name, int pollMillis, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Api.Reply r = reporting.get("/api/reports/projects/" + project + "/status", CALL_TIMEOUT);
            Instant answered = Instant.now();
            if (r.status() == 200) {
                JsonNode body = r.json();
                if (name.equals(body.path("name").asText())) {
                    // The answer was composed before it arrived: count from half way through the call.
                    return answered.minusNanos(r.nanos() / 2);
                }
            }
            sleepUntil(System.nanoTime() + pollMillis * 1_000_000L);
        }
        return null;
    }

    private static double millis(long micros) {
        return Math.round(micros / 100.0) / 10.0;
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
