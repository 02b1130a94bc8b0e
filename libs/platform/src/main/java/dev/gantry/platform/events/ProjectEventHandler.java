package dev.gantry.platform.events;

/**
 * Something a service does with projects-service's events ({@code gantry.projects.v1}): keep a replica, build a
 * read model, answer a closure request. Implement it as a CDI bean and {@link ProjectEventsConsumer} calls it for every
 * event, once, inside the transaction that records the event as processed; a handler that throws rolls back every
 * handler's effect for that event, and the event is retried (see {@link EventInbox}).
 *
 * <p>A handler ignores the events it has no use for ({@code event.as(Type.class)} is empty for other types), and
 * says which types it takes ({@link #handles}): an event that none of a service's handlers takes is acknowledged
 * without a transaction or an inbox row, which matters because most of the topic's records (tasks added, schedules
 * changed) concern few services.
 */
public interface ProjectEventHandler {

    /** Copies of projects-service's state (memberships, projects): first, so the others can read them. */
    int REPLICA = 0;
    /** The service's own read models and reactions. */
    int READ_MODEL = 100;
    /** Answers built from the replicas and read models, such as closure answers: last. */
    int ANSWER = 200;

    void handle(IncomingEvent event);

    /**
     * Whether this handler does anything with events of this CloudEvents type; {@code true} (every type) unless a
     * handler narrows it. It must answer {@code true} for every type {@link #handle} acts on.
     */
    default boolean handles(String type) {
        return true;
    }

    /** When this handler runs among a service's handlers for the same event: lower first, then by class name. */
    default int order() {
        return READ_MODEL;
    }
}
