package dev.gantry.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.gantry.testing.internal.SharedServices;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The test resources of every Gantry service test suite: a real PostgreSQL, a real Kafka broker and the test
 * signing key, each started once per JVM and stopped at JVM exit.
 *
 * <pre>{@code
 * @QuarkusTest
 * @QuarkusTestResource(value = GantryTestResources.class, restrictToAnnotatedClass = false)
 * class ProjectsApiTest { ... }
 * }</pre>
 *
 * <p>{@link #stop()} deliberately keeps the services running: Quarkus calls it whenever it restarts the
 * application (e.g. for another test profile), and restarting PostgreSQL and Kafka each time would only cost
 * time. A JVM shutdown hook stops them and removes their data.
 */
public class GantryTestResources implements QuarkusTestResourceLifecycleManager {

    /** Config keys returned by {@link #start()}. */
    public static final String DATASOURCE_URL = "quarkus.datasource.jdbc.url";
    public static final String DATASOURCE_USERNAME = "quarkus.datasource.username";
    public static final String DATASOURCE_PASSWORD = "quarkus.datasource.password";
    public static final String KAFKA_BOOTSTRAP_SERVERS = "kafka.bootstrap.servers";
    public static final String OIDC_PUBLIC_KEY = "quarkus.oidc.public-key";
    public static final String OIDC_ISSUER = "quarkus.oidc.token.issuer";
    public static final String OIDC_AUTH_SERVER_URL = "quarkus.oidc.auth-server-url";

    /** The shared PostgreSQL server (started on first use). Tests that {@code stop()} it must {@code start()} it again. */
    public static PostgresServer postgres() {
        return PostgresServer.fromHandle(SharedServices.get(SharedServices.POSTGRES));
    }

    /** The shared Kafka broker (started on first use). Tests that {@code stop()} it must {@code start()} it again. */
    public static KafkaBroker kafka() {
        return KafkaBroker.fromHandle(SharedServices.get(SharedServices.KAFKA));
    }

    @Override
    public Map<String, String> start() {
        PostgresServer postgres = postgres();
        postgres.start(); // no-op when running; heals a server an earlier test left stopped
        KafkaBroker kafka = kafka();
        kafka.start(); // no-op when running; heals a broker an earlier test left stopped
        Map<String, String> config = new LinkedHashMap<>();
        config.put(DATASOURCE_URL, postgres.jdbcUrl());
        config.put(DATASOURCE_USERNAME, postgres.username());
        config.put(DATASOURCE_PASSWORD, postgres.password());
        config.put(KAFKA_BOOTSTRAP_SERVERS, kafka.bootstrapServers());
        config.put(OIDC_PUBLIC_KEY, TestTokens.publicKeyBase64());
        config.put(OIDC_ISSUER, TestTokens.ISSUER);
        // Empty means "not set" for SmallRye Config and overrides application.properties: with a public key
        // and no server URL quarkus-oidc verifies tokens locally and attempts no discovery.
        config.put(OIDC_AUTH_SERVER_URL, "");
        return config;
    }

    /** Keeps the shared services running; see the class comment. */
    @Override
    public void stop() {
        // stopped by the JVM shutdown hook of SharedServices
    }
}
