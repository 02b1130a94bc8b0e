package dev.gantry.contracts.project;

import java.util.UUID;

/**
 * One entry of a project's stakeholder register. {@code interest} and {@code influence} are 1–5; {@code quadrant}
 * is derived from them (MANAGE_CLOSELY, KEEP_SATISFIED, KEEP_INFORMED, MONITOR).
 */
public record StakeholderEntry(
        UUID stakeholderId,
        String kind,
        String name,
        String organisation,
        String role,
        String email,
        String phone,
        int interest,
        int influence,
        String quadrant,
        String currentEngagement,
        String desiredEngagement,
        CommunicationPlan communication,
        long version) {

    /** How and how often the project talks to the stakeholder, and who does it. */
    public record CommunicationPlan(String channel, String frequency, String owner) {
    }
}
