package dev.gantry.risk.simulation.network;

import dev.gantry.platform.events.EventInbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads the compacted schedules topic into {@link ScheduleRecords}, each record in a transaction of its own. */
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
    public void consume(ConsumerRecord<String, String> record) {
        inbox.consumeKeyed(CHANNEL, record, records::apply);
    }
}
