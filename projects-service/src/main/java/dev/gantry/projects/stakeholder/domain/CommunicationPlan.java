package dev.gantry.projects.stakeholder.domain;

/** How and how often the project talks to a stakeholder, and who on the project does it ({@code owner}, optional). */
public record CommunicationPlan(CommunicationChannel channel, CommunicationFrequency frequency, String owner) {
}
