package dev.gantry.projects.meeting.domain;

/** One point of a meeting's agenda, in the order of the agenda. */
public record AgendaItem(String title, String presenter, Integer minutesAllotted) {
}
