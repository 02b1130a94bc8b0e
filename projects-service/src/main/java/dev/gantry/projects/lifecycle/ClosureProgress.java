package dev.gantry.projects.lifecycle;

import java.util.UUID;

/**
 * What the lifecycle shows about a CLOSING project's closure: CLOSING → CLOSED happens only through a closure request,
 * and the gates show where that request stands. Implemented by the closure feature.
 */
public interface ClosureProgress {

    /** One sentence: why the project is not closed yet and what it waits for (or what to do next). */
    String blocker(UUID projectId);
}
