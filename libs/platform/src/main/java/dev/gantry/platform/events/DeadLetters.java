package dev.gantry.platform.events;

import dev.gantry.platform.config.GantryConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one record of a batch-consuming channel to the channel's dead-letter topic, as the connector's
 * {@code failure-strategy=dead-letter-queue} does for a channel that takes records one at a time: same key, value and
 * headers, plus {@code dead-letter-reason}, {@code dead-letter-cause}, {@code dead-letter-exception-class-name},
 * {@code dead-letter-topic}, {@code dead-letter-partition} and {@code dead-letter-offset}. A batch cannot be handed to
 * the connector for that (it would dead-letter the whole batch, not the one record that failed).
 *
 * <p>The topic is the channel's {@code mp.messaging.incoming.<channel>.dead-letter-queue.topic}. The send is awaited;
 * while the broker does not take it, it is retried (the batch, and with it the partition, waits), so a rejected record
 * is never dropped.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private final GantryConfig config;
    private Producer<String, String> producer;

    DeadLetters(GantryConfig config) {
        this.config = config;
    }

    /** Dead-letters {@code record} of {@code channel} for {@code reason}; returns once the broker has it. */
    public void send(String channel, ConsumerRecord<String, String> record, Throwable reason) {
        String topic = ConfigProvider.getConfig()
                .getOptionalValue("mp.messaging.incoming." + channel + ".dead-letter-queue.topic", String.class)
                .orElse("dead-letter-topic-" + channel);
        ProducerRecord<String, String> dead = new ProducerRecord<>(topic, null, record.key(), record.value());
        for (Header header : record.headers()) {
            dead.headers().add(header.key(), header.value());
        }
        add(dead, "dead-letter-reason", reason.getMessage());
        if (reason.getCause() != null) {
            add(dead, "dead-letter-cause", reason.getCause().getMessage());
        }
        add(dead, "dead-letter-exception-class-name", reason.getClass().getName());
        add(dead, "dead-letter-topic", record.topic());
        add(dead, "dead-letter-partition", Integer.toString(record.partition()));
        add(dead, "dead-letter-offset", Long.toString(record.offset()));
        long backoff = 250;
        while (true) {
            try {
                producer().send(dead).get(30, TimeUnit.SECONDS);
                LOG.warnf("Dead-lettered record %s of %s-%d@%d to %s: %s", record.key(), record.topic(),
                        record.partition(), record.offset(), topic, reason.getMessage());
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while dead-lettering " + record.key(), e);
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                LOG.warnf("Could not dead-letter record %s to %s (%s); retrying in %d ms", record.key(), topic,
                        e.getMessage(), backoff);
                close();
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while dead-lettering " + record.key(), interrupted);
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }

    private static void add(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> properties = KafkaClientProperties.forStringProducer(
                    config.serviceName() + "-dead-letters");
            properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
            properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
            properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
            producer = new KafkaProducer<>(properties);
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(1));
            } catch (RuntimeException e) {
                LOG.debug("Closing the dead-letter producer failed", e);
            }
            producer = null;
        }
    }
}
