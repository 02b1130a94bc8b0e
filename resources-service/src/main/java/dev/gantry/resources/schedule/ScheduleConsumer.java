package dev.gantry.resources.schedule;

import dev.gantry.platform.events.EventInbox;
import dev.gantry.platform.events.KeyedRecords;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the compacted schedules topic into the {@link ScheduleReplica} a batch at a time (what one poll returns): of
 * each key only the batch's last record is applied, and all of them in one transaction
 * ({@link EventInbox#consumeKeyedBatch}).
 */
@ApplicationScoped
public class ScheduleConsumer {

    public static final String CHANNEL = "project-schedules";

    private final EventInbox inbox;
    private final ScheduleReplica replica;

    ScheduleConsumer(EventInbox inbox, ScheduleReplica replica) {
        this.inbox = inbox;
        this.replica = replica;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.consumeKeyedBatch(CHANNEL, KeyedRecords.inOrder(records), replica::apply);
    }
}
