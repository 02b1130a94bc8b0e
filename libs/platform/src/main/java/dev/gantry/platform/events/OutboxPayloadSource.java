package dev.gantry.platform.events;

import java.util.Collection;
import java.util.Map;

/**
 * Where the relay reads the payload of an outbox row written with a reference instead of a copy
 * ({@link Outgoing#stored}): a service that already stores a record's JSON in a table of its own names the row there,
 * and the bytes are written once. A bean of this type per source; its {@link #name()} is the part of a reference
 * before the first {@code ':'}.
 *
 * <p>The source must keep a referenced payload until the relay has published the row: {@link #published} tells it
 * when. A payload the source no longer has is one a later record of the same key superseded or removed (and the
 * relay publishes that one after it): the relay then sends nothing for the row and marks it published.
 */
public interface OutboxPayloadSource {

    /** The name references of this source start with, before the {@code ':'}. */
    String name();

    /**
     * The payloads of these references (the part after the {@code ':'}), in the relay's transaction. A reference whose
     * payload the source no longer holds is left out of the map.
     */
    Map<String, String> payloads(Collection<String> references);

    /** These references' rows are published (the broker acknowledged them), in the relay's transaction. */
    void published(Collection<String> references);
}
