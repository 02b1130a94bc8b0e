package dev.gantry.reporting;

import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;

/** The tests' Kafka client, made on first use (after the test resources started) and closed when the JVM ends. */
final class Broker {

    private static KafkaTestClient kafka;

    private Broker() {
    }

    static synchronized KafkaTestClient kafka() {
        if (kafka == null) {
            kafka = new KafkaTestClient(GantryTestResources.kafka());
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close));
        }
        return kafka;
    }
}
