package dev.gantry.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    @Test
    void survivesAnOutageWithItsDataAndClientsReconnect() throws Exception {
        long t0 = System.nanoTime();
        try (KafkaBroker broker = KafkaBroker.launch();
                KafkaTestClient client = new KafkaTestClient(broker)) {
            System.out.printf("Kafka ready in %d ms at %s%n", ms(t0), broker.bootstrapServers());
            assertTrue(broker.isRunning());

            broker.createTopic("outage", 1, false);
            broker.createTopic("compacted", 2, true);
            List<String> expectedAfterRestart;

            // Clients that are connected before the outage and must carry on after it.
            try (KafkaProducer<String, String> producer = producer(broker);
                    KafkaConsumer<String, String> consumer = consumer(broker, "outage-group")) {
                ProducerRecord<String, String> before = new ProducerRecord<>("outage", "k1", "before");
                before.headers().add("ce_type", "Before".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                producer.send(before).get(30, TimeUnit.SECONDS);
                consumer.subscribe(List.of("outage"));
                List<ConsumerRecord<String, String>> consumed = new ArrayList<>();
                pollUntil(consumer, consumed, 1);
                consumer.commitSync();
                assertEquals("before", consumed.get(0).value());

                long t1 = System.nanoTime();
                broker.stop();
                System.out.printf("Kafka stopped in %d ms%n", ms(t1));
                assertFalse(broker.isRunning());
                int port = Integer.parseInt(broker.bootstrapServers().substring(broker.bootstrapServers().indexOf(':') + 1));
                assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close(),
                        "nothing may listen on the broker port during the outage");

                // A send during the outage is not acknowledged. Kafka 4 clients "rebootstrap" once no broker
                // answers and forget topic metadata, so the send may also fail after max.block.ms instead of
                // staying buffered; both are what a real outage looks like.
                Future<RecordMetadata> during = producer.send(new ProducerRecord<>("outage", "k2", "during"));
                Exception duringOutage = assertThrows(Exception.class, () -> during.get(2, TimeUnit.SECONDS));
                assertTrue(duringOutage instanceof TimeoutException
                        || duringOutage.getCause() instanceof org.apache.kafka.common.errors.TimeoutException,
                        duringOutage.toString());

                long t2 = System.nanoTime();
                broker.start();
                System.out.printf("Kafka restarted in %d ms%n", ms(t2));
                assertTrue(broker.isRunning());

                List<String> expected = new ArrayList<>(List.of("before"));
                boolean buffered = delivered(during); // a buffered record is delivered after reconnecting
                if (buffered) {
                    expected.add("during");
                }
                System.out.println("Record sent during the outage: " + (buffered ? "delivered after restart"
                        : "failed after max.block.ms (client rebootstrapped)"));
                expected.add("after");
                producer.send(new ProducerRecord<>("outage", "k3", "after")).get(30, TimeUnit.SECONDS);

                pollUntil(consumer, consumed, expected.size());
                assertEquals(expected, consumed.stream().map(ConsumerRecord::value).toList());
                consumer.commitSync();
                expectedAfterRestart = expected;
            }

            // Data survived: records, topic configuration and committed offsets.
            List<ConsumerRecord<String, String>> all = client.readAll("outage");
            assertEquals(expectedAfterRestart, all.stream().map(ConsumerRecord::value).toList());
            assertEquals("Before", KafkaTestClient.header(all.get(0), "ce_type"));
            assertEquals(null, KafkaTestClient.header(all.get(1), "ce_type"));
            try (Admin admin = broker.admin()) {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("outage-group")
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                assertEquals(expectedAfterRestart.size(), offsets.get(new TopicPartition("outage", 0)).offset());
                TopicDescription compacted = admin.describeTopics(List.of("compacted")).allTopicNames()
                        .get(30, TimeUnit.SECONDS).get("compacted");
                assertEquals(2, compacted.partitions().size());
                String policy = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, "compacted")))
                        .all().get(30, TimeUnit.SECONDS).values().iterator().next().get("cleanup.policy").value();
                assertEquals("compact", policy);
            }
        }
    }

    @Test
    void testClientAwaitsRecordsAndExplainsTimeouts() {
        try (KafkaBroker broker = KafkaBroker.launch();
                KafkaTestClient client = new KafkaTestClient(broker)) {
            assertEquals(List.of(), client.readAll("does-not-exist"));
            assertFalse(broker.topics().contains("does-not-exist"), "reading must not create topics");

            // Auto-created topic with the broker default of 3 partitions.
            for (int i = 0; i < 6; i++) {
                client.send("events", "p-" + i, "{\"n\":" + i + "}", Map.of("ce_type", i % 2 == 0 ? "Even" : "Odd"));
            }
            assertEquals(6, client.readAll("events").size());
            List<ConsumerRecord<String, String>> even = client.awaitRecords("events",
                    r -> "Even".equals(KafkaTestClient.header(r, "ce_type")), 3, Duration.ofSeconds(10));
            assertEquals(3, even.size());

            AssertionError error = assertThrows(AssertionError.class, () -> client.awaitRecords("events",
                    r -> "Missing".equals(KafkaTestClient.header(r, "ce_type")), 1, Duration.ofMillis(500)));
            assertTrue(error.getMessage().contains("found 0 among 6 record(s) seen"), error.getMessage());
            assertTrue(error.getMessage().contains("ce_type=Odd"), error.getMessage());
        }
    }

    @Test
    void testClientWaitsUntilAConsumerGroupHasCommittedPastARecord() {
        try (KafkaBroker broker = KafkaBroker.launch();
                KafkaTestClient client = new KafkaTestClient(broker);
                KafkaConsumer<String, String> consumer = consumer(broker, "committing")) {
            RecordMetadata first = client.send("commits", "k", "first");
            RecordMetadata second = client.send("commits", "k", "second");
            TopicPartition partition = new TopicPartition("commits", first.partition());
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            pollUntil(consumer, new ArrayList<>(), 2);
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(first.offset() + 1)));

            client.awaitCommitted("committing", first, Duration.ofSeconds(10));
            AssertionError error = assertThrows(AssertionError.class,
                    () -> client.awaitCommitted("committing", second, Duration.ofMillis(500)));
            assertTrue(error.getMessage().contains("has not consumed commits-" + second.partition() + "@"
                    + second.offset()), error.getMessage());
            assertTrue(error.getMessage().contains("its committed offset there is " + second.offset()),
                    error.getMessage());
        }
    }

    private static KafkaProducer<String, String> producer(KafkaBroker broker) {
        Properties p = new Properties();
        p.setProperty(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.setProperty(ProducerConfig.ACKS_CONFIG, "all");
        p.setProperty(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        p.setProperty(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "120000");
        p.setProperty(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(KafkaBroker broker, String group) {
        Properties p = new Properties();
        p.setProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.setProperty(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.setProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    private static void pollUntil(KafkaConsumer<String, String> consumer, List<ConsumerRecord<String, String>> into,
            int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (into.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Consumed only " + into.size() + " of " + count + " records: " + into);
            }
            consumer.poll(Duration.ofMillis(200)).forEach(into::add);
        }
    }

    private static boolean delivered(Future<RecordMetadata> send) {
        try {
            send.get(30, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
