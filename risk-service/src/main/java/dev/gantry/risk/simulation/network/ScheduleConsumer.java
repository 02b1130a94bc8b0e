package dev.gantry.risk.simulation.network;

import dev.gantry.platform.events.EventInbox;
import dev.gantry.platform.events.KeyedRecords;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the compacted schedules topic into {@link ScheduleRecords} a batch at a time (what one poll returns): of each
 * key only the batch's last record is applied, and all of them in one transaction
 * ({@link EventInbox#consumeKeyedBatch}).
 */
@ApplicationScoped
public class ScheduleConsumer {

    public static final String CHANNEL = "project-schedules";

    private final EventInbox inbox;
    private final ScheduleRecords records;

    ScheduleConsumer(EventInbox inbox, ScheduleRecords records) {
        this.inbox = inbox;
        this.records = records;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> batch) {
        inbox.consumeKeyedBatch(CHANNEL, KeyedRecords.inOrder(batch), records::apply);
    }
}
