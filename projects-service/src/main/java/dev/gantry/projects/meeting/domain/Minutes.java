package dev.gantry.projects.meeting.domain;

import java.time.Instant;

/** The minutes of a meeting, with who recorded them last and when. */
public record Minutes(String text, String recordedByUserId, String recordedByName, Instant recordedAt) {
}
