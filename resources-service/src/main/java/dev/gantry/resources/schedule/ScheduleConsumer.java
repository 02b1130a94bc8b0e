package dev.gantry.resources.schedule;

import dev.gantry.platform.events.EventInbox;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/**
 * Reads the compacted schedules topic into the {@link ScheduleReplica},
 * each poll's records in one transaction ({@link EventInbox#consumeKeyedBatch}: a record that fails on its own is
 * dead-lettered alone).
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
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeKeyedBatch(CHANNEL, batch, replica::apply);
    }
}
