package dev.gantry.bench.ceiling;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/** One plain Kafka producer, sending without waiting for the acknowledgement (the services' relay does not block a request either). */
@ApplicationScoped
public class CeilingEvents {

    static final String TOPIC = "gantry.bench.ceiling";

    private final KafkaProducer<String, String> producer;

    CeilingEvents(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 1),
                new StringSerializer(), new StringSerializer());
    }

    void send(ProducerRecord<String, String> record) {
        producer.send(record);
    }

    @PreDestroy
    void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
