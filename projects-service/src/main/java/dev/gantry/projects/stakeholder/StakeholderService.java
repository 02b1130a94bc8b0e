package dev.gantry.projects.stakeholder;

import dev.gantry.contracts.project.StakeholderAdded;
import dev.gantry.contracts.project.StakeholderEntry;
import dev.gantry.contracts.project.StakeholderRemoved;
import dev.gantry.contracts.project.StakeholderUpdated;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.projects.project.domain.Project;
import dev.gantry.projects.project.persistence.ProjectRepository;
import dev.gantry.projects.stakeholder.domain.CommunicationPlan;
import dev.gantry.projects.stakeholder.domain.Stakeholder;
import dev.gantry.projects.stakeholder.domain.StakeholderDetails;
import dev.gantry.projects.stakeholder.persistence.StakeholderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The stakeholder register of a project. Members with write access keep it; every change is published. */
@ApplicationScoped
@Transactional
public class StakeholderService {

    private final StakeholderRepository stakeholders;
    private final ProjectRepository projects;
    private final ProjectAuthorizer authorizer;
    private final EventPublisher events;
    private final Clock clock;

    StakeholderService(StakeholderRepository stakeholders, ProjectRepository projects, ProjectAuthorizer authorizer,
                       EventPublisher events, Clock clock) {
        this.stakeholders = stakeholders;
        this.projects = projects;
        this.authorizer = authorizer;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Stakeholder> list(UUID projectId, StakeholderRepository.Filter filter, PageRequest page) {
        authorizer.require(projectId, ProjectPermission.READ);
        project(projectId);
        return stakeholders.search(projectId, filter, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Stakeholder get(UUID projectId, UUID stakeholderId) {
        authorizer.require(projectId, ProjectPermission.READ);
        return find(projectId, stakeholderId);
    }

    public Stakeholder add(UUID projectId, StakeholderDetails details) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        requireOpen(project(projectId));
        Instant now = clock.instant();
        Stakeholder stakeholder = Stakeholder.add(projectId, details, now);
        stakeholders.persistAndFlush(stakeholder);
        events.publish(new StakeholderAdded(projectId, entry(stakeholder), now));
        return stakeholder;
    }

    /** Sets the named fields; needs If-Match with the entry's ETag. Publishes StakeholderUpdated if anything changed. */
    public Stakeholder update(UUID projectId, UUID stakeholderId, String ifMatch, StakeholderDetails details,
                              Set<String> fields) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        Stakeholder stakeholder = find(projectId, stakeholderId);
        ETags.requireMatch(ifMatch, stakeholder.version);
        requireOpen(project(projectId));
        List<String> changed = stakeholder.change(details, fields, clock.instant());
        if (changed.isEmpty()) {
            return stakeholder;
        }
        stakeholders.flush();
        events.publish(new StakeholderUpdated(projectId, entry(stakeholder), changed, stakeholder.updatedAt));
        return stakeholder;
    }

    public void remove(UUID projectId, UUID stakeholderId, String ifMatch) {
        authorizer.require(projectId, ProjectPermission.WRITE);
        Stakeholder stakeholder = find(projectId, stakeholderId);
        ETags.requireMatch(ifMatch, stakeholder.version);
        requireOpen(project(projectId));
        stakeholders.delete(stakeholder);
        events.publish(new StakeholderRemoved(projectId, stakeholderId, clock.instant()));
    }

    private Project project(UUID projectId) {
        return projects.require(projectId);
    }

    private Stakeholder find(UUID projectId, UUID stakeholderId) {
        project(projectId);
        return stakeholders.findInProject(projectId, stakeholderId)
                .orElseThrow(() -> new NotFoundException("Stakeholder", stakeholderId));
    }

    private static void requireOpen(Project project) {
        project.requireOpenFor("its stakeholder register",
                "Registers of closed or cancelled projects are kept as they were");
    }

    private static StakeholderEntry entry(Stakeholder s) {
        CommunicationPlan plan = s.communication();
        return new StakeholderEntry(s.id, s.kind.name(), s.name, s.organisation, s.role, s.email, s.phone,
                s.interest, s.influence, s.quadrant().name(),
                s.currentEngagement == null ? null : s.currentEngagement.name(),
                s.desiredEngagement == null ? null : s.desiredEngagement.name(),
                plan == null ? null : new StakeholderEntry.CommunicationPlan(plan.channel().name(),
                        plan.frequency() == null ? null : plan.frequency().name(), plan.owner()),
                s.version);
    }
}
