package dev.gantry.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The CloudEvents {@code type} of an event record, e.g. {@code dev.gantry.project.created.v1}, and the topic it is
 * published on. A breaking change to a payload is a new type with a new version suffix.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    String value();

    String topic();
}
