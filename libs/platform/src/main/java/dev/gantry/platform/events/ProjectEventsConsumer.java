package dev.gantry.platform.events;

import io.quarkus.arc.All;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Comparator;
import java.util.List;

/**
 * The one consumer of projects-service's events in a service: every record of the {@value #CHANNEL} channel goes
 * through the {@link EventInbox} (once per event, retries, dead letters) to every {@link ProjectEventHandler} bean of
 * the service, in their {@link ProjectEventHandler#order() order}; the events of one poll are applied in one
 * transaction ({@link EventInbox#consumeBatch}).
 *
 * <p>It exists in a service whose configuration declares the channel
 * ({@code mp.messaging.incoming.project-events.connector=smallrye-kafka} with its topic, its dead-letter topic and
 * {@code batch=true}), so a
 * service that does not consume project events (projects-service itself) has no such consumer.
 */
@ApplicationScoped
@IfBuildProperty(name = "mp.messaging.incoming." + ProjectEventsConsumer.CHANNEL + ".connector",
        stringValue = "smallrye-kafka")
public class ProjectEventsConsumer {

    public static final String CHANNEL = "project-events";

    private final EventInbox inbox;
    private final List<ProjectEventHandler> handlers;

    ProjectEventsConsumer(EventInbox inbox, @All List<ProjectEventHandler> handlers) {
        this.inbox = inbox;
        this.handlers = handlers.stream()
                .sorted(Comparator.comparingInt(ProjectEventHandler::order)
                        .thenComparing(handler -> handler.getClass().getName()))
                .toList();
    }

    /**
     * The live consumer: a batch at a time (what one poll returns), applied in one transaction
     * ({@link EventInbox#consumeBatch}); the channel is configured with {@code batch=true}.
     */
    @Incoming(CHANNEL)
    @Blocking
    public void consumeBatch(ConsumerRecords<String, String> records) {
        inbox.consumeBatch(CHANNEL, KeyedRecords.inOrder(records), this::wanted, this::handle);
    }

    /** Applies one record in a transaction of its own (a rebuild from the topic). */
    public void consume(ConsumerRecord<String, String> record) {
        inbox.consume(CHANNEL, record, this::wanted, this::handle);
    }

    private boolean wanted(String type) {
        for (ProjectEventHandler handler : handlers) {
            if (handler.handles(type)) {
                return true;
            }
        }
        return false;
    }

    private void handle(IncomingEvent event) {
        for (ProjectEventHandler handler : handlers) {
            handler.handle(event);
        }
    }

    /** The handlers in the order they run: what the service does with a project event. */
    public List<ProjectEventHandler> handlers() {
        return handlers;
    }
}
