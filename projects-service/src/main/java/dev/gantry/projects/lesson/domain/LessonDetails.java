package dev.gantry.projects.lesson.domain;

import java.util.List;

/** What a person writes down as a lesson; everything but who recorded it and when. */
public record LessonDetails(
        String title,
        LessonOutcome outcome,
        LessonCategory category,
        LessonImpact impact,
        String description,
        String recommendation,
        List<String> tags) {
}
