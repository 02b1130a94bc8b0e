package dev.gantry.projects.lesson.domain;

/** The area of project work a lesson is about; the knowledge areas a PMO files lessons under. */
public enum LessonCategory {
    SCOPE,
    SCHEDULE,
    COST,
    QUALITY,
    RESOURCES,
    RISK,
    COMMUNICATION,
    STAKEHOLDERS,
    TECHNICAL,
    VENDOR,
    PROCESS,
    OTHER
}
