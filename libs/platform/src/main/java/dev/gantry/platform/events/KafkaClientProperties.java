package dev.gantry.platform.events;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code kafka.*} settings of the application (bootstrap servers, TLS, SASL…) as Kafka client properties, so that
 * the platform's own clients connect exactly like the messaging channels do. The one place that reads configuration
 * without a {@code @ConfigMapping}: {@code kafka.*} is open-ended (any Kafka client property, passed through as is),
 * which a mapping cannot enumerate.
 */
final class KafkaClientProperties {

    /**
     * Every setting of Kafka's producer, consumer and admin client: only those are passed on, so that Quarkus' own
     * {@code kafka.devservices.*} or {@code kafka.health.*}, or KAFKA_HOME and KAFKA_HEAP_OPTS on a broker's machine,
     * never reach a client as unknown settings.
     */
    private static final Set<String> CLIENT_SETTINGS = new HashSet<>();

    static {
        CLIENT_SETTINGS.addAll(ProducerConfig.configNames());
        CLIENT_SETTINGS.addAll(ConsumerConfig.configNames());
        CLIENT_SETTINGS.addAll(AdminClientConfig.configNames());
    }

    private KafkaClientProperties() {
    }

    static Map<String, Object> fromConfig() {
        Config config = ConfigProvider.getConfig();
        Map<String, Object> properties = new HashMap<>();
        Map<String, String> fromEnvironment = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("kafka.")) {
                String key = name.substring("kafka.".length());
                if (CLIENT_SETTINGS.contains(key)) {
                    config.getOptionalValue(name, String.class).ifPresent(value -> properties.put(key, value));
                }
            } else if (name.startsWith("KAFKA_") && name.equals(name.toUpperCase(Locale.ROOT))) {
                // An environment variable such as KAFKA_SASL_JAAS_CONFIG (how Kubernetes hands over a KafkaUser's
                // secret): sasl.jaas.config, as the messaging channels read it too.
                String key = name.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
                if (CLIENT_SETTINGS.contains(key)) {
                    config.getOptionalValue(name, String.class).ifPresent(value -> fromEnvironment.put(key, value));
                }
            }
        }
        fromEnvironment.forEach(properties::putIfAbsent);
        return properties;
    }

    /**
     * {@link #fromConfig()} for a producer of the platform's own (the outbox relay, dead letters): string keys and
     * values, every replica's acknowledgement, and the client id given.
     */
    static Map<String, Object> forStringProducer(String clientId) {
        Map<String, Object> properties = fromConfig();
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return properties;
    }
}
