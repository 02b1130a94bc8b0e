package dev.gantry.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The whole local stack: PostgreSQL, Kafka and Keycloak as child processes, the four services as child JVMs and the
 * HTTP gateway in this process. {@link #start} returns once everything is healthy (or throws, having stopped what it
 * started); {@link #close} stops everything, services first, and is also run by a shutdown hook (Ctrl-C).
 *
 * <p>Each child is a <em>part</em>, named like its log: {@value #POSTGRES}, {@value #KAFKA}, {@value #KEYCLOAK} and the
 * services' modules ({@code projects-service}, ...). A part can be killed, stopped and started again on its own
 * ({@link #kill}, {@link #stop}, {@link #startAgain}, {@link #restart}) while the rest keeps running, so that tests can
 * watch how the others cope with its failure and its return.
 */
public final class Stack implements AutoCloseable {

    public static final String POSTGRES = "postgres";
    public static final String KAFKA = "kafka";
    public static final String KEYCLOAK = "keycloak";

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final StackConfig config;
    private final Consumer<String> out;
    private final long t0 = System.nanoTime();
    /** The running child of each part, in start order; a part started again keeps its place. */
    private final Map<String, Child> parts = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Child> secondInstances = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<StackConfig.Service> services = new ArrayList<>();
    private Postgres postgres;
    private Kafka kafka;
    private Keycloak keycloak;
    private Gateway gateway;
    private Thread shutdownHook;
    private volatile boolean closed;
    private double upSeconds;

    private Stack(StackConfig config, Consumer<String> out) {
        this.config = config;
        this.out = out;
    }

    public StackConfig config() {
        return config;
    }

    public double upSeconds() {
        return upSeconds;
    }

    /** The child processes, in start order. */
    public List<Child> children() {
        synchronized (parts) {
            return new ArrayList<>(parts.values());
        }
    }

    /** The names of the parts, in start order. */
    public List<String> parts() {
        synchronized (parts) {
            return new ArrayList<>(parts.keySet());
        }
    }

    public boolean isClosed() {
        return closed;
    }

    /** Log files of the children, by name (postgres, kafka, keycloak, projects-service, ...). */
    public Map<String, Path> logs() {
        Map<String, Path> m = new LinkedHashMap<>();
        synchronized (parts) {
            for (Child c : parts.values()) {
                m.put(c.name, c.log);
            }
        }
        return m;
    }

    /**
     * Starts everything and waits until it is healthy.
     *
     * @param fresh    delete the data folder first (databases, Kafka log, Keycloak's realm)
     * @param services which services to start (all four unless a test or a user wants fewer)
     */
    public static Stack start(StackConfig config, boolean fresh, List<StackConfig.Service> services,
                              Consumer<String> out) {
        Stack stack = new Stack(config, out);
        try {
            stack.doStart(fresh, services);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void doStart(boolean fresh, List<StackConfig.Service> wanted) {
        StackConfig.ensureDir(config.home);
        Optional<StateFile.State> previous = StateFile.read(config.stateFile());
        if (previous.isPresent() && previous.get().launcherAlive()
                && previous.get().launcher().pid() != ProcessHandle.current().pid()) {
            throw new StackException("a Gantry stack is already running from " + config.home + " (pid "
                    + previous.get().launcher().pid() + "); stop it with ./gantry down");
        }
        previous.ifPresent(p -> stopLeftovers(p, out));

        List<StackConfig.Service> runnable = new ArrayList<>();
        for (StackConfig.Service s : wanted) {
            if (Files.isRegularFile(config.serviceJar(s))) {
                runnable.add(s);
            } else {
                throw new StackException(s.module + " is not built (" + config.serviceJar(s) + " is missing); "
                        + "build it with ./mvnw -q -DskipTests package");
            }
        }

        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("gateway", config.gatewayPort());
        for (StackConfig.Service s : runnable) {
            ports.put(s.module, config.servicePort(s));
        }
        ports.put("Keycloak", config.keycloakPort());
        ports.put("Keycloak management", config.keycloakManagementPort());
        ports.put("PostgreSQL", config.postgresPort());
        ports.put("Kafka", config.kafkaPort());
        ports.put("Kafka controller", config.kafkaControllerPort());
        Ports.requireFree(ports);

        if (fresh && Files.exists(config.data())) {
            out.accept("  --fresh: deleting " + display(config.data()));
            Postgres.deleteTree(config.data());
        }
        StackConfig.ensureDir(config.data());
        StackConfig.ensureDir(config.logs());

        shutdownHook = new Thread(this::close, "gantry-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        writeState("starting");

        // 1. PostgreSQL and Kafka, in parallel; Keycloak's distribution is unpacked meanwhile.
        postgres = new Postgres(config);
        launch(POSTGRES);
        kafka = new Kafka(config);
        launch(KAFKA);
        writeState("starting");
        keycloak = new Keycloak(config);
        if (keycloak.ensureDistribution()) {
            out.accept("  keycloak     unpacked Keycloak " + config.keycloakVersion + " into " + display(config.cache)
                    + " (" + seconds() + ")");
        }

        awaitAll(readiness(List.of(POSTGRES)));
        List<String> databases = new ArrayList<>();
        for (StackConfig.Service s : runnable) {
            databases.add(s.database);
        }
        Path realmHashFile = config.data().resolve("keycloak-realm.sha256");
        String realmHash = Keycloak.realmHash();
        String knownHash = readQuietly(realmHashFile);
        if (knownHash != null && !knownHash.equals(realmHash)) {
            out.accept("  keycloak     the realm file changed: re-importing the gantry realm");
            postgres.dropDatabase(Keycloak.DATABASE);
        }
        databases.add(Keycloak.DATABASE);
        postgres.ensureDatabases(databases);
        writeQuietly(realmHashFile, realmHash);

        // 2. Keycloak (the slowest) as soon as its database exists.
        launch(KEYCLOAK);
        writeState("starting");

        // 3. The gateway, in this process.
        gateway = Gateway.start(config);

        awaitAll(readiness(List.of(KAFKA)));

        // 4. The services, all at once (they retry Kafka and OIDC on their own).
        List<String> waitFor = new ArrayList<>(List.of(KEYCLOAK));
        for (StackConfig.Service s : runnable) {
            services.add(s);
            launch(s.module);
            waitFor.add(s.module);
        }
        writeState("starting");

        // 5. Wait for Keycloak and every service to be ready.
        awaitAll(readiness(waitFor));
        upSeconds = (System.nanoTime() - t0) / 1e9;
        writeState("up");
    }

    /**
     * Ends a part at once, as a crash or an out-of-memory kill would: SIGKILL to its whole process tree, with no
     * chance to finish a transaction, commit an offset or flush a log. Returns once it is gone; the rest keeps running.
     */
    public void kill(String part) {
        Child child = running(part);
        out.accept(String.format("  %-18s killed (%s)", part, seconds()));
        child.kill();
    }

    /**
     * Stops a part the way {@link #close} does (SIGTERM, for PostgreSQL its fast shutdown, which ends every session)
     * and returns once it is gone; the rest keeps running.
     */
    public void stop(String part) {
        Child child = running(part);
        out.accept(String.format("  %-18s stopping (%s)", part, seconds()));
        stop(child, STOP_GRACE);
    }

    /**
     * Starts a part that was killed or stopped again, exactly as {@link #start} did (same command, ports, data and
     * environment), and returns once it is healthy. Its previous log is kept as {@code <name>.log.1}.
     */
    public void startAgain(String part) {
        Child current = partOf(part);
        if (current.isAlive()) {
            throw new IllegalStateException(part + " is running (pid " + current.pid() + ")");
        }
        launch(part);
        writeState(currentStatus());
        awaitAll(readiness(List.of(part)));
    }

    /** {@link #stop} and {@link #startAgain}: the part comes back on the same ports with the same data. */
    public void restart(String part) {
        stop(part);
        startAgain(part);
    }

    public boolean isRunning(String part) {
        return partOf(part).isAlive();
    }

    /** Starts again every part that is not running, then waits until every part is healthy. */
    public void ensureUp() {
        for (String part : parts()) {
            if (!isRunning(part)) {
                out.accept(String.format("  %-18s is not running: starting it again (%s)", part, seconds()));
                launch(part);
            }
        }
        writeState(currentStatus());
        Map<String, Waiting> notReady = readiness(parts());
        notReady.values().removeIf(w -> w.child().isAlive() && w.ready().getAsBoolean());
        awaitAll(notReady);
    }

    /** Starts a part's child, as the stack's start and a start again both do, and records it as the part's. */
    private Child launch(String part) {
        if (closed) {
            throw new StackException("the stack is stopped");
        }
        Child child = switch (part) {
            case POSTGRES -> postgres.start();
            case KAFKA -> kafka.start();
            case KEYCLOAK -> keycloak.start(postgres);
            default -> startService(service(part));
        };
        parts.put(part, child);
        return child;
    }

    /** What each part's health is checked with, how long it may take and where it answers. */
    private Map<String, Waiting> readiness(List<String> names) {
        Map<String, Waiting> waiting = new LinkedHashMap<>();
        for (String part : names) {
            Child child = partOf(part);
            waiting.put(part, switch (part) {
                case POSTGRES -> new Waiting(child, postgres::isReady, config.infraTimeout,
                        "localhost:" + config.postgresPort());
                case KAFKA -> new Waiting(child, () -> kafka.isReady(child), config.infraTimeout,
                        config.kafkaBootstrap());
                case KEYCLOAK -> new Waiting(child, keycloak::isReady, config.keycloakTimeout, config.keycloakUrl());
                default -> {
                    StackConfig.Service s = service(part);
                    String ready = config.serviceUrl(s) + "/q/health/ready";
                    yield new Waiting(child, () -> Http.status(ready) == 200, config.serviceTimeout,
                            config.serviceUrl(s));
                }
            });
        }
        return waiting;
    }

    private Child partOf(String part) {
        Child child = parts.get(part);
        if (child == null) {
            throw new IllegalArgumentException("no part " + part + " in this stack; parts: " + parts());
        }
        return child;
    }

    private Child running(String part) {
        Child child = partOf(part);
        if (!child.isAlive()) {
            throw new IllegalStateException(part + " is not running");
        }
        return child;
    }

    private StackConfig.Service service(String part) {
        for (StackConfig.Service s : StackConfig.Service.values()) {
            if (s.module.equals(part)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no part " + part + " in this stack; parts: " + parts());
    }

    /** The status in the state file, kept when a part is started again (./gantry up waits for "ready" there). */
    private String currentStatus() {
        return StateFile.read(config.stateFile()).map(StateFile.State::status).orElse("up");
    }

    /**
     * Starts a second instance of a service on {@code port}, against the same database, broker and identity provider
     * as the first (two replicas of one Deployment, as Kubernetes runs them), and returns once it is ready. It is
     * stopped by {@link #stopSecondInstance} or with the stack.
     */
    public void startSecondInstance(String module, int port) {
        StackConfig.Service s = service(module);
        Ports.requireFree(Map.of(module + " (second instance)", port));
        Child child = startService(s, port, module + "-2");
        secondInstances.put(module, child);
        String ready = "http://localhost:" + port + "/q/health/ready";
        awaitAll(new LinkedHashMap<>(Map.of(module + "-2", new Waiting(child, () -> Http.status(ready) == 200,
                config.serviceTimeout, "localhost:" + port))));
    }

    /** Stops a second instance as Kubernetes stops a pod: SIGTERM, then SIGKILL after the grace period. */
    public void stopSecondInstance(String module) {
        Child child = secondInstances.remove(module);
        if (child != null) {
            stop(child, STOP_GRACE);
        }
    }

    private Child startService(StackConfig.Service s) {
        return startService(s, config.servicePort(s), s.module);
    }

    private Child startService(StackConfig.Service s, int port, String name) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(s.database));
        env.put("QUARKUS_DATASOURCE_USERNAME", s.database);
        env.put("QUARKUS_DATASOURCE_PASSWORD", s.database);
        env.put("KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrap());
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", config.issuerUrl());
        env.put("QUARKUS_HTTP_CORS_ENABLED", "true");
        env.put("QUARKUS_HTTP_CORS_ORIGINS", String.join(",", config.corsOrigins));
        if (config.jsonLogs) {
            env.put("QUARKUS_LOG_CONSOLE_JSON", "true");
        }
        env.putAll(config.extraEnv.getOrDefault(s.module, Map.of()));
        List<String> cmd = new ArrayList<>();
        cmd.add(Kafka.javaExecutable());
        for (String opt : config.serviceJavaOptions.trim().split("\\s+")) {
            if (!opt.isEmpty()) {
                cmd.add(opt);
            }
        }
        cmd.add("-jar");
        cmd.add(config.serviceJar(s).toString());
        return Child.start(name, cmd, env, config.home.resolve("run").resolve(name),
                config.logs().resolve(name + ".log"));
    }

    private record Waiting(Child child, BooleanSupplier ready, Duration timeout, String where) {
    }

    /** Polls until all are ready; fails at the first that exits or times out, with the tail of its log. */
    private void awaitAll(Map<String, Waiting> pending) {
        Map<String, Long> since = new HashMap<>();
        long started = System.nanoTime();
        for (String name : pending.keySet()) {
            since.put(name, started);
        }
        long lastNote = System.nanoTime();
        Map<String, Waiting> left = new LinkedHashMap<>(pending);
        while (!left.isEmpty()) {
            if (closed) {
                throw new StackException("stopped while starting");
            }
            for (var it = left.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                Waiting w = e.getValue();
                if (w.ready().getAsBoolean()) {
                    out.accept(String.format("  %-18s ready  %-34s (%s)", e.getKey(), w.where(), seconds()));
                    it.remove();
                    continue;
                }
                if (!w.child().isAlive()) {
                    throw new StackException(e.getKey() + " exited with code " + w.child().exitValue()
                            + " while starting", w.child().log);
                }
                if (System.nanoTime() - since.get(e.getKey()) > w.timeout().toNanos()) {
                    throw new StackException(e.getKey() + " did not become healthy within "
                            + w.timeout().toSeconds() + " s", w.child().log);
                }
            }
            if (!left.isEmpty() && System.nanoTime() - lastNote > Duration.ofSeconds(15).toNanos()) {
                out.accept("  … waiting for " + String.join(", ", left.keySet()) + " (" + seconds() + ")");
                lastNote = System.nanoTime();
            }
            if (!left.isEmpty()) {
                Child.sleep(250);
            }
        }
    }

    private void writeState(String status) {
        StateFile.write(config.stateFile(), status, children(), config,
                "starting".equals(status) || "stopping".equals(status) ? null : upSeconds);
    }

    /** Stops everything: services, gateway, Keycloak, Kafka, PostgreSQL. Safe to call more than once. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        boolean inHook = Thread.currentThread() == shutdownHook;
        if (!parts.isEmpty() || gateway != null) {
            out.accept("Stopping the Gantry stack …");
            try {
                writeState("stopping");
            } catch (RuntimeException ignored) {
                // best effort
            }
        }
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        for (Child c : List.copyOf(secondInstances.values())) {
            stops.add(CompletableFuture.runAsync(() -> stop(c, STOP_GRACE)));
        }
        for (StackConfig.Service s : services) {
            Child c = parts.get(s.module);
            if (c != null) {
                stops.add(CompletableFuture.runAsync(() -> stop(c, STOP_GRACE)));
            }
        }
        stops.forEach(CompletableFuture::join);
        if (gateway != null) {
            gateway.close();
        }
        for (String part : List.of(KEYCLOAK, KAFKA, POSTGRES)) {
            Child c = parts.get(part);
            if (c != null) {
                stop(c, STOP_GRACE);
            }
        }
        for (Child c : children()) {
            c.stop(Duration.ofSeconds(2));
        }
        StateFile.delete(config.stateFile());
        if (!parts.isEmpty()) {
            out.accept("Stopped.");
        }
        if (!inHook && shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
    }

    /** SIGTERM, then SIGKILL after the grace period; PostgreSQL first gets SIGINT, its fast shutdown. */
    private static void stop(Child child, Duration grace) {
        if (POSTGRES.equals(child.name) && child.isAlive()) {
            Child.signal(child.pid(), "INT");
        }
        child.stop(grace);
    }

    /** Stops whatever a previous run left behind (a launcher that was killed, or a detached stack). */
    static boolean stopLeftovers(StateFile.State state, Consumer<String> out) {
        boolean any = false;
        List<StateFile.Proc> procs = new ArrayList<>(state.children());
        Collections.reverse(procs); // services first, PostgreSQL last
        // services before infrastructure
        procs.sort((a, b) -> Integer.compare(rank(a.name()), rank(b.name())));
        for (StateFile.Proc p : procs) {
            Optional<ProcessHandle> h = p.handle();
            if (h.isPresent()) {
                out.accept("  stopping " + p.name() + " (pid " + p.pid() + ") left from an earlier run");
                if ("postgres".equals(p.name())) {
                    Child.signal(p.pid(), "INT");
                }
                Child.stopTree(h.get(), Duration.ofSeconds(15));
                any = true;
            }
        }
        return any;
    }

    private static int rank(String name) {
        return switch (name) {
            case "keycloak" -> 1;
            case "kafka" -> 2;
            case "postgres" -> 3;
            default -> 0;
        };
    }

    private String seconds() {
        return String.format("%.1f s", (System.nanoTime() - t0) / 1e9);
    }

    private String display(Path p) {
        return StackException.display(config.root, p);
    }

    private static String readQuietly(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p).trim() : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static void writeQuietly(Path p, String s) {
        try {
            Files.writeString(p, s);
        } catch (java.io.IOException ignored) {
            // only an optimisation
        }
    }
}
