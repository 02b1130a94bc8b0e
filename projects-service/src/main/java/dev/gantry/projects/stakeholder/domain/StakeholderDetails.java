package dev.gantry.projects.stakeholder.domain;

/** Everything said about a stakeholder; a new entry is made of it, and a change names which parts it sets. */
public record StakeholderDetails(StakeholderKind kind, String name, String organisation, String role, String email,
                                 String phone, Integer interest, Integer influence, Engagement currentEngagement,
                                 Engagement desiredEngagement, CommunicationPlan communication) {
}
