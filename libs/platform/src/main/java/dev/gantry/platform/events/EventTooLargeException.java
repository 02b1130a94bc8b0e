package dev.gantry.platform.events;

import dev.gantry.platform.errors.GantryException;
import dev.gantry.platform.errors.ProblemType;

/**
 * The change would publish an event larger than {@code gantry.outbox.max-record-size}. Thrown while the change's
 * transaction is open, so the change and all its events are rolled back: a record no consumer could be sent never
 * reaches the outbox.
 *
 * <p>422 rather than 413: the request itself may be small (a rename of a project whose event carries the whole
 * charter); what is too large is the result, so the client must make the change smaller, not the body.
 */
public class EventTooLargeException extends GantryException {

    public EventTooLargeException(String eventType, String key, long size, long limit) {
        super(ProblemType.EVENT_TOO_LARGE, "This change would publish a " + eventType + " event of " + size
                + " bytes for " + key + "; events are limited to " + limit
                + " bytes. Make the change in smaller parts");
    }
}
