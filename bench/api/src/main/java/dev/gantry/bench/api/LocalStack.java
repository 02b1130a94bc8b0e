package dev.gantry.bench.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The local stack of deploy/local as a benchmark sees it: its ports (shifted by {@code GANTRY_PORT_OFFSET}, as
 * {@code ./gantry} shifts them), whether it answers, and the JVM options its services run with. When nothing answers,
 * {@link #attachOrStart} starts one with {@code ./gantry up --detach} and {@link #close} stops it again.
 */
final class LocalStack implements AutoCloseable {

    static final int GATEWAY = 8080;
    static final int PROJECTS = 8081;
    static final int RESOURCES = 8082;
    static final int REPORTING = 8084;
    static final int KEYCLOAK = 8180;
    static final int POSTGRES = 15432;
    static final int KAFKA = 19092;
    /** deploy/local's default for the services (StackConfig); only used when the running ones cannot be read. */
    static final String FALLBACK_SERVICE_OPTIONS = "-Xms512m -Xmx512m -XX:+UseParallelGC";

    private final Path root;
    private final int offset;
    private final PrintStream out;
    private boolean startedHere;

    private LocalStack(Path root, PrintStream out) {
        this.root = root;
        this.out = out;
        String o = System.getenv("GANTRY_PORT_OFFSET");
        this.offset = o == null || o.isBlank() ? 0 : Integer.parseInt(o.trim());
    }

    static LocalStack attachOrStart(Path root, PrintStream out) {
        LocalStack stack = new LocalStack(root, out);
        if (stack.healthy()) {
            out.println("Using the running local stack (" + stack.gatewayUrl() + ").");
            return stack;
        }
        if (stack.anyPortAnswers()) {
            throw new IllegalStateException("some of the stack's ports answer but projects-service or the gateway is"
                    + " not ready; check ./gantry status (or stop it with ./gantry down) and run again");
        }
        out.println("No local stack answers: starting one with ./gantry up --detach (stopped again at the end).");
        stack.startedHere = true;
        int code = stack.gantry(Duration.ofMinutes(12), "up", "--detach");
        if (code != 0 || !stack.healthy()) {
            stack.close();
            throw new IllegalStateException("./gantry up --detach failed (exit " + code + "); see .local/logs");
        }
        return stack;
    }

    int port(int base) {
        return base + offset;
    }

    String serviceUrl() {
        return "http://127.0.0.1:" + port(PROJECTS);
    }

    String resourcesUrl() {
        return "http://127.0.0.1:" + port(RESOURCES);
    }

    String reportingUrl() {
        return "http://127.0.0.1:" + port(REPORTING);
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + port(GATEWAY);
    }

    /** Keycloak's issuer exactly as the services are configured with it (localhost, not 127.0.0.1: the iss claim). */
    String issuerUrl() {
        return "http://localhost:" + port(KEYCLOAK) + "/realms/gantry";
    }

    String kafkaBootstrap() {
        return "localhost:" + port(KAFKA);
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port(POSTGRES) + "/" + database;
    }

    boolean startedHere() {
        return startedHere;
    }

    /** The JVM options of the running projects-service (from its command line), so another JVM can run like it. */
    List<String> serviceJvmOptions() {
        Optional<List<String>> running = pid("projects-service").flatMap(ProcessHandle::of)
                .flatMap(p -> p.info().arguments()).map(args -> {
                    List<String> options = new ArrayList<>();
                    for (String a : args) {
                        if (a.equals("-jar")) {
                            break;
                        }
                        options.add(a);
                    }
                    return options;
                });
        if (running.isPresent()) {
            return running.get();
        }
        String env = System.getenv("GANTRY_SERVICE_JAVA_OPTS");
        return List.of((env == null || env.isBlank() ? FALLBACK_SERVICE_OPTIONS : env).trim().split("\\s+"));
    }

    /** The pid of one of the stack's processes (e.g. "risk-service"), as the stack's state file records it. */
    Optional<Long> pid(String name) {
        Path state = root.resolve(".local/state.json");
        if (!Files.exists(state)) {
            return Optional.empty();
        }
        try {
            for (JsonNode child : Json.MAPPER.readTree(state.toFile()).path("children")) {
                if (name.equals(child.path("name").asText())) {
                    return Optional.of(child.path("pid").asLong());
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private boolean healthy() {
        return status(serviceUrl() + "/q/health/ready") == 200
                && status(gatewayUrl() + "/api/projects") == 401
                && status(issuerUrl() + "/.well-known/openid-configuration") == 200;
    }

    private boolean anyPortAnswers() {
        for (int p : new int[] {GATEWAY, PROJECTS, KEYCLOAK, POSTGRES, KAFKA}) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port(p)), 500);
                return true;
            } catch (IOException e) {
                // closed: as expected when no stack runs
            }
        }
        return false;
    }

    private static int status(String url) {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private int gantry(Duration timeout, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(root.resolve("gantry").toString());
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroy();
                out.println("./gantry " + String.join(" ", args) + " did not finish within " + timeout.toMinutes() + " min");
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run ./gantry: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        if (startedHere) {
            out.println("Stopping the local stack this benchmark started (./gantry down).");
            gantry(Duration.ofMinutes(2), "down");
            startedHere = false;
        }
    }
}
