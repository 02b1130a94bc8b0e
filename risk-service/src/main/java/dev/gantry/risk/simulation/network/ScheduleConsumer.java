package dev.gantry.risk.simulation.network;

import dev.gantry.platform.events.EventInbox;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/**
 * Reads the compacted schedules topic into {@link ScheduleRecords},
 * each poll's records in one transaction ({@link EventInbox#consumeKeyedBatch}: a record that fails on its own is
 * dead-lettered alone).
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
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeKeyedBatch(CHANNEL, batch, records::apply);
    }
}
