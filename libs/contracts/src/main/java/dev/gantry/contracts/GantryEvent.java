package dev.gantry.contracts;

/**
 * An event payload. Implementations are records annotated with {@link EventType}. The subject becomes the CloudEvents
 * {@code subject} and the Kafka key, so all events of one aggregate (usually a project) stay in order.
 */
public interface GantryEvent {

    String subject();

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
