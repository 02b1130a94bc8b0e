package dev.gantry.projects.lesson.domain;

/** How much the experience mattered to the project. */
public enum LessonImpact {
    LOW,
    MEDIUM,
    HIGH
}
