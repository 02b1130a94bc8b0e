package dev.gantry.local;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A single-node KRaft Kafka broker (combined broker and controller) in its own JVM, with the jars of
 * {@code org.apache.kafka:kafka_2.13} that the build copied to {@code deploy/local/target/kafka}.
 * Topics may be auto-created; the services also create theirs at start.
 */
final class Kafka {

    private final StackConfig config;
    private final Path dir;

    Kafka(StackConfig config) {
        this.config = config;
        this.dir = config.data().resolve("kafka");
    }

    Child start() {
        if (!Files.isDirectory(config.kafkaLibs) || !Files.exists(config.kafkaLibs.resolve(kafkaJarName()))) {
            throw new StackException("the Kafka jars are missing in " + config.kafkaLibs
                    + "; build the launcher first: ./mvnw -q -DskipTests package -pl deploy/local -am");
        }
        StackConfig.ensureDir(dir);
        Path props = dir.resolve("server.properties");
        Path logDir = dir.resolve("log");
        try {
            Files.writeString(props, serverProperties(logDir));
        } catch (IOException e) {
            throw new StackException("could not write " + props + ": " + e.getMessage());
        }
        Path log = config.logs().resolve("kafka.log");
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            Child format = Child.start("kafka-storage-format", java("kafka.tools.StorageTool", "format",
                    "-t", clusterId(), "-c", props.toString(), "--ignore-formatted"), Map.of(), dir,
                    config.logs().resolve("kafka-format.log"));
            int code = format.waitFor(Duration.ofSeconds(120));
            if (code != 0) {
                throw new StackException("formatting the Kafka storage failed (exit " + code + ")", format.log);
            }
        }
        return Child.start("kafka", java("kafka.Kafka", props.toString()), Map.of(), dir, log);
    }

    /** Ready when the port answers and the broker logged that it started. */
    boolean isReady(Child kafka) {
        if (!Ports.isListening(config.kafkaPort())) {
            return false;
        }
        String tail = kafka.tail(400);
        return tail.contains("Kafka Server started") || tail.contains("started (kafka.server.KafkaRaftServer)");
    }

    private List<String> java(String mainClass, String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of(javaExecutable(),
                "-Xms256m", "-Xmx512m", "-XX:+UseParallelGC",
                "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=warn",
                "-Dorg.slf4j.simpleLogger.log.kafka=info",
                "-Dorg.slf4j.simpleLogger.log.state.change.logger=warn",
                "-cp", config.kafkaLibs.resolve("*").toString(), mainClass));
        cmd.addAll(List.of(args));
        return cmd;
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private String serverProperties(Path logDir) {
        int port = config.kafkaPort();
        int cport = config.kafkaControllerPort();
        return String.join("\n",
                "# Written by ./gantry at each start: a single combined KRaft node for the local stack.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + cport,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + cport,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logDir,
                "auto.create.topics.enable=true",
                "num.partitions=3",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=10",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.retention.hours=168",
                "log.segment.bytes=67108864",
                "num.network.threads=2",
                "num.io.threads=2",
                "num.recovery.threads.per.data.dir=1",
                "") ;
    }

    private static String kafkaJarName() {
        String v = StackConfig.buildProperties().getProperty("kafka.version", "4.1.2");
        return "kafka_2.13-" + v + ".jar";
    }

    /** A Kafka cluster id: 16 random bytes, URL-safe base64 without padding, not starting with '-'. */
    static String clusterId() {
        while (true) {
            UUID u = UUID.randomUUID();
            ByteBuffer b = ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }
}
