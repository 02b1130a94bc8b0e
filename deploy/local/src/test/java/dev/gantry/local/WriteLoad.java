package dev.gantry.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A modest, steady load of writes through projects-service's API from a background thread, for the fault tests: it
 * creates projects, adds tasks to them and renames them, one request after the other with a short pause, so that
 * events are committed, and in flight, all the time. It stops when closed or at its time limit, whichever comes first,
 * and records every answer.
 *
 * <p>A project is renamed with the ETag read just before (one thread writes, so nothing changes it in between): a 412
 * would be a real fault.
 */
final class WriteLoad implements AutoCloseable {

    /** One request and its answer; {@code status} -1 when nothing answered ({@code body} then says why). */
    record Outcome(String request, boolean write, Instant sent, Instant answered, int status, String contentType,
                   String retryAfter, String body) {

        boolean succeeded() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return request + " at " + sent + " -> " + status + (retryAfter == null ? "" : " Retry-After " + retryAfter)
                    + " " + contentType + " " + Http.abbreviate(body);
        }
    }

    private static final Duration PAUSE = Duration.ofMillis(150);
    /** Projects made before tasks and renames start; later one write in {@link #CREATE_EVERY} creates another. */
    private static final int FIRST_PROJECTS = 3;
    private static final int CREATE_EVERY = 6;

    private final String projects;
    private final String token;
    private final String label;
    private final Instant deadline;
    private final List<Outcome> outcomes = new ArrayList<>();
    /** Each project's name as its last successful write left it. */
    private final Map<UUID, String> names = new LinkedHashMap<>();
    private final Thread thread;
    private volatile boolean stopping;

    private WriteLoad(String serviceUrl, String token, String label, Duration limit) {
        this.projects = serviceUrl + "/api/projects";
        this.token = token;
        this.label = label;
        this.deadline = Instant.now().plus(limit);
        this.thread = new Thread(this::run, "write-load");
        this.thread.setDaemon(true);
    }

    /** Starts writing to the projects-service at {@code serviceUrl} as the token's user, for at most {@code limit}. */
    static WriteLoad start(String serviceUrl, String token, String label, Duration limit) {
        WriteLoad load = new WriteLoad(serviceUrl, token, label, limit);
        load.thread.start();
        return load;
    }

    @Override
    public void close() {
        stopping = true;
        try {
            thread.join(Duration.ofSeconds(45).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<Outcome> outcomes() {
        synchronized (outcomes) {
            return new ArrayList<>(outcomes);
        }
    }

    List<Outcome> outcomes(Predicate<Outcome> which) {
        return outcomes().stream().filter(which).toList();
    }

    /** The projects it created, each with the name its last successful write left. */
    Map<UUID, String> names() {
        synchronized (outcomes) {
            return new LinkedHashMap<>(names);
        }
    }

    long successfulWrites() {
        return outcomes(o -> o.write() && o.succeeded()).size();
    }

    /** Waits until {@code more} writes succeeded from now on; fails with what it saw when they do not in time. */
    void awaitMoreWrites(int more, Duration timeout) {
        long target = successfulWrites() + more;
        long until = System.nanoTime() + timeout.toNanos();
        while (successfulWrites() < target) {
            if (System.nanoTime() > until || !thread.isAlive()) {
                List<Outcome> all = outcomes();
                throw new AssertionError("fewer than " + more + " writes succeeded within " + timeout.toSeconds()
                        + " s; last answers: " + all.subList(Math.max(0, all.size() - 10), all.size()));
            }
            Child.sleep(50);
        }
    }

    private void run() {
        List<UUID> made = new ArrayList<>();
        int step = 0;
        while (!stopping && Instant.now().isBefore(deadline)) {
            if (made.size() < FIRST_PROJECTS || step % CREATE_EVERY == 0) {
                create(made);
            } else if (step % 2 == 1) {
                addTask(made.get(step % made.size()));
            } else {
                rename(made.get(step % made.size()), step);
            }
            step++;
            Child.sleep(PAUSE.toMillis());
        }
    }

    private void create(List<UUID> made) {
        String name = label + " " + (made.size() + 1) + " " + UUID.randomUUID().toString().substring(0, 8);
        Outcome o = call("POST /api/projects", true, () -> Http.post(projects, token, Map.of(
                "name", name,
                "description", "Written while a part of the stack fails",
                "type", "GENERIC",
                "startDate", LocalDate.now().plusDays(7).toString(),
                "budget", Map.of("amount", new java.math.BigDecimal("50000.00"), "currency", "EUR"))));
        if (o.succeeded()) {
            UUID id = UUID.fromString(json(o).path("id").asText());
            made.add(id);
            synchronized (outcomes) {
                names.put(id, name);
            }
        }
    }

    private void addTask(UUID project) {
        call("POST /api/projects/{id}/tasks", true, () -> Http.post(projects + "/" + project + "/tasks", token,
                Map.of("name", "Step " + UUID.randomUUID().toString().substring(0, 8), "durationMinutes", 480)));
    }

    private void rename(UUID project, int step) {
        String[] etag = new String[1];
        Outcome read = call("GET /api/projects/{id}", false, () -> {
            Http.Response r = Http.get(projects + "/" + project, token);
            etag[0] = r.header("ETag");
            return r;
        });
        if (!read.succeeded()) {
            return;
        }
        String name;
        synchronized (outcomes) {
            name = names.get(project).replaceAll(" \\(renamed \\d+\\)$", "") + " (renamed " + step + ")";
        }
        Outcome o = call("PATCH /api/projects/{id}", true, () -> Http.send("PATCH", projects + "/" + project, token,
                Map.of("name", name), Map.of("If-Match", etag[0])));
        if (o.succeeded()) {
            synchronized (outcomes) {
                names.put(project, name);
            }
        }
    }

    private interface Request {
        Http.Response send() throws IOException;
    }

    private Outcome call(String request, boolean write, Request r) {
        Instant sent = Instant.now();
        Outcome o;
        try {
            Http.Response response = r.send();
            o = new Outcome(request, write, sent, Instant.now(), response.status(), response.contentType(),
                    response.header("Retry-After"), response.body());
        } catch (IOException | RuntimeException e) {
            o = new Outcome(request, write, sent, Instant.now(), -1, "", null, e.toString());
        }
        synchronized (outcomes) {
            outcomes.add(o);
        }
        return o;
    }

    private static JsonNode json(Outcome o) {
        try {
            return Http.JSON.readTree(o.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + o, e);
        }
    }
}
