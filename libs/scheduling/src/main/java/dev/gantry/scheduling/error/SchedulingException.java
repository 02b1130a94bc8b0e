package dev.gantry.scheduling.error;

/** Base of every error the scheduling engine raises; a service maps its subtypes to HTTP problems. */
public abstract class SchedulingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected SchedulingException(String message) {
        super(message);
    }
}
