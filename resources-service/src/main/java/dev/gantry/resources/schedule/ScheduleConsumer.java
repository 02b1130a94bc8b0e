package dev.gantry.resources.schedule;

import dev.gantry.platform.events.EventInbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads the compacted schedules topic into the {@link ScheduleReplica}, each record in a transaction of its own. */
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
    public void consume(ConsumerRecord<String, String> record) {
        inbox.consumeKeyed(CHANNEL, record, replica::apply);
    }
}
