package dev.gantry.projects.lesson.api;

import dev.gantry.projects.lesson.LessonService;
import dev.gantry.projects.lesson.domain.Lesson;
import dev.gantry.projects.lesson.domain.LessonDetails;
import dev.gantry.projects.lesson.domain.LessonImpact;
import dev.gantry.projects.project.domain.Project;

final class LessonMapper {

    private LessonMapper() {
    }

    static LessonDetails toDetails(LessonRequest body) {
        return new LessonDetails(body.title(), body.outcome(), body.category(),
                body.impact() == null ? LessonImpact.MEDIUM : body.impact(), body.description(),
                body.recommendation(), body.tags());
    }

    static LessonResponse toResponse(Lesson l) {
        return new LessonResponse(l.id, l.projectId, l.title, l.outcome.name(), l.category.name(), l.impact.name(),
                l.description, l.recommendation, l.tagList(), l.recordedBy, l.createdAt, l.updatedAt, l.version);
    }

    static LessonSearchHit toHit(LessonService.Found found) {
        Project p = found.project();
        return new LessonSearchHit(toResponse(found.lesson()),
                new LessonSearchHit.ProjectSummary(p.id, p.name, p.type.name(), p.status.name()));
    }
}
