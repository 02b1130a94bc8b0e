package dev.gantry.contracts;

/**
 * An event payload. Implementations are records annotated with {@link EventType}. The subject becomes the CloudEvents
 * {@code subject}; by default it is also the Kafka key and decides the partition, so all events of one aggregate
 * (usually a project) stay in order.
 */
public interface GantryEvent {

    String subject();

    /** The Kafka record key; a state record on a compacted topic has one key per entity, e.g. {@code <project>/task/<task>}. */
    default String key() {
        return subject();
    }

    /** The key that decides the partition and the order: records with the same partition key stay in order. */
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
