package dev.gantry.platform.events;

/** An event that kept failing; it is sent to the dead-letter topic with this message as the reason. */
public class EventRejectedException extends RuntimeException {

    public EventRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
