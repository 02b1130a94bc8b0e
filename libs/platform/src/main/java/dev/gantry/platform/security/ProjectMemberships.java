package dev.gantry.platform.security;

import dev.gantry.contracts.project.Member;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads and writes project memberships (the source in projects-service, the replica elsewhere). */
@ApplicationScoped
public class ProjectMemberships implements PanacheRepositoryBase<ProjectMembership, ProjectMembership.Key> {

    public Optional<ProjectMembership> find(UUID projectId, String userId) {
        return findByIdOptional(new ProjectMembership.Key(projectId, userId));
    }

    public List<ProjectMembership> ofProject(UUID projectId) {
        return list("projectId", io.quarkus.panache.common.Sort.by("username"), projectId);
    }

    /** The projects the user is a member of, in any role. */
    public List<UUID> projectsOf(String userId) {
        return getEntityManager().createQuery("select m.projectId from ProjectMembership m where m.userId = :user",
                UUID.class).setParameter("user", userId).getResultList();
    }

    /** Inserts or updates a membership. */
    public ProjectMembership upsert(UUID projectId, Member member) {
        ProjectMembership membership = find(projectId, member.userId()).orElse(null);
        if (membership == null) {
            membership = new ProjectMembership(projectId, member.userId(), member.username(), member.role());
            persist(membership);
        } else {
            membership.username = member.username();
            membership.role = member.role();
        }
        return membership;
    }

    public boolean remove(UUID projectId, String userId) {
        return deleteById(new ProjectMembership.Key(projectId, userId));
    }

    public long removeProject(UUID projectId) {
        return delete("projectId", projectId);
    }
}
