package dev.gantry.projects.charter;

import dev.gantry.contracts.project.CharterDeliverable;
import dev.gantry.contracts.project.CharterKpi;
import dev.gantry.contracts.project.CharterObjective;
import dev.gantry.contracts.project.Money;
import dev.gantry.contracts.project.ProjectCharterUpdated;
import dev.gantry.contracts.project.Sponsor;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.errors.PreconditionFailedException;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.security.CurrentUser;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.projects.charter.domain.Charter;
import dev.gantry.projects.charter.domain.CharterContent;
import dev.gantry.projects.charter.persistence.CharterRepository;
import dev.gantry.projects.project.domain.Project;
import dev.gantry.projects.project.persistence.ProjectRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reading and replacing a project's charter. Every change publishes ProjectCharterUpdated through the outbox. */
@ApplicationScoped
@Transactional
public class CharterService {

    /** The charter after a PUT, and whether the PUT created it. */
    public record Saved(Charter charter, boolean created) {
    }

    private final CharterRepository charters;
    private final ProjectRepository projects;
    private final ProjectAuthorizer authorizer;
    private final CurrentUser user;
    private final EventPublisher events;
    private final Clock clock;

    CharterService(CharterRepository charters, ProjectRepository projects, ProjectAuthorizer authorizer,
                   CurrentUser user, EventPublisher events, Clock clock) {
        this.charters = charters;
        this.projects = projects;
        this.authorizer = authorizer;
        this.user = user;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Charter get(UUID projectId) {
        authorizer.require(projectId, ProjectPermission.READ);
        projects.require(projectId);
        return charters.findByIdOptional(projectId)
                .orElseThrow(() -> new NotFoundException("Charter of project", projectId));
    }

    /**
     * Creates or replaces the charter. Replacing needs If-Match with the charter's ETag; creating needs none (or
     * {@code If-Match: *} / {@code If-None-Match: *}). The project row is locked, so two first writers cannot both
     * create: the second one finds a charter and must name its version.
     */
    public Saved put(UUID projectId, String ifMatch, String ifNoneMatch, CharterContent content) {
        authorizer.require(projectId, ProjectPermission.MANAGE);
        Project project = projects.requireForUpdate(projectId);
        Charter charter = charters.findByIdOptional(projectId).orElse(null);
        if (charter == null) {
            if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.strip().equals("*")) {
                throw new PreconditionFailedException("(none: the project has no charter yet)");
            }
        } else if (ifNoneMatch != null && ifNoneMatch.strip().equals("*")) {
            throw new PreconditionFailedException(ETags.of(charter.version));
        } else {
            ETags.requireMatch(ifMatch, charter.version);
        }
        project.requireOpenFor("its charter", "Charters of closed or cancelled projects are kept as they were");
        List<FieldError> errors = Charter.check(content, project.startDate, project.budgetCurrency);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Instant now = clock.instant();
        if (charter == null) {
            charter = Charter.of(projectId, content, user.id(), now);
            charters.persistAndFlush(charter);
            publish(charter);
            return new Saved(charter, true);
        }
        if (charter.replace(content, user.id(), now)) {
            charters.flush();
            publish(charter);
        }
        return new Saved(charter, false);
    }

    private void publish(Charter charter) {
        CharterContent c = charter.content();
        events.publish(new ProjectCharterUpdated(charter.projectId, c.scopeStatement(),
                c.objectives().stream().map(o -> new CharterObjective(o.title(), o.description(),
                        o.kpis().stream().map(k -> new CharterKpi(k.name(), k.target(), k.unit(), k.dueDate(),
                                k.currentValue())).toList())).toList(),
                c.deliverables().stream().map(d -> new CharterDeliverable(d.name(), d.description(), d.dueDate(),
                        d.acceptanceCriteria())).toList(),
                c.inScope(), c.outOfScope(), c.constraints(), c.assumptions(),
                c.contingencyAmount() == null ? null : new Money(c.contingencyAmount(), c.contingencyCurrency()),
                c.sponsor() == null ? null : new Sponsor(c.sponsor().name(), c.sponsor().userId(), c.sponsor().email()),
                c.priority() == null ? null : c.priority().name(), c.plannedEndDate(),
                charter.version, charter.updatedAt));
    }
}
