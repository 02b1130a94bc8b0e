package dev.gantry.projects.meeting.domain;

import java.time.LocalDate;

/** A decision taken in a meeting: what was decided, by whom and when. */
public record Decision(String text, String decidedBy, LocalDate decidedOn) {
}
