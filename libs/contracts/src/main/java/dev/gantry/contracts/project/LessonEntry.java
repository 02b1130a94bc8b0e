package dev.gantry.contracts.project;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A lesson learned, as carried by the lesson events.
 *
 * @param outcome  WENT_WELL or WENT_BADLY
 * @param category SCOPE, SCHEDULE, COST, QUALITY, RESOURCES, RISK, COMMUNICATION, STAKEHOLDERS, TECHNICAL,
 *                 VENDOR, PROCESS or OTHER
 * @param impact   LOW, MEDIUM or HIGH
 */
public record LessonEntry(
        UUID lessonId,
        String title,
        String outcome,
        String category,
        String impact,
        String description,
        String recommendation,
        List<String> tags,
        String recordedBy,
        Instant recordedAt,
        long version) {
}
