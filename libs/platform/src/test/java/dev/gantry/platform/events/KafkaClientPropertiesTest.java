package dev.gantry.platform.events;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's own Kafka clients (outbox relay, topic replayer, topic initializer) take the same settings as the
 * messaging channels, including those Kubernetes hands over as environment variables (KAFKA_SASL_JAAS_CONFIG from a
 * KafkaUser's secret), and an explicit {@code kafka.*} property wins over the environment.
 */
class KafkaClientPropertiesTest {

    @Test
    void kafkaSettingsComeFromPropertiesAndFromTheEnvironment() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of("kafka.bootstrap.servers", "from-properties:9092",
                        "kafka.health.enabled", "true", "quarkus.http.port", "8080"), "test", 250))
                .withSources(new EnvConfigSource(Map.of("KAFKA_SASL_JAAS_CONFIG", "ScramLoginModule required;",
                        "KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "KAFKA_BOOTSTRAP_SERVERS", "from-env:9093",
                        "KAFKA_HEAP_OPTS", "-Xmx1g", "HOME", "/home/gantry"), 300) {
                })
                .build();
        // A class loader of its own, so that this configuration is the only one registered for it.
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        ClassLoader loader = new URLClassLoader(new URL[0], previous);
        ConfigProviderResolver resolver = ConfigProviderResolver.instance();
        resolver.registerConfig(config, loader);
        Thread.currentThread().setContextClassLoader(loader);
        try {
            Map<String, Object> properties = KafkaClientProperties.fromConfig();
            assertThat(properties).containsEntry("sasl.jaas.config", "ScramLoginModule required;")
                    .containsEntry("security.protocol", "SASL_SSL")
                    .doesNotContainKeys("health.enabled", "home", "http.port", "heap.opts");
            // The environment overrides the properties file for a known name, as everywhere in Quarkus.
            assertThat(properties).containsEntry("bootstrap.servers", "from-env:9093");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            resolver.releaseConfig(config);
        }
    }
}
