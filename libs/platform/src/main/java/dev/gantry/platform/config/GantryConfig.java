package dev.gantry.platform.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.WithDefault;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings shared by every Gantry service, under {@code gantry.*}. */
@ConfigMapping(prefix = "gantry")
public interface GantryConfig {

    /** The settings, for code that CDI does not create (OpenAPI filters, static helpers). */
    static GantryConfig current() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(GantryConfig.class);
    }

    /** The service's name, e.g. {@code projects-service}: the CloudEvents source and the consumer group. */
    String serviceName();

    /** The service's own database on the PostgreSQL server; the default JDBC URL names it. */
    String databaseName();

    /**
     * The path every endpoint of the service starts with, e.g. {@code /api/projects}; platform endpoints such as the
     * outbox administration live under it.
     */
    String apiRoot();

    /**
     * Keep a replica of projects from project events and serve it at {@code {api-root}/projects/{id}} (read at build
     * time; the service includes the {@code db/replica} migrations).
     */
    @WithDefault("false")
    boolean projectReplica();

    Outbox outbox();

    Consumer consumer();

    Topics topics();

    Http http();

    Idempotency idempotency();

    interface Outbox {
        /** Publish outbox rows at all (switched off only by tools that load data without a broker). */
        @WithDefault("true")
        boolean enabled();

        /** How often the relay looks for rows even when no commit woke it: the safety net. */
        @WithDefault("1s")
        Duration pollInterval();

        /** How often, at most, the relay counts the pending, parked and held rows for its gauges. */
        @WithDefault("1s")
        Duration gaugeInterval();

        /** Rows the relay reads per transaction. */
        @WithDefault("500")
        int batchSize();

        /**
         * Rows of one partition key the relay sends before waiting for their acknowledgements. Larger windows move a
         * big change faster; the idempotent producer keeps them in order within the partition.
         */
        @WithDefault("256")
        int keyWindow();

        /**
         * Largest serialized payload plus key an event may have. Publishing a bigger one fails the change with
         * {@code EventTooLargeException}, so nothing reaches the outbox that a consumer could not be sent.
         */
        @WithDefault("256K")
        MemorySize maxRecordSize();

        /** Longest pause between attempts while the broker is unreachable. */
        @WithDefault("10s")
        Duration maxBackoff();

        /** How long shutdown waits for the batch in flight to be acknowledged before interrupting the relay. */
        @WithDefault("10s")
        Duration drainTimeout();

        /** Published rows are kept this long (for audit and replay), then deleted. */
        @WithDefault("P7D")
        Duration retention();
    }

    interface Consumer {
        /** Attempts for an event whose handling fails for a reason other than an unreachable database. */
        @WithDefault("3")
        int maxAttempts();

        @WithDefault("200ms")
        Duration backoff();
    }

    interface Topics {
        /** Create the platform's topics at start-up when they are missing (Strimzi manages them in Kubernetes). */
        @WithDefault("true")
        boolean create();

        @WithDefault("3")
        int partitions();

        /** Replication factor of created topics; empty means the broker's default. */
        Optional<Short> replicationFactor();

        /**
         * {@code retention.ms} of the event topics it creates: -1, kept for ever (the default), so that a read model
         * can always be rebuilt by replaying them from the beginning. The compacted schedules topic keeps the latest
         * record per key whatever this says; dead-letter topics keep theirs from {@code Topics.CATALOGUE}.
         */
        @WithDefault("-1")
        long eventRetentionMs();
    }

    interface Http {
        /** Largest accepted request body; larger ones get 413 problem+json. */
        @WithDefault("1M")
        MemorySize maxBodySize();

        /** Paths that accept file uploads, with {@link #maxUploadSize()} instead of {@link #maxBodySize()}. */
        Optional<List<String>> uploadPaths();

        @WithDefault("25M")
        MemorySize maxUploadSize();

        /**
         * The URL clients reach the service at (scheme, host, port: {@code https://gantry.example.com}). When set,
         * every URL the service hands out (Location headers, calendar subscription URLs) starts with it, whatever
         * Host header a request came with; when empty, they start with the request's own scheme and host, which is
         * only safe behind a proxy that sets them (see docs/operations.md).
         */
        Optional<URI> publicUrl();
    }

    interface Idempotency {
        /** How long a response is replayed for a repeated Idempotency-Key. */
        @WithDefault("PT24H")
        Duration retention();
    }
}
