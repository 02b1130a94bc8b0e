package dev.gantry.scheduling.error;

/** Base of every error the scheduling engine raises; a service maps its subtypes to HTTP problems. */
public abstract class SchedulingException extends RuntimeException {

    protected SchedulingException(String message) {
        super(message);
    }
}
