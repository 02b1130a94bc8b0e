package dev.gantry.projects.lesson.domain;

/** Whether the lesson comes from something to repeat or something to avoid. */
public enum LessonOutcome {
    WENT_WELL,
    WENT_BADLY
}
