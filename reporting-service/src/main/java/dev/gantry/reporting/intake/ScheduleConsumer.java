package dev.gantry.reporting.intake;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.schedule.ScheduleDates;
import dev.gantry.contracts.schedule.ScheduleKeys;
import dev.gantry.contracts.schedule.ScheduleTask;
import dev.gantry.contracts.schedule.ScheduleVersion;
import dev.gantry.platform.events.EventInbox;
import dev.gantry.platform.events.KeyedRecords;
import dev.gantry.platform.events.PoisonEventException;
import dev.gantry.reporting.live.LiveUpdates;
import dev.gantry.reporting.status.StatusProjector;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/**
 * Reads the compacted schedules topic — each project's schedule version, its tasks as entered and their computed dates
 * — for project status and my work. Records are applied by key and version (a record delivered again changes nothing);
 * links and calendars are not needed here and are skipped. The live consumer takes a batch at a time (what one poll
 * returns): of each key only the batch's last record is applied, and all of them in one transaction
 * ({@link EventInbox#consumeKeyedBatch}); a rebuild hands records over one at a time ({@link #consume}).
 */
@ApplicationScoped
public class ScheduleConsumer {

    public static final String CHANNEL = "project-schedules";

    private final EventInbox inbox;
    private final StatusProjector status;
    private final LiveUpdates live;

    ScheduleConsumer(EventInbox inbox, StatusProjector status, LiveUpdates live) {
        this.inbox = inbox;
        this.status = status;
        this.live = live;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consumeBatch(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> wanted = KeyedRecords.inOrder(records).stream()
                .filter(ScheduleConsumer::wanted).toList();
        inbox.consumeKeyedBatch(CHANNEL, wanted, this::apply);
    }

    /** Applies one record in a transaction of its own (a rebuild from the topic). */
    public void consume(ConsumerRecord<String, String> record) {
        if (wanted(record)) {
            inbox.consumeKeyed(CHANNEL, record, this::apply);
        }
    }

    /** Links and calendars are skipped; a record whose key is not the topic's is kept, to be rejected. */
    private static boolean wanted(ConsumerRecord<String, String> record) {
        ScheduleKeys.Key key = ScheduleKeys.parse(record.key());
        return key == null || !(ScheduleKeys.LINK.equals(key.kind()) || ScheduleKeys.CALENDAR.equals(key.kind()));
    }

    private void apply(ConsumerRecord<String, String> record) {
        ScheduleKeys.Key key = ScheduleKeys.parse(record.key());
        if (key == null) {
            throw new PoisonEventException("Not a key of the schedules topic: " + record.key());
        }
        if (key.kind() == null) {
            if (record.value() != null) {
                status.scheduleVersion(KeyedRecords.read(record, ScheduleVersion.class));
                live.changed(key.projectId(), "schedule", GantryEvent.typeOf(ScheduleVersion.class));
            }
        } else if (ScheduleKeys.TASK.equals(key.kind())) {
            if (record.value() == null) {
                status.taskRemoved(key.projectId(), key.id());
            } else {
                status.scheduleTask(KeyedRecords.read(record, ScheduleTask.class));
            }
        } else if (ScheduleKeys.DATES.equals(key.kind())) {
            if (record.value() == null) {
                status.segmentRemoved(key.projectId(), key.segment());
            } else {
                status.scheduleDates(KeyedRecords.read(record, ScheduleDates.class));
            }
        }
    }
}
