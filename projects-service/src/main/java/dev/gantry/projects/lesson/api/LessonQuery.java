package dev.gantry.projects.lesson.api;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.projects.lesson.domain.LessonCategory;
import dev.gantry.projects.lesson.domain.LessonImpact;
import dev.gantry.projects.lesson.domain.LessonOutcome;
import dev.gantry.projects.lesson.persistence.LessonRepository;
import dev.gantry.projects.project.domain.ProjectType;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/** The query parameters of a lesson search, shared by the project's list and the search across projects. */
public class LessonQuery {

    @Parameter(description = "Words to find in the title, text, recommendation or tags. Web search syntax:"
            + " \"quoted phrase\", or, -excluded. Words match their variants (outage finds outages).",
            example = "firewall outage")
    @Size(max = 200)
    @QueryParam("q")
    String q;

    @QueryParam("category")
    LessonCategory category;

    @QueryParam("outcome")
    LessonOutcome outcome;

    @QueryParam("impact")
    LessonImpact impact;

    @Parameter(description = "Only lessons with this tag (case-insensitive)", example = "firewall")
    @Size(max = 50)
    @QueryParam("tag")
    String tag;

    @Parameter(description = "Page number from 0")
    @QueryParam("page")
    Integer page;

    @Parameter(description = "Page size, 1–200 (default 20)")
    @QueryParam("size")
    Integer size;

    @Parameter(description = "field,asc|desc; fields: relevance (only with q), createdAt, updatedAt, title, impact."
            + " Default: relevance,desc with q, else createdAt,desc")
    @QueryParam("sort")
    List<String> sort;

    LessonRepository.Filter filter(ProjectType projectType) {
        return new LessonRepository.Filter(null, null, q, category, outcome, impact, tag, projectType);
    }

    PageRequest pageRequest() {
        boolean text = q != null && !q.isBlank();
        if (!text && sort != null && sort.stream().anyMatch(s -> s.strip().startsWith("relevance"))) {
            throw new ValidationException(FieldError.parameter("sort", "relevance needs a text to rank by (q)"));
        }
        return PageRequest.of(page, size, sort, LessonRepository.SORTABLE,
                text ? "relevance,desc" : "createdAt,desc");
    }
}
