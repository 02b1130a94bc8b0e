package dev.gantry.testing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A single-node combined (broker + controller) KRaft Kafka broker running inside this JVM.
 *
 * <p>The listener ports are chosen once and written into the configuration, and the log directory is kept
 * across {@link #stop()} / {@link #start()}: a restarted broker comes back on the same bootstrap address with
 * the same topics, records and committed offsets, so clients that were connected before reconnect by
 * themselves. While stopped, nothing listens on the port and clients get "connection refused".
 *
 * <p>Returns a handle of JDK types (see {@link SharedServices}): {@code bootstrapServers}, {@code start},
 * {@code stop}, {@code close} (Runnables) and {@code running} (a BooleanSupplier).
 */
public final class KafkaLauncher {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    /** Server-side loggers that are very chatty at INFO; client loggers are left alone. */
    private static final List<Logger> QUIETED = new ArrayList<>();

    private final Path dir;
    private final Properties config;
    private final String bootstrapServers;
    private KafkaRaftServer server;
    private boolean closed;

    private KafkaLauncher(Path dir, int port, int controllerPort) {
        this.dir = dir;
        this.bootstrapServers = "127.0.0.1:" + port;
        this.config = config(dir.resolve("data"), port, controllerPort);
    }

    public static Map<String, Object> launch() {
        quietServerLogging();
        neverKillTheJvm();
        Path dir = TempDirs.create("gantry-kafka-");
        try {
            int[] ports = freePorts(2);
            KafkaLauncher broker = new KafkaLauncher(dir, ports[0], ports[1]);
            broker.format();
            broker.start();
            BooleanSupplier running = broker::isRunning;
            Runnable start = broker::start;
            Runnable stop = broker::stop;
            Runnable close = broker::close;
            return Map.of("bootstrapServers", broker.bootstrapServers, "start", start, "stop", stop,
                    "close", close, "running", running, "kind", "in-jvm-kraft");
        } catch (RuntimeException | Error e) {
            TempDirs.deleteQuietly(dir);
            throw e;
        }
    }

    private static Properties config(Path logDir, int port, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("log.dirs", logDir.toString());
        p.setProperty("metadata.log.dir", logDir.toString());
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("num.partitions", "3");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "5");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "5");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.num.partitions", "5");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // controlled.shutdown.enable stays true: without it the restarted broker waits for its old session to
        // time out (broker.session.timeout.ms, 9 s) before it is unfenced; with it a restart takes about 1 s.
        // Keep the broker light: the test JVM also runs a Quarkus application.
        p.setProperty("num.network.threads", "2");
        p.setProperty("num.io.threads", "4");
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        p.setProperty("log.cleaner.threads", "1");
        return p;
    }

    private void format() {
        String logDir = config.getProperty("log.dirs");
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDir))
                    .setMetadataLogDirectory(Optional.of(logDir))
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format the Kafka log directory " + logDir, e);
        }
    }

    synchronized void start() {
        ContextClassLoader.withOwn(this::doStart);
    }

    private void doStart() {
        if (closed) {
            throw new IllegalStateException("Kafka broker " + bootstrapServers + " was closed");
        }
        if (server != null) {
            return;
        }
        KafkaRaftServer s = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
        try {
            s.startup(); // returns once the broker is registered with its controller and unfenced
            server = s;
            awaitReady();
        } catch (RuntimeException e) {
            server = null;
            shutdownQuietly(s);
            throw new IllegalStateException("Kafka broker on " + bootstrapServers + " did not start", e);
        }
    }

    synchronized void stop() {
        if (server == null) {
            return;
        }
        KafkaRaftServer s = server;
        server = null;
        ContextClassLoader.withOwn(() -> {
            s.shutdown();
            s.awaitShutdown();
        });
    }

    synchronized boolean isRunning() {
        return server != null;
    }

    synchronized void close() {
        if (closed) {
            return;
        }
        try {
            stop();
        } finally {
            closed = true;
            TempDirs.deleteQuietly(dir);
        }
    }

    /** Waits until the broker answers a metadata request on its client listener. */
    private void awaitReady() {
        Properties p = new Properties();
        p.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.setProperty(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        p.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, String.valueOf(READY_TIMEOUT.toMillis()));
        try (Admin admin = Admin.create(p)) {
            int brokers = admin.describeCluster().nodes().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
            if (brokers != 1) {
                throw new IllegalStateException("Expected 1 broker, metadata lists " + brokers);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka broker on " + bootstrapServers + " is not answering", e);
        }
    }

    private static void shutdownQuietly(KafkaRaftServer s) {
        try {
            s.shutdown();
            s.awaitShutdown();
        } catch (RuntimeException e) {
            System.err.println("gantry-testing: Kafka shutdown after a failed start failed too: " + e);
        }
    }

    /** Finds distinct free ports on the loopback interface (all held open at once so they differ). */
    static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket();
                sockets.add(socket);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find free ports", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // nothing to do
                }
            }
        }
    }

    /**
     * Kafka halts the process on fatal errors (e.g. a metadata fault). Inside a test JVM that would kill the
     * whole test run without a report, so such requests are logged instead; the test then fails on its own.
     */
    private static void neverKillTheJvm() {
        Exit.setHaltProcedure((status, message) -> System.err.println(
                "gantry-testing: the in-JVM Kafka broker asked to halt the JVM (status " + status + "): " + message));
        Exit.setExitProcedure((status, message) -> System.err.println(
                "gantry-testing: the in-JVM Kafka broker asked to exit the JVM (status " + status + "): " + message));
    }

    private static synchronized void quietServerLogging() {
        if (!QUIETED.isEmpty()) {
            return;
        }
        for (String name : List.of("kafka", "state.change.logger", "org.apache.kafka.server",
                "org.apache.kafka.controller", "org.apache.kafka.raft", "org.apache.kafka.image",
                "org.apache.kafka.metadata", "org.apache.kafka.storage", "org.apache.kafka.coordinator",
                "org.apache.kafka.queue", "org.apache.kafka.snapshot", "org.apache.kafka.network",
                "org.apache.kafka.security", "org.apache.kafka.common.network",
                "org.apache.kafka.clients.admin", "org.apache.kafka.common.utils.AppInfoParser",
                "org.apache.kafka.common.metrics")) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            QUIETED.add(logger); // keep a strong reference, or the level is lost when the logger is collected
        }
    }
}
