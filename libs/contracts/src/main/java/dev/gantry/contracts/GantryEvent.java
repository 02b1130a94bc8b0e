package dev.gantry.contracts;

/**
 * An event payload. Implementations are records annotated with {@link EventType}. The subject becomes the CloudEvents
 * {@code subject} and, unless an event says otherwise, the Kafka key and the partition key, so all events of one
 * aggregate (usually a project) stay in order.
 */
public interface GantryEvent {

    String subject();

    /**
     * The Kafka record key. On a compacted topic it names the state the record replaces, e.g.
     * {@code <projectId>/task/<taskId>}; a tombstone with the same key deletes it.
     */
    default String key() {
        return subject();
    }

    /**
     * The key that decides the partition, and so the order: records with the same partition key land on the same
     * partition in outbox order whatever their {@link #key()}. Records keyed {@code <projectId>/task/<taskId>} keep
     * the partition key {@code <projectId>} to stay in order with the project's other records.
     */
    default String partitionKey() {
        return subject();
    }

    static String typeOf(Class<? extends GantryEvent> eventClass) {
        return annotationOf(eventClass).value();
    }

    static String topicOf(Class<? extends GantryEvent> eventClass) {
        return annotationOf(eventClass).topic();
    }

    private static EventType annotationOf(Class<? extends GantryEvent> eventClass) {
        EventType annotation = eventClass.getAnnotation(EventType.class);
        if (annotation == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not annotated with @EventType");
        }
        return annotation;
    }
}
