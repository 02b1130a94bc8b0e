package dev.gantry.resources.time;

import java.util.List;
import java.util.UUID;

/**
 * Time entries of a project were approved in the current transaction: their hours are now actual hours. A CDI event,
 * so that time need not know how actual cost is recorded.
 */
public record TimeApproved(UUID projectId, List<UUID> entryIds) {
}
