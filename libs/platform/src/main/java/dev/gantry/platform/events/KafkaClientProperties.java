package dev.gantry.platform.events;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code kafka.*} settings of the application (bootstrap servers, TLS, SASL…) as Kafka client properties, so that
 * the platform's own clients connect exactly like the messaging channels do. The one place that reads configuration
 * without a {@code @ConfigMapping}: {@code kafka.*} is open-ended (any Kafka client property, passed through as is),
 * which a mapping cannot enumerate.
 */
final class KafkaClientProperties {

    private KafkaClientProperties() {
    }

    static Map<String, Object> fromConfig() {
        Config config = ConfigProvider.getConfig();
        Map<String, Object> properties = new HashMap<>();
        Map<String, String> fromEnvironment = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("kafka.") && !name.startsWith("kafka.devservices")
                    && !name.startsWith("kafka.health") && !name.startsWith("kafka.snappy")) {
                config.getOptionalValue(name, String.class)
                        .ifPresent(value -> properties.put(name.substring("kafka.".length()), value));
            } else if (name.startsWith("KAFKA_") && name.equals(name.toUpperCase(Locale.ROOT))) {
                // An environment variable such as KAFKA_SASL_JAAS_CONFIG (how Kubernetes hands over a KafkaUser's
                // secret): sasl.jaas.config, as the messaging channels read it too.
                String key = name.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
                config.getOptionalValue(name, String.class).ifPresent(value -> fromEnvironment.put(key, value));
            }
        }
        fromEnvironment.forEach(properties::putIfAbsent);
        return properties;
    }
}
