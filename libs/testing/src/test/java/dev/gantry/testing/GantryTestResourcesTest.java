package dev.gantry.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class GantryTestResourcesTest {

    @Test
    void sharesOneSetOfServicesPerJvmAndReturnsQuarkusConfig() throws Exception {
        long t0 = System.nanoTime();
        GantryTestResources resources = new GantryTestResources();
        Map<String, String> config = resources.start();
        System.out.printf("GantryTestResources (PostgreSQL + Kafka + key) ready in %d ms%n",
                (System.nanoTime() - t0) / 1_000_000);

        assertEquals(Set.of("quarkus.datasource.jdbc.url", "quarkus.datasource.username",
                "quarkus.datasource.password", "kafka.bootstrap.servers", "quarkus.oidc.public-key",
                "quarkus.oidc.token.issuer", "quarkus.oidc.auth-server-url"), config.keySet());
        assertEquals(GantryTestResources.postgres().jdbcUrl(), config.get("quarkus.datasource.jdbc.url"));
        assertEquals(GantryTestResources.kafka().bootstrapServers(), config.get("kafka.bootstrap.servers"));
        assertEquals(TestTokens.publicKeyBase64(), config.get("quarkus.oidc.public-key"));
        assertEquals(TestTokens.ISSUER, config.get("quarkus.oidc.token.issuer"));
        assertEquals("", config.get("quarkus.oidc.auth-server-url"));

        // stop() (called on every Quarkus app restart) keeps the services; start() again reuses them and heals a
        // broker that a test left stopped.
        resources.stop();
        GantryTestResources.kafka().stop();
        assertEquals(config, new GantryTestResources().start());
        assertTrue(GantryTestResources.kafka().isRunning());
        try (Connection c = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"))) {
            assertTrue(c.isValid(5));
        }
    }
}
