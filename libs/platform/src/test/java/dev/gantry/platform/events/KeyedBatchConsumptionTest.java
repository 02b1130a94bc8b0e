package dev.gantry.platform.events;

import dev.gantry.contracts.Topics;
import dev.gantry.platform.config.GantryConfig;
import dev.gantry.platform.fixture.FixtureDatabase;
import dev.gantry.platform.fixture.KeyedBatchConsumer;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;

import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link EventInbox#consumeKeyedBatch} through a consumer of a keyed topic in batches and the real broker: the records
 * a poll returns are applied in one transaction, in order; a record that cannot be applied is dead-lettered alone and
 * the others of its batch still apply, in order.
 */
@QuarkusTest
@WithTestResource(value = GantryTestResources.class, scope = TestResourceScope.GLOBAL)
class KeyedBatchConsumptionTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int RECORDS = 40;

    @Inject
    GantryConfig config;

    @Test
    void theRecordsOfAPollAreAppliedTogetherAndInOrder() {
        String key = "batch-" + UUID.randomUUID();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            values.add("v" + i);
        }
        sendAtOnce(key, values);

        await().atMost(WAIT).until(() -> applied(key).size() == RECORDS);
        assertThat(applied(key)).as("every record once, in the partition's order").containsExactlyElementsOf(values);
        long transactions = FixtureDatabase.count("select count(distinct tx) from fixture_keyed where record_key = ?",
                key);
        assertThat(transactions).as("records that arrived together share a transaction").isLessThan(RECORDS);
    }

    @Test
    void aRecordThatCannotBeAppliedIsDeadLetteredAloneAndTheRestOfItsBatchApplies() {
        String key = "poisoned-" + UUID.randomUUID();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            values.add(i == RECORDS / 2 ? KeyedBatchConsumer.POISON : "v" + i);
        }
        List<RecordMetadata> sent = sendAtOnce(key, values);
        RecordMetadata poison = sent.get(RECORDS / 2);

        List<String> expected = values.stream().filter(v -> !KeyedBatchConsumer.POISON.equals(v)).toList();
        await().atMost(WAIT).until(() -> applied(key).size() == expected.size());
        assertThat(applied(key)).containsExactlyElementsOf(expected);

        try (KafkaTestClient kafka = new KafkaTestClient(GantryTestResources.kafka())) {
            String deadLetterTopic = Topics.deadLetter(config.serviceName());
            kafka.awaitRecords(deadLetterTopic, r -> key.equals(r.key()), 1, WAIT);
            List<ConsumerRecord<String, String>> dead = kafka.readAll(deadLetterTopic).stream()
                    .filter(r -> key.equals(r.key())).toList();
            assertThat(dead).as("only the poison record, once").hasSize(1);
            assertThat(dead.get(0).value()).isEqualTo(KeyedBatchConsumer.POISON);
            assertThat(header(dead.get(0), "dead-letter-reason"))
                    .isEqualTo("Fixture poison at offset " + poison.offset());
            assertThat(header(dead.get(0), "dead-letter-offset")).isEqualTo(String.valueOf(poison.offset()));
        }
    }

    /** Sends the records in one go (one produce request), so that the consumer's next poll returns them together. */
    private static List<RecordMetadata> sendAtOnce(String key, List<String> values) {
        Map<String, Object> properties = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, GantryTestResources.kafka().bootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 500,
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(),
                new StringSerializer())) {
            List<Future<RecordMetadata>> futures = new ArrayList<>();
            values.forEach(v -> futures.add(producer.send(new ProducerRecord<>(KeyedBatchConsumer.TOPIC, key, v))));
            producer.flush();
            List<RecordMetadata> sent = new ArrayList<>();
            for (Future<RecordMetadata> future : futures) {
                sent.add(future.get());
            }
            return sent;
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + KeyedBatchConsumer.TOPIC, e);
        }
    }

    private static List<String> applied(String key) {
        try (Connection connection = GantryTestResources.postgres().connect();
             PreparedStatement query = connection.prepareStatement(
                     "select value from fixture_keyed where record_key = ? order by id")) {
            query.setString(1, key);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
