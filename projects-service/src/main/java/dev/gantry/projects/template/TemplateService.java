package dev.gantry.projects.template;

import dev.gantry.contracts.project.ProjectTemplateApplied;
import dev.gantry.contracts.project.ProjectTemplateDeleted;
import dev.gantry.contracts.project.ProjectTemplateSaved;
import dev.gantry.contracts.project.TemplateEntry;
import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.platform.http.ETags;
import dev.gantry.projects.project.ProjectService;
import dev.gantry.projects.project.ProjectTemplates;
import dev.gantry.projects.project.domain.Project;
import dev.gantry.projects.project.domain.ProjectType;
import dev.gantry.projects.schedule.DependencyService;
import dev.gantry.projects.schedule.Rescheduler;
import dev.gantry.projects.schedule.TaskInput;
import dev.gantry.projects.schedule.TaskService;
import dev.gantry.projects.schedule.domain.LinkType;
import dev.gantry.projects.template.domain.ProjectTemplate;
import dev.gantry.projects.template.domain.TemplateDefinition;
import dev.gantry.projects.template.persistence.TemplateRepository;
import dev.gantry.scheduling.model.Lag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Project templates: the built-in ones come with the database, admins and the PMO keep their own. A new project
 * created from a template gets its WBS through the schedule's use cases, in the same transaction.
 */
@ApplicationScoped
@Transactional
public class TemplateService implements ProjectTemplates {

    /** Working minutes of one working day on the default calendar. */
    static final long MINUTES_PER_DAY = 480;

    /** What a template is made of; the code is null on an update. */
    public record TemplateInput(String code, String name, String description, ProjectType projectType,
                                String riskChecklist, TemplateDefinition definition) {
    }

    private final TemplateRepository templates;
    private final ProjectService projects;
    private final Rescheduler rescheduler;
    private final TaskService taskService;
    private final DependencyService dependencies;
    private final EventPublisher events;
    private final Clock clock;

    TemplateService(TemplateRepository templates, ProjectService projects, Rescheduler rescheduler,
                    TaskService taskService, DependencyService dependencies, EventPublisher events, Clock clock) {
        this.templates = templates;
        this.projects = projects;
        this.rescheduler = rescheduler;
        this.taskService = taskService;
        this.dependencies = dependencies;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProjectTemplate> list() {
        return templates.all();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectTemplate get(String code) {
        return find(code);
    }

    public ProjectTemplate create(TemplateInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.code() == null || input.code().isBlank()) {
            errors.add(FieldError.body("/code", "must not be blank"));
        }
        errors.addAll(TemplateValidator.validate(input.definition(), "/definition"));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (templates.findByCode(input.code()).isPresent()) {
            throw new ConflictException("A template with code " + input.code() + " exists",
                    List.of("Choose another code or change the existing template"));
        }
        ProjectTemplate template = ProjectTemplate.create(input.code(), clock.instant());
        apply(template, input);
        templates.persistAndFlush(template);
        events.publish(new ProjectTemplateSaved(entry(template, input.definition()), true, template.createdAt));
        return template;
    }

    public ProjectTemplate update(String code, String ifMatch, TemplateInput input) {
        ProjectTemplate template = find(code);
        ETags.requireMatch(ifMatch, template.version);
        List<FieldError> errors = new ArrayList<>();
        if (input.code() != null && !input.code().equals(code)) {
            errors.add(FieldError.body("/code", "the code of a template cannot change"));
        }
        errors.addAll(TemplateValidator.validate(input.definition(), "/definition"));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        apply(template, input);
        template.updatedAt = clock.instant();
        templates.flush();
        events.publish(new ProjectTemplateSaved(entry(template, input.definition()), false, template.updatedAt));
        return template;
    }

    public void delete(String code, String ifMatch) {
        ProjectTemplate template = find(code);
        ETags.requireMatch(ifMatch, template.version);
        if (template.builtIn) {
            throw new ConflictException("Template " + code + " is built in and cannot be deleted",
                    List.of("Built-in templates can be changed but not deleted"));
        }
        templates.delete(template);
        events.publish(new ProjectTemplateDeleted(code, clock.instant()));
    }

    /**
     * CreateProject from a template: the project (its type from the command), then the template's phases as summary
     * tasks, their tasks and milestones, and the dependencies; the schedule is computed from the project's start.
     * Publishes ProjectTemplateApplied after ProjectCreated.
     */
    @Override
    public Project createProject(String code, ProjectService.CreateProject command) {
        ProjectTemplate template = templates.findByCode(code).orElseThrow(() -> new ValidationException(
                FieldError.body("/templateCode", "no template with code " + code)));
        TemplateDefinition definition = template.definition;
        Project project = projects.create(command);
        rescheduler.change(project.id, change -> {
            Map<String, UUID> ids = new HashMap<>();
            for (TemplateDefinition.Phase phase : definition.phasesOrEmpty()) {
                List<TemplateDefinition.TemplateTask> tasks = phase.tasks() == null ? List.of() : phase.tasks();
                UUID phaseId = taskService.createTask(change,
                        task(phase.name(), null, 0, tasks.isEmpty() ? Boolean.FALSE : null), null).id;
                ids.put(phase.key(), phaseId);
                for (TemplateDefinition.TemplateTask t : tasks) {
                    boolean milestone = Boolean.TRUE.equals(t.milestone());
                    ids.put(t.key(), taskService.createTask(change,
                            task(t.name(), phaseId, minutes(t.durationDays()), milestone), null).id);
                }
            }
            for (TemplateDefinition.Dependency d : definition.dependenciesOrEmpty()) {
                dependencies.createLink(change, ids.get(d.predecessor()), ids.get(d.successor()),
                        d.type() == null ? LinkType.FS : d.type(), minutes(d.lagDays()), Lag.LagUnit.WORKING_MINUTES);
            }
            return null;
        });
        events.publish(new ProjectTemplateApplied(project.id, template.code, template.riskChecklist,
                project.type.name(), clock.instant()));
        return project;
    }

    private static TaskInput task(String name, UUID parentId, long minutes, Boolean milestone) {
        return new TaskInput(Set.of("name", "parentId", "durationMinutes", "milestone"), name,
                parentId, minutes, milestone, null, null, null, null, null, null, null, null, null, null, null);
    }

    static long minutes(BigDecimal days) {
        return days == null ? 0 : days.multiply(BigDecimal.valueOf(MINUTES_PER_DAY)).longValue();
    }

    private static void apply(ProjectTemplate template, TemplateInput input) {
        template.name = input.name().strip();
        template.description = input.description();
        template.projectType = input.projectType();
        template.riskChecklist = input.riskChecklist();
        template.definition = input.definition();
    }

    private static TemplateEntry entry(ProjectTemplate template, TemplateDefinition definition) {
        List<TemplateDefinition.TemplateTask> tasks = definition.phasesOrEmpty().stream()
                .flatMap(p -> p.tasks() == null ? java.util.stream.Stream.empty() : p.tasks().stream())
                .toList();
        int milestones = (int) tasks.stream().filter(t -> Boolean.TRUE.equals(t.milestone())).count();
        return new TemplateEntry(template.code, template.name, template.description, template.projectType.name(),
                template.riskChecklist, template.builtIn, definition.phasesOrEmpty().size(), tasks.size(),
                milestones, definition.dependenciesOrEmpty().size(), template.version);
    }

    private ProjectTemplate find(String code) {
        return templates.findByCode(code).orElseThrow(() -> new NotFoundException("Template", code));
    }
}
